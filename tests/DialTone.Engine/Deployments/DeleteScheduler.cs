using DialTone.Engine.Steps;

namespace DialTone.Engine.Deployments;

/// <summary>
/// Deletes condemned resources at the end of a run as the engine schedules them (step_generator.go ScheduleDeletes,
/// deployment_executor.go performPostSteps): the resources are split into antichains, sets with no dependency among
/// them, found from the bottom of the dependency graph up and then run top down; each antichain's deletes run in
/// parallel. A delete that fails stops the rest, except a refused delete of a protected resource
/// (step_executor.go cancelDueToError continues past it): then only what that resource needs, directly or not, is
/// kept, and the other deletes go on. A replaced resource is deleted as "delete-replaced", a removed one as "delete".
/// </summary>
internal static class DeleteScheduler
{
    public static async Task RunAsync(Deployment deployment, ProviderRegistry providers, ImmutableArray<ResourceState> condemned)
    {
        // The engine loads each provider a delete needs while it generates the deletes, in a preview as well.
        foreach (var reference in condemned.Where(state => state.Custom && !state.IsProvider).Select(state => state.Provider).Distinct())
        {
            await providers.EnsureAsync(reference);
        }
        var graph = deployment.DependencyGraph();
        var kept = new HashSet<ResourceState>(ReferenceEqualityComparer.Instance);
        foreach (var antichain in Antichains(condemned, graph))
        {
            var refused = await Task.WhenAll(antichain.Where(state => !kept.Contains(state))
                .Select(state => DeleteAsync(deployment, providers, state)));
            if (deployment.Stopped)
            {
                return;
            }
            foreach (var state in refused.OfType<ResourceState>())
            {
                kept.UnionWith(graph.TransitiveDependenciesOf(state));
            }
        }
    }

    /// <summary>The condemned resources in antichains, in the order they are deleted.</summary>
    public static IEnumerable<ImmutableArray<ResourceState>> Antichains(ImmutableArray<ResourceState> condemned, DependencyGraph graph)
    {
        var remaining = new HashSet<ResourceState>(condemned, ReferenceEqualityComparer.Instance);
        var needs = remaining.ToDictionary(state => state, graph.DependenciesOf, remaining.Comparer);
        var bottomUp = new List<ImmutableArray<ResourceState>>();
        while (remaining.Count > 0)
        {
            ImmutableArray<ResourceState> free = [.. condemned.Where(state => remaining.Contains(state)
                && !needs[state].Any(remaining.Contains))];
            bottomUp.Add(free);
            remaining.ExceptWith(free);
        }
        bottomUp.Reverse();
        return bottomUp;
    }

    // Returns the resource when its delete failed without stopping the run.
    private static async Task<ResourceState?> DeleteAsync(Deployment deployment, ProviderRegistry providers, ResourceState state)
    {
        try
        {
            await Step.RunAsync(deployment, [new DeleteStep(state, providers, replacing: state.Delete)]);
            return null;
        }
        catch (Exception failure) when (failure is StepFailedException or SkippedException)
        {
            return state;
        }
    }
}
