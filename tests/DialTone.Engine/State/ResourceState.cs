
namespace DialTone.Engine.State;

/// <summary>
/// One resource in the checkpoint, with the fields of Pulumi's own state file that the engine's decisions read:
/// checked inputs and outputs, id, parent, provider reference ("urn::id"), dependencies, options, the init
/// errors of a partial failure, and <see cref="Delete"/> for a replaced resource still to be deleted.
/// </summary>
internal sealed record ResourceState(string Urn, string Type, bool Custom)
{
    public const string ProviderTypePrefix = "pulumi:providers:";

    public string Id { get; init; } = "";

    public PropertyMap Inputs { get; init; } = PropertyMap.Empty;

    public PropertyMap Outputs { get; init; } = PropertyMap.Empty;

    public string? Parent { get; init; }

    public bool Protect { get; init; }

    public bool RetainOnDelete { get; init; }

    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The provider reference, <c>&lt;provider urn&gt;::&lt;provider id&gt;</c>; empty for components and providers.</summary>
    public string Provider { get; init; } = "";

    public ImmutableArray<string> InitErrors { get; init; } = [];

    /// <summary>A replaced resource whose delete is pending (create-before-delete replacement).</summary>
    public bool Delete { get; init; }

    public string ImportId { get; init; } = "";

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    public string Name => Urns.Name(Urn);

    public bool IsProvider => Type.StartsWith(ProviderTypePrefix, StringComparison.Ordinal);

    /// <summary>The URN of the provider resource that manages this one, if any.</summary>
    public string? ProviderUrn => Provider.Length == 0 ? null : Provider[..Provider.LastIndexOf("::", StringComparison.Ordinal)];

    /// <summary>
    /// The state as the engine keeps it after a step (step_executor.go continueExecuteStep): an output whose
    /// same-named input is secret is made secret too, so a provider cannot leak a secret it was given, and so is
    /// every output the resource's additionalSecretOutputs names.
    /// </summary>
    public ResourceState WithSecretOutputs() => this with
    {
        Outputs = PropertyMap.From(Outputs.Select(output => KeyValuePair.Create(output.Key,
            !output.Value.IsSecret && (AdditionalSecretOutputs.Contains(output.Key)
                || (Inputs.TryGetValue(output.Key, out var input) && input.IsSecret)) ? output.Value.WithSecret() : output.Value))),
    };

    /// <summary>What this resource needs apart from its parent: dependencies, property dependencies and provider.</summary>
    public IEnumerable<string> DependencyUrns =>
        Dependencies.Concat(PropertyDependencies.Values.SelectMany(urns => urns))
            .Concat(ProviderUrn is null ? [] : [ProviderUrn])
            .Distinct();

    /// <summary>Everything this resource needs to exist: dependencies, property dependencies, provider and parent.</summary>
    public IEnumerable<string> Prerequisites => DependencyUrns.Concat(Parent is null ? [] : [Parent]).Distinct();
}
