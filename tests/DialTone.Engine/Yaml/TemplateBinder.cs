using System.Globalization;
using DialTone.Engine.Deployments;
using DialTone.Engine.Programs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DialTone.Engine.Yaml;

/// <summary>
/// Turns a <see cref="YamlTemplate"/> into a program as pulumi-yaml's runner would: config values read from the
/// stack configuration (typed, secret where the stack keeps them secret, the default when unset), variables and
/// <c>${…}</c> references resolved, <c>pkg:Type</c> expanded to <c>pkg:index:Type</c>, components marked from the
/// schema's isComponent, schema-secret inputs made secret, and every value type-checked against the schema. Every
/// problem is reported at once in a <see cref="YamlProgramException"/>.
/// </summary>
internal sealed class TemplateBinder(YamlTemplate template, IReadOnlyDictionary<string, PackageSchema> schemas, StackSettings settings)
{
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, (Expression Value, SchemaType Type)> _config = [];
    private readonly Dictionary<string, Expression> _variables = [];
    private readonly HashSet<string> _binding = [];
    private readonly Dictionary<string, ResourceSchema> _resources = [];

    public DeploymentProgram Bind()
    {
        if (template.Name is { } name && name != settings.Project)
        {
            _problems.Add(YamlMessages.ProjectMismatch(template.File, name, settings.Project));
        }
        foreach (var declaration in template.Config)
        {
            _config[declaration.Key] = ConfigValue(declaration);
        }
        foreach (var resource in template.Resources)
        {
            if (SchemaOf(resource) is { } schema)
            {
                _resources[resource.Name] = schema;
            }
        }
        var checker = new TypeChecker(_resources, _problems);
        var program = new DeploymentProgram([.. template.Resources.Where(resource => _resources.ContainsKey(resource.Name))
            .Select(resource => Declare(resource, _resources[resource.Name], checker))])
        {
            Outputs = [.. template.Outputs.Select(output => KeyValuePair.Create(output.Key, ValueOf(output.Value)))],
        };
        foreach (var (output, value) in template.Outputs.Zip(program.Outputs))
        {
            checker.TypeOf(value.Value, template.Where(output.Value));
        }
        return _problems.Count > 0 ? throw new YamlProgramException(_problems) : program;
    }

    private ResourceDeclaration Declare(YamlResource resource, ResourceSchema schema, TypeChecker checker)
    {
        var properties = resource.Properties.Select(property => (Key: property.Key.Value!, Value: ValueOf(property.Value),
            Where: template.Where(property.Key))).ToList();
        checker.CheckInputs(resource.Where, schema, properties);
        return new ResourceDeclaration(resource.Name, schema.Token, [.. properties.Select(property => KeyValuePair.Create(property.Key,
            schema.SecretInputs.Contains(property.Key) ? new SecretExpression(property.Value) : property.Value))])
        {
            IsComponent = schema.IsComponent,
            // pulumi-yaml asks for every output its schema calls secret to be kept secret (run.go, resourceSchema.Properties).
            Options = resource.Options with
            {
                DependsOn = [.. resource.DependsOn.Select(DependencyName).OfType<string>()],
                AdditionalSecretOutputs = [.. resource.Options.AdditionalSecretOutputs.Union(schema.SecretOutputs)],
            },
        };
    }

    private ResourceSchema? SchemaOf(YamlResource resource)
    {
        var parts = resource.Type.Split(':');
        var token = parts.Length == 2 ? $"{parts[0]}:index:{parts[1]}" : resource.Type;
        if (parts[0] == "pulumi")
        {
            _problems.Add(YamlMessages.NotSupported(resource.Where, $"the engine's own type '{resource.Type}' (explicit providers, stack references)"));
            return null;
        }
        if (!schemas.TryGetValue(parts[0], out var package))
        {
            _problems.Add(YamlMessages.NoPlugin(resource.Where, resource.Name, parts[0]));
            return null;
        }
        var schema = package.Resource(token);
        if (schema is null)
        {
            _problems.Add(YamlMessages.UnknownType(resource.Where, resource.Name, token, package));
        }
        return schema;
    }

