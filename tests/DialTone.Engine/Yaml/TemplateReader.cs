using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DialTone.Engine.Yaml;

/// <summary>
/// Reads a template's YAML (with YamlDotNet's representation model, which keeps each node's position) into a
/// <see cref="YamlTemplate"/>, collecting every problem: constructs outside the subset by name, misshapen sections.
/// </summary>
internal sealed class TemplateReader(string file, string directory)
{
    private static readonly HashSet<string> PulumiOptions =
    [
        "aliases", "customTimeouts", "deletedWith", "envVarMappings", "hideDiffs", "hooks",
        "parent", "pluginDownloadURL", "provider", "providers", "replaceOnChanges", "replaceWith", "replacementTrigger", "version",
    ];

    private readonly List<string> _problems = [];
    private readonly YamlTemplate _empty = new(file, directory);

    public YamlTemplate Read(string text)
    {
        var template = _empty;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            throw new YamlProgramException([$"{file}:{error.Start.Line}:{error.Start.Column}: {error.Message}"]);
        }
        if (stream.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
        {
            throw new YamlProgramException([$"{file}: a Pulumi YAML program is a mapping of sections (name, resources, outputs, …)."]);
        }
        foreach (var (key, value) in Entries(root))
        {
            template = key.Value switch
            {
                "name" => template with { Name = Text(value) },
                "runtime" or "description" => template,
                "config" => template with { Config = [.. Entries(value).Select(entry => ConfigOf(entry.Key, entry.Value))] },
                "variables" => template with { Variables = [.. Entries(value).Select(entry => KeyValuePair.Create(entry.Key.Value!, Checked(entry.Value)))] },
                "resources" => template with { Resources = [.. Entries(value).Select(entry => ResourceOf(entry.Key, entry.Value))] },
                "outputs" => template with { Outputs = [.. Entries(value).Select(entry => KeyValuePair.Create(entry.Key.Value!, Checked(entry.Value)))] },
                "plugins" => template with { Plugins = PluginsOf(value) },
                _ => Unsupported(template, key, $"the top-level section '{key.Value}'"),
            };
        }
        return _problems.Count > 0 ? throw new YamlProgramException(_problems) : template;
    }

    private string Where(YamlNode node) => _empty.Where(node);

    private ConfigDeclaration ConfigOf(YamlScalarNode key, YamlNode value)
    {
        string? type = null, secret = null;
        YamlNode? fallback = null;
        foreach (var (field, setting) in Entries(value))
        {
            switch (field.Value)
            {
                case "type": type = Text(setting); break;
                case "default": fallback = Checked(setting); break;
                case "secret": secret = Text(setting); break;
                default: Unsupported(0, field, $"the config setting '{field.Value}'"); break;
            }
        }
        if (type is null && fallback is null)
        {
            _problems.Add($"{Where(key)}: config '{key.Value}' cannot be typed: give it a 'type' or a 'default'.");
        }
        return new ConfigDeclaration(key.Value!, type, fallback, secret == "true", Where(key));
    }

    private YamlResource ResourceOf(YamlScalarNode name, YamlNode value)
    {
        var resource = new YamlResource(name.Value!, "", Where(name), []);
        foreach (var (field, setting) in Entries(value))
        {
            resource = field.Value switch
            {
                "type" => resource with { Type = Text(setting) ?? "" },
                "properties" => resource with { Properties = [.. Entries(setting).Select(entry => KeyValuePair.Create(entry.Key, Checked(entry.Value)))] },
                "options" => Entries(setting).Aggregate(resource, OptionOf),
                _ => Unsupported(resource, field, $"the resource field '{field.Value}'"),
            };
        }
        if (resource.Type.Length == 0)
        {
            _problems.Add($"{Where(name)}: resource '{name.Value}' has no type: add 'type: <package>:<Type>'.");
        }
        return resource;
    }

    private YamlResource OptionOf(YamlResource resource, (YamlScalarNode Key, YamlNode Value) option) => option.Key.Value switch
    {
        "dependsOn" => resource with { DependsOn = option.Value is YamlSequenceNode items ? [.. items.Children.Select(Checked)] : [Checked(option.Value)] },
        "protect" => resource with { Options = resource.Options with { Protect = Flag(option.Value) } },
        "ignoreChanges" => resource with { Options = resource.Options with { IgnoreChanges = [.. Items(option.Value).Select(item => Text(item) ?? "")] } },
        "deleteBeforeReplace" => resource with { Options = resource.Options with { DeleteBeforeReplace = Flag(option.Value) } },
        "retainOnDelete" => resource with { Options = resource.Options with { RetainOnDelete = Flag(option.Value) } },
        "import" => resource with { Options = resource.Options with { Import = Text(option.Value) } },
        "additionalSecretOutputs" => resource with
        {
            Options = resource.Options with { AdditionalSecretOutputs = [.. Items(option.Value).Select(item => Text(item) ?? "")] },
        },
        var known when PulumiOptions.Contains(known!) => Unsupported(resource, option.Key, $"the resource option '{known}'"),
        var other => Problem(resource, option.Key, $"'{other}' is not a resource option."),
    };

    private ImmutableDictionary<string, string> PluginsOf(YamlNode plugins)
    {
        var found = ImmutableDictionary<string, string>.Empty;
        foreach (var (kind, list) in Entries(plugins))
        {
            if (kind.Value != "providers")
            {
                Unsupported(0, kind, $"plugins of kind '{kind.Value}'");
                continue;
            }
            foreach (var plugin in Items(list))
            {
                var fields = Entries(plugin).ToDictionary(entry => entry.Key.Value!, entry => Text(entry.Value));
                if (fields.GetValueOrDefault("name") is { } name && fields.GetValueOrDefault("path") is { } path)
                {
                    found = found.SetItem(name, Path.Combine(Path.GetFullPath(path, directory), $"pulumi-resource-{name}"));
                }
                else
                {
                    _problems.Add($"{Where(plugin)}: a provider plugin needs a name and a path (a directory holding pulumi-resource-<name>).");
                }
            }
        }
        return found;
    }

    // A value that will become an expression: no built-in functions in the subset.
    private YamlNode Checked(YamlNode node)
    {
        foreach (var nested in node.AllNodes.OfType<YamlMappingNode>())
        {
            foreach (var key in nested.Children.Keys.OfType<YamlScalarNode>().Where(key => key.Value?.StartsWith("fn::", StringComparison.Ordinal) == true))
            {
                Unsupported(0, key, $"the built-in function '{key.Value}'");
            }
        }
        return node;
    }

    private IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlNode node)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping.Children.Select(entry => ((YamlScalarNode)entry.Key, entry.Value));
        }
        if (node is not YamlScalarNode { Value: null or "" })
        {
            _problems.Add($"{Where(node)}: expected a mapping of names to values here.");
        }
        return [];
    }

    private IEnumerable<YamlNode> Items(YamlNode node) =>
        node is YamlSequenceNode sequence ? sequence.Children : Problem<IEnumerable<YamlNode>>([], node, "expected a list here.");

    private string? Text(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : Problem<string?>(null, node, "expected a single value here.");

    private bool? Flag(YamlNode node) => Text(node) switch
    {
        "true" => true,
        "false" => false,
        var other => Problem<bool?>(null, node, $"expected true or false, not '{other}'."),
    };

    private T Unsupported<T>(T result, YamlNode node, string construct) =>
        Problem(result, node, $"{construct} is not supported by the test harness.");

    private T Problem<T>(T result, YamlNode node, string message)
    {
        _problems.Add($"{Where(node)}: {message}");
        return result;
    }
}
