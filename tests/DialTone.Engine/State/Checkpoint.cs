
namespace DialTone.Engine.State;

/// <summary>
/// The stack's state between runs: its resources in dependency order (everything a resource needs comes before
/// it), as Pulumi keeps them. Kept as JSON (<see cref="CheckpointJson"/>) and read back at the start of each run.
/// </summary>
internal sealed record Checkpoint(ImmutableArray<ResourceState> Resources)
{
    public static Checkpoint Empty { get; } = new(ImmutableArray<ResourceState>.Empty);

    /// <summary>The live resource with this URN (not a replaced one waiting for its delete), or null.</summary>
    public ResourceState? Find(string urn) => Resources.FirstOrDefault(resource => resource.Urn == urn && !resource.Delete);

    /// <summary>The one live resource with this name, for tests; providers and the stack are named too.</summary>
    public ResourceState Named(string name) =>
        Resources.Where(resource => resource.Name == name && !resource.Delete).ToList() switch
        {
            [var single] => single,
            [] => throw new KeyNotFoundException($"The checkpoint has no resource named '{name}'. It has: {Names}."),
            _ => throw new InvalidOperationException($"The checkpoint has several resources named '{name}'."),
        };

    public bool Contains(string name) => Resources.Any(resource => resource.Name == name && !resource.Delete);

    /// <summary>The names of the resources that are neither providers nor the stack, in checkpoint order.</summary>
    public IReadOnlyList<string> ResourceNames =>
        [.. Resources.Where(resource => !resource.IsProvider && resource.Type != Urns.StackType).Select(resource => resource.Name)];

    private string Names => string.Join(", ", Resources.Select(resource => resource.Name));

    /// <summary>
    /// The checkpoint as the engine rebuilds its base state after a refresh (deployment_executor.go rebuildBaseState):
    /// dependencies and property dependencies keep only resources placed before them (a property whose
    /// dependencies are all gone is dropped), and a child whose parent is gone is left without one
    /// (undangleParentResources looks the gone parent's own parent up among the resources kept, where it never is).
    /// </summary>
    public Checkpoint WithoutDanglingReferences()
    {
        var referenceable = new HashSet<string>(StringComparer.Ordinal);
        var rebuilt = new List<ResourceState>();
        foreach (var resource in Resources)
        {
            rebuilt.Add(resource with
            {
                Dependencies = [.. resource.Dependencies.Where(referenceable.Contains)],
                PropertyDependencies = resource.PropertyDependencies
                    .Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Where(referenceable.Contains).ToImmutableArray()))
                    .Where(entry => entry.Value.Length > 0).ToImmutableSortedDictionary(StringComparer.Ordinal),
                Parent = resource.Parent is { } parent && !referenceable.Contains(parent) ? null : resource.Parent,
            });
            referenceable.Add(resource.Urn);
        }
        return new Checkpoint([.. rebuilt]);
    }

    /// <summary>The same resources, reordered so that each comes after everything it needs; otherwise in the given order.</summary>
    public static Checkpoint InDependencyOrder(IEnumerable<ResourceState> resources)
    {
        var pending = resources.ToList();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var present = pending.Select(resource => resource.Urn).ToHashSet(StringComparer.Ordinal);
        var ordered = ImmutableArray.CreateBuilder<ResourceState>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(resource =>
                resource.Prerequisites.All(needed => placed.Contains(needed) || !present.Contains(needed) || needed == resource.Urn))
                ?? pending[0];
            pending.Remove(next);
            ordered.Add(next);
            if (!pending.Any(resource => resource.Urn == next.Urn))
            {
                placed.Add(next.Urn);
            }
        }
        return new Checkpoint(ordered.ToImmutable());
    }
}