    // A value, where a resource may be read but not be the value itself (${a}: a resource reference in Pulumi YAML).
    private Expression ValueOf(YamlNode node)
    {
        var value = ToExpression(node);
        foreach (var whole in WholeResources(value).Distinct())
        {
            _problems.Add(YamlMessages.NotSupported(template.Where(node), $"a resource as a value (${{{whole}}}); read one of its properties"));
        }
        return value;
    }

    private static IEnumerable<string> WholeResources(Expression value) => value switch
    {
        OutputExpression { Path.Steps.Length: 0 } output => [output.Resource],
        InterpolationExpression interpolation => interpolation.Parts.SelectMany(WholeResources),
        ObjectExpression obj => obj.Properties.SelectMany(property => WholeResources(property.Value)),
        ArrayExpression array => array.Items.SelectMany(WholeResources),
        SecretExpression secret => WholeResources(secret.Value),
        _ => [],
    };

    private string? DependencyName(YamlNode node) =>
        ToExpression(node) is OutputExpression { Path.Steps.Length: 0 } reference ? reference.Resource
            : Problem<string?>(null, node, "dependsOn lists resources as ${name}.");

    private Expression ToExpression(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when Literal(scalar.Value ?? "") is { } literal => new ConstantExpression(literal),
        YamlScalarNode scalar => Template.Parse(scalar.Value ?? "", reference => Resolve(reference, scalar)),
        YamlSequenceNode list => new ArrayExpression([.. list.Children.Select(ToExpression)]),
        YamlMappingNode map => new ObjectExpression([.. map.Children.Select(entry =>
            KeyValuePair.Create(((YamlScalarNode)entry.Key).Value!, ToExpression(entry.Value)))]),
        _ => Problem<Expression>(new ConstantExpression(PropertyValue.Null), node, "this YAML value cannot be read."),
    };

    // YAML 1.2's core schema for plain scalars: booleans, null, numbers; everything else is a string.
    private static PropertyValue? Literal(string text) => text switch
    {
        "true" or "True" or "TRUE" => PropertyValue.True,
        "false" or "False" or "FALSE" => PropertyValue.False,
        "null" or "Null" or "NULL" or "~" or "" => PropertyValue.Null,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => PropertyValue.Number(number),
        _ => null,
    };

    // ${name.path}: a resource's output, a config value or a variable, in that order of lookup.
    private Expression Resolve(string reference, YamlNode node)
    {
        var access = PropertyAccess.Parse(reference);
        var root = access.TopLevel;
        var rest = new PropertyAccess(access.Steps[1..]);
        if (template.Resources.Any(resource => resource.Name == root))
        {
            return new OutputExpression(root, rest);
        }
        var configKey = _config.ContainsKey(root) ? root : template.Config.FirstOrDefault(declaration => ConfigKey(declaration) == root)?.Key;
        if (configKey is not null)
        {
            return rest.Steps.Length == 0
                ? _config[configKey].Value
                : Report(_config[configKey].Value, YamlMessages.NotSupported(template.Where(node), $"reading into a config value (${{{reference}}})"));
        }
        if (template.Variables.Any(variable => variable.Key == root))
        {
            return Access(Variable(root, node), rest, reference, node);
        }
        return Report<Expression>(new ConstantExpression(PropertyValue.Null), root == "pulumi"
            ? YamlMessages.NotSupported(template.Where(node), $"the built-in variable ${{{reference}}}")
            : YamlMessages.NotFound(template.Where(node), root));
    }

    private Expression Variable(string name, YamlNode node)
    {
        if (_variables.TryGetValue(name, out var bound))
        {
            return bound;
        }
        if (!_binding.Add(name))
        {
            return Problem<Expression>(new ConstantExpression(PropertyValue.Null), node, $"variable '{name}' refers to itself.");
        }
        var value = ToExpression(template.Variables.First(variable => variable.Key == name).Value);
        _binding.Remove(name);
        return _variables[name] = value;
    }

