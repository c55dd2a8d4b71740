
namespace DialTone.Engine.Programs;

/// <summary>
/// One resource of a program: its name, type token and input properties (expressions that may read other
/// resources' outputs), its options, and whether it is a component its provider builds with Construct.
/// </summary>
internal sealed record ResourceDeclaration(string Name, string Type, ImmutableArray<KeyValuePair<string, Expression>> Properties)
{
    public ResourceOptions Options { get; init; } = ResourceOptions.None;

    /// <summary>A component built by its provider (the schema's isComponent): registered with remote=true.</summary>
    public bool IsComponent { get; init; }

    /// <summary>A resource whose properties are written as JSON with <c>${resource.path}</c> references.</summary>
    public static ResourceDeclaration FromJson(string name, string type, string properties, ResourceOptions? options = null) =>
        new(name, type, Template.Json(properties)) { Options = options ?? ResourceOptions.None };

    /// <summary>The resources this one waits for: those its inputs read, those it depends on, and its parent.</summary>
    public IEnumerable<string> Prerequisites =>
        Properties.SelectMany(property => property.Value.Resources)
            .Concat(Options.DependsOn)
            .Concat(Options.Parent is { } parent ? [parent] : [])
            .Distinct();
}
