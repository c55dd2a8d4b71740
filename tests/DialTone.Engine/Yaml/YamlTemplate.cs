using DialTone.Engine.Programs;
using YamlDotNet.RepresentationModel;

namespace DialTone.Engine.Yaml;

/// <summary>A config declaration: <c>key: {type: …, default: …, secret: …}</c>.</summary>
internal sealed record ConfigDeclaration(string Key, string? Type, YamlNode? Default, bool Secret, string Where);

/// <summary>A resource as the template writes it, its options already read; dependsOn stays as written until bound.</summary>
internal sealed record YamlResource(string Name, string Type, string Where, ImmutableArray<KeyValuePair<YamlScalarNode, YamlNode>> Properties)
{
    public ResourceOptions Options { get; init; } = ResourceOptions.None;

    public ImmutableArray<YamlNode> DependsOn { get; init; } = [];
}

/// <summary>
/// A Pulumi YAML program (pulumi-yaml), read for the subset DialTone's programs use: <c>name</c>, <c>runtime</c>,
/// <c>description</c>, <c>plugins.providers</c>, <c>config</c> with types and defaults, <c>variables</c>,
/// <c>resources</c> with <c>type</c>, <c>properties</c> and the options dependsOn, protect, ignoreChanges,
/// deleteBeforeReplace, retainOnDelete, import and additionalSecretOutputs, and <c>outputs</c>; values may use
/// <c>${…}</c> references. Anything else is refused by name, with where it stands, as "not supported by the test
/// harness". Binding it to package schemas (<see cref="TemplateBinder"/>) turns it into a program.
/// </summary>
internal sealed record YamlTemplate(string File, string Directory)
{
    public string? Name { get; init; }

    public ImmutableArray<ConfigDeclaration> Config { get; init; } = [];

    public ImmutableArray<KeyValuePair<string, YamlNode>> Variables { get; init; } = [];

    public ImmutableArray<YamlResource> Resources { get; init; } = [];

    public ImmutableArray<KeyValuePair<string, YamlNode>> Outputs { get; init; } = [];

    /// <summary>Package → plugin executable, from <c>plugins.providers[].path</c> (a directory holding pulumi-resource-&lt;name&gt;).</summary>
    public ImmutableDictionary<string, string> Plugins { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Where a node stands, for messages: <c>Pulumi.yaml:12:5</c>.</summary>
    public string Where(YamlNode node) => $"{File}:{node.Start.Line}:{node.Start.Column}";

    /// <summary>The packages the resources' types belong to.</summary>
    public IEnumerable<string> Packages => Resources.Select(resource => resource.Type.Split(':')[0]).Distinct();

    /// <summary>Reads a program file (Pulumi.yaml); plugin paths are relative to its directory, the project's.</summary>
    public static YamlTemplate Load(string path) =>
        Parse(System.IO.File.ReadAllText(path), Path.GetFileName(path), Path.GetDirectoryName(Path.GetFullPath(path))!);

    /// <summary>Reads a program's text; every problem is reported at once in a <see cref="YamlProgramException"/>.</summary>
    public static YamlTemplate Parse(string text, string file = "Pulumi.yaml", string? directory = null) =>
        new TemplateReader(file, directory ?? Environment.CurrentDirectory).Read(text);
}

/// <summary>A program that cannot run: every problem found, each with where it is and what to do.</summary>
internal sealed class YamlProgramException(IReadOnlyList<string> problems)
    : Exception("The YAML program has problems:\n" + string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