    private Expression Access(Expression value, PropertyAccess path, string reference, YamlNode node) => (value, path.Steps.Length) switch
    {
        (_, 0) => value,
        (OutputExpression output, _) => output with { Path = new PropertyAccess(output.Path.Steps.AddRange(path.Steps)) },
        (ConstantExpression constant, _) when path.Get(constant.Value) is { } found => new ConstantExpression(found),
        _ => Report(value, YamlMessages.NotSupported(template.Where(node), $"reading into the variable in ${{{reference}}}")),
    };

    private (Expression, SchemaType) ConfigValue(ConfigDeclaration declaration)
    {
        var key = ConfigKey(declaration);
        var fallback = declaration.Default is null ? null : ToExpression(declaration.Default) as ConstantExpression;
        if (declaration.Default is not null && fallback is null)
        {
            return Report<(Expression, SchemaType)>((new ConstantExpression(PropertyValue.Null), SchemaType.Any),
                YamlMessages.NotSupported(declaration.Where, $"the default of '{declaration.Key}', which is not a single value,"));
        }
        var type = declaration.Type?.ToLowerInvariant() switch
        {
            null => fallback is null ? SchemaType.Any : TypeChecker.TypeOf(fallback.Value),
            "string" => SchemaType.String,
            "int" or "integer" => SchemaType.Integer,
            "number" => SchemaType.Number,
            "bool" or "boolean" => SchemaType.Boolean,
            _ => null,
        };
        if (type is null)
        {
            // A type refused is the one problem of this value: nothing further is read from the stack for it.
            var problem = IsConfigType(declaration.Type!.ToLowerInvariant())
                ? YamlMessages.NotSupported(declaration.Where, $"the configuration type '{declaration.Type}'")
                : YamlMessages.UnknownConfigType(declaration.Where, declaration.Type!.ToLowerInvariant());
            return Report<(Expression, SchemaType)>((new ConstantExpression(PropertyValue.Null), SchemaType.Any), problem);
        }
        if (!settings.Config.TryGetValue(key, out var configured))
        {
            return fallback is not null ? (fallback, type)
                : Report<(Expression, SchemaType)>((new ConstantExpression(PropertyValue.Null), type), YamlMessages.MissingConfig(declaration.Where, key));
        }
        PropertyValue? value = type switch
        {
            PrimitiveType { Name: "integer" } => long.TryParse(configured.Value, CultureInfo.InvariantCulture, out var whole) ? PropertyValue.Number(whole) : null,
            PrimitiveType { Name: "number" } => double.TryParse(configured.Value, CultureInfo.InvariantCulture, out var number) ? PropertyValue.Number(number) : null,
            PrimitiveType { Name: "boolean" } => bool.TryParse(configured.Value, out var flag) ? PropertyValue.Bool(flag) : null,
            _ => PropertyValue.String(configured.Value),
        };
        return value is null
            ? Report<(Expression, SchemaType)>((new ConstantExpression(PropertyValue.Null), type),
                YamlMessages.BadConfig(declaration.Where, key, configured.Value, type.Display))
            : (new ConstantExpression(value.WithSecret(configured.Secret || declaration.Secret)), type);
    }

    // The types pulumi-yaml's config.Parse knows (lower-cased): the scalars, object, and list<…> of any of them.
    private static bool IsConfigType(string type) =>
        type is "string" or "int" or "integer" or "number" or "bool" or "boolean" or "object"
        || (type.StartsWith("list<", StringComparison.Ordinal) && type.EndsWith('>') && IsConfigType(type[5..^1].Trim()));

    private string ConfigKey(ConfigDeclaration declaration) =>
        declaration.Key.Contains(':') ? declaration.Key : $"{settings.Project}:{declaration.Key}";

    private T Problem<T>(T result, YamlNode node, string message) => Report(result, $"{template.Where(node)}: {message}");

    private T Report<T>(T result, string problem)
    {
        _problems.Add(problem);
        return result;
    }
}
