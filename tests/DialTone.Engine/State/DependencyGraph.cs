namespace DialTone.Engine.State;

/// <summary>
/// The engine's dependency graph over resources in dependency order (pkg/resource/graph/dependency_graph.go): what
/// a resource needs directly, which orders deletes, and what it needs directly or not, which a refused delete keeps.
/// </summary>
internal sealed class DependencyGraph
{
    private readonly ImmutableArray<ResourceState> _resources;
    private readonly Dictionary<ResourceState, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<int>> _descendants = new(StringComparer.Ordinal);

    /// <param name="resources">Everything a resource needs comes before it, its parent included.</param>
    public DependencyGraph(IEnumerable<ResourceState> resources)
    {
        _resources = [.. resources];
        var byUrn = new Dictionary<string, ResourceState>(StringComparer.Ordinal);
        for (var index = 0; index < _resources.Length; index++)
        {
            var resource = _resources[index];
            _index[resource] = index;
            byUrn[resource.Urn] = resource;
            for (var parent = resource.Parent; parent is not null && byUrn.TryGetValue(parent, out var ancestor); parent = ancestor.Parent)
            {
                Descendants(parent).Add(index);
            }
        }
    }

    /// <summary>
    /// The resources before <paramref name="resource"/> that it needs (DependenciesOf): its dependencies, property
    /// dependencies, provider and parent, and, for a dependency that is a component, that component's children and
    /// their children placed before it, since a program that depends on a component needs what the component made.
    /// </summary>
    public IReadOnlySet<ResourceState> DependenciesOf(ResourceState resource)
    {
        var cursor = _index.TryGetValue(resource, out var position) ? position
            : throw new ArgumentException($"{resource.Urn} is not in the dependency graph.", nameof(resource));
        var needed = resource.DependencyUrns.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<ResourceState>(ReferenceEqualityComparer.Instance);
        for (var index = cursor - 1; index >= 0; index--)
        {
            var candidate = _resources[index];
            if (needed.Contains(candidate.Urn))
            {
                found.Add(candidate);
                if (!candidate.Custom)
                {
                    found.UnionWith(Descendants(candidate.Urn).Where(child => child < cursor).Select(child => _resources[child]));
                }
            }
            if (candidate.Urn == resource.Parent)
            {
                found.Add(candidate);
            }
        }
        return found;
    }

    /// <summary>
    /// What <paramref name="resource"/> needs, directly or not (TransitiveDependenciesOf). Where a URN names both a
    /// resource waiting for its delete and a live one, an old resource's need is the old one and a live one's the
    /// live one, as in the engine.
    /// </summary>
    public IReadOnlySet<ResourceState> TransitiveDependenciesOf(ResourceState resource)
    {
        var olds = new Dictionary<string, ResourceState>(StringComparer.Ordinal);
        var news = new Dictionary<string, ResourceState>(StringComparer.Ordinal);
        foreach (var state in _resources)
        {
            (state.Delete ? olds : news)[state.Urn] = state;
        }
        ResourceState? Lookup(ResourceState from, string urn) =>
            olds.TryGetValue(urn, out var old) && news.TryGetValue(urn, out var live) ? (from.Delete ? old : live)
            : olds.GetValueOrDefault(urn) ?? news.GetValueOrDefault(urn);

        var found = new HashSet<ResourceState>(ReferenceEqualityComparer.Instance);
        var frontier = new Stack<ResourceState>([resource]);
        while (frontier.TryPop(out var next))
        {
            foreach (var needed in next.Prerequisites.Select(urn => Lookup(next, urn)).OfType<ResourceState>().Where(found.Add))
            {
                frontier.Push(needed);
            }
        }
        found.Remove(resource);
        return found;
    }

    private List<int> Descendants(string urn) =>
        _descendants.TryGetValue(urn, out var list) ? list : _descendants[urn] = [];
}
