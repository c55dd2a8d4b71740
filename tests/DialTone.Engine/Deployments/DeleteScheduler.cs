using DialTone.Engine.Steps;

namespace DialTone.Engine.Deployments;

/// <summary>
/// Deletes condemned resources at the end of a run as the engine schedules them (step_generator.go ScheduleDeletes):
/// the resources are split into antichains, sets with no dependency among them, found from the bottom of the
/// dependency graph up and then run top down; each antichain's deletes run in parallel, and a failure stops the rest.
/// A replaced resource is deleted as "delete-replaced", a removed one as "delete".
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
        foreach (var antichain in Antichains(condemned))
        {
            var deletes = antichain.Select(state => Step.RunAsync(deployment, [new DeleteStep(state, providers, replacing: state.Delete)]));
            try
            {
                await Task.WhenAll(deletes);
            }
            catch (StepFailedException)
            {
                return;
            }
        }
    }

    public static IEnumerable<ImmutableArray<ResourceState>> Antichains(ImmutableArray<ResourceState> condemned)
    {
        var remaining = condemned.ToList();
        var bottomUp = new List<ImmutableArray<ResourceState>>();
        while (remaining.Count > 0)
        {
            var urns = remaining.Select(state => state.Urn).ToHashSet(StringComparer.Ordinal);
            ImmutableArray<ResourceState> free = [.. remaining.Where(state => !state.Prerequisites.Any(needed => needed != state.Urn && urns.Contains(needed)))];
            if (free.Length == 0)
            {
                free = [remaining[0]];
            }
            bottomUp.Add(free);
            remaining.RemoveAll(state => free.Contains(state, ReferenceEqualityComparer.Instance));
        }
        bottomUp.Reverse();
        return bottomUp;
    }
}
