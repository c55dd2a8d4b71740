
using DialTone.Engine.Programs;

namespace DialTone.Engine.Deployments;

/// <summary>
/// A resource registration as the engine receives it (RegisterResourceRequest, after the engine has unpacked it):
/// the program's inputs with their dependencies taken out, the options, the parent URN and the provider.
/// </summary>
internal sealed record Goal(string Type, string Name, bool Custom, PropertyMap Inputs)
{
    public string? Parent { get; init; }

    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>An explicit provider reference ("urn::id"), or empty for the default provider.</summary>
    public string Provider { get; init; } = "";

    /// <summary>Package → provider reference, passed to a component and inherited by its children.</summary>
    public ImmutableDictionary<string, string> Providers { get; init; } = ImmutableDictionary<string, string>.Empty;

    public bool? Protect { get; init; }

    public bool? DeleteBeforeReplace { get; init; }

    public bool? RetainOnDelete { get; init; }

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    public string ImportId { get; init; } = "";

    /// <summary>A component built by its provider's Construct.</summary>
    public bool Remote { get; init; }

    public string Package => Type.Split(':')[0];

    /// <summary>The stack resource, registered first by every program (pulumi:pulumi:Stack, named project-stack).</summary>
    public static Goal Stack(StackSettings settings) =>
        new(Urns.StackType, $"{settings.Project}-{settings.Stack}", Custom: false, PropertyMap.Empty);

    /// <summary>
    /// The goal for inputs that may carry dependencies, as an SDK sends them: each property's dependencies become
    /// its property dependencies and all of them join the resource's dependencies. The engine keeps the values
    /// without them, except for a remote component, whose Construct takes them as output values.
    /// </summary>
    public static Goal FromInputs(string type, string name, bool custom, bool remote, PropertyMap inputs, IEnumerable<string> dependsOn)
    {
        var propertyDependencies = inputs
            .Select(input => KeyValuePair.Create(input.Key, input.Value.AllDependencies.ToImmutableArray()))
            .Where(entry => entry.Value.Length > 0)
            .ToImmutableSortedDictionary(StringComparer.Ordinal);
        return new Goal(type, name, custom, remote ? inputs : inputs.WithoutDependencies())
        {
            Remote = remote,
            PropertyDependencies = propertyDependencies,
            Dependencies = [.. dependsOn.Concat(propertyDependencies.Values.SelectMany(urns => urns)).Distinct()],
        };
    }
}
