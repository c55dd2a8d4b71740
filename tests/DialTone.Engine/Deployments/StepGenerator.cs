using DialTone.Engine.Steps;

namespace DialTone.Engine.Deployments;

/// <summary>
/// Decides the steps for a registered custom resource as the engine's step generator does (step_generator.go,
/// continueStepsFromImport and continueStepsFromDiff), calling Check and Diff on the way. It runs under the run's
/// step generation lock; the steps it returns run afterwards.
/// </summary>
internal sealed class StepGenerator(Deployment deployment, ProviderRegistry providers)
{
    /// <param name="news">The new state: the goal's inputs, options, parent and provider.</param>
    /// <param name="old">The old state; the imported one right after an import.</param>
    /// <param name="imported">True right after an import step adopted the resource.</param>
    public async Task<IReadOnlyList<Step>> GenerateAsync(Goal goal, ResourceState news, ResourceState? old,
        ProviderInstance provider, bool imported)
    {
        var urn = news.Urn;
        var recreating = deployment.DeletedForReplacement.TryGetValue(urn, out var recreatedKeys);
        var fresh = recreating || old is null;
        var inputs = fresh ? goal.Inputs : ResourceCalls.IgnoreChanges(deployment, urn, goal.IgnoreChanges, old!.Inputs, goal.Inputs);
        news = news with { Inputs = await ResourceCalls.CheckAsync(deployment, provider, news, fresh ? PropertyMap.Empty : old!.Inputs, inputs) };
        if (recreating)
        {
            // Deleted earlier in this run for a delete-before-replace of something it depends on: now it is replaced.
            deployment.DeletedForReplacement.TryRemove(urn, out _);
            return [new ReplaceStep(news) { Diffs = recreatedKeys }, new CreateStep(news, provider, old ?? news) { Diffs = recreatedKeys }];
        }
        if (old is null)
        {
            return [new CreateStep(news, provider)];
        }
        var diff = await ResourceCalls.DiffAsync(deployment, provider, news with { Id = old.Id }, old.Outputs, old.Inputs, news.Inputs,
            goal.IgnoreChanges);
        if (diff.Replace)
        {
            return await ReplaceAsync(goal, news, old, provider, diff);
        }
        if (diff.HasChanges || old.InitErrors.Length > 0)
        {
            return [new UpdateStep(old, news, provider, goal.IgnoreChanges) { Diffs = diff.Keys }];
        }
        return imported ? [] : [new SameStep(old, news)];
    }

    private async Task<IReadOnlyList<Step>> ReplaceAsync(Goal goal, ResourceState news, ResourceState old, ProviderInstance provider,
        DiffResult diff)
    {
        var urn = news.Urn;
        if (news.Protect && old.Protect)
        {
            // A preview fails but goes on, to show the diff that needs the replacement and every later step.
            if (!deployment.DryRun)
            {
                throw deployment.Fail(urn, EngineMessages.ProtectedReplace(urn));
            }
            deployment.Report(DiagnosticSeverity.Error, urn, EngineMessages.ProtectedReplace(urn));
        }
        if (goal.ImportId.Length > 0)
        {
            var message = EngineMessages.ImportedReplace(diff.ReplaceKeys.Select(key =>
                $"{key}: {old.Inputs.Get(key)} => {news.Inputs.Get(key)}"));
            if (!deployment.DryRun)
            {
                throw deployment.Fail(urn, message);
            }
            deployment.Report(DiagnosticSeverity.Warning, urn, message);
        }
        // The defaults Check filled in assumed the old resource; a replacement starts from nothing.
        news = news with { Inputs = await ResourceCalls.CheckAsync(deployment, provider, news, PropertyMap.Empty, goal.Inputs) };
        var keys = diff.ReplaceKeys.Length > 0 ? diff.ReplaceKeys : diff.Keys;
        if (!(goal.DeleteBeforeReplace ?? diff.DeleteBeforeReplace))
        {
            // Create before delete: the old resource is deleted at the end of the run.
            return [new CreateStep(news, provider, old, pendingDelete: true) { Diffs = keys }, new ReplaceStep(news) { Diffs = keys }];
        }
        var steps = new List<Step>();
        var dependents = await DependentReplacementsAsync(old);
        foreach (var (dependent, dependentKeys) in Enumerable.Reverse(dependents))
        {
            if (dependent.Protect)
            {
                throw deployment.Fail(urn, EngineMessages.ProtectedDependentReplace(dependent.Urn, urn));
            }
            deployment.DeletedForReplacement[dependent.Urn] = dependentKeys;
            steps.Add(new DeleteStep(dependent, providers, replacing: true));
        }
        steps.Add(new DeleteStep(old, providers, replacing: true));
        steps.Add(new ReplaceStep(news) { Diffs = keys });
        steps.Add(new CreateStep(news, provider, old) { Diffs = keys });
        return steps;
    }

    /// <summary>
    /// The resources that must go before a delete-before-replace deletes <paramref name="root"/>
    /// (calculateDependentReplacements): its dependents in the old checkpoint, not yet registered in this run, whose
    /// Diff says they would be replaced once the inputs that come from a replaced resource turn unknown.
    /// </summary>
    private async Task<List<(ResourceState Resource, ImmutableArray<string> Keys)>> DependentReplacementsAsync(ResourceState root)
    {
        var replaced = new List<(ResourceState, ImmutableArray<string>)>();
        var replaceSet = new HashSet<string> { root.Urn };
        var dependentSet = new HashSet<string> { root.Urn };
        var candidates = deployment.Olds.Resources.SkipWhile(resource => resource.Urn != root.Urn).Skip(1);
        foreach (var candidate in candidates.Where(candidate => !deployment.WasRegistered(candidate.Urn)))
        {
            if (!candidate.DependencyUrns.Any(dependentSet.Contains))
            {
                continue;
            }
            dependentSet.Add(candidate.Urn);
            if (await RequiresReplacementAsync(candidate, replaceSet) is { } keys)
            {
                replaced.Add((candidate, keys));
                replaceSet.Add(candidate.Urn);
            }
        }
        return replaced;
    }

    private async Task<ImmutableArray<string>?> RequiresReplacementAsync(ResourceState candidate, HashSet<string> replaceSet)
    {
        if (!candidate.Custom)
        {
            return null;
        }
        if (candidate.ProviderUrn is { } provider && replaceSet.Contains(provider))
        {
            return [];
        }
        var affected = candidate.Inputs.Keys.Where(key =>
            candidate.PropertyDependencies.TryGetValue(key, out var urns) && urns.Any(replaceSet.Contains)).ToHashSet();
        if (affected.Count == 0)
        {
            return null;
        }
        var inputsForDiff = PropertyMap.From(candidate.Inputs.Select(input =>
            KeyValuePair.Create(input.Key, affected.Contains(input.Key) ? PropertyValue.Computed : input.Value)));
        var diff = await ResourceCalls.DiffAsync(deployment, await providers.EnsureAsync(candidate.Provider), candidate,
            candidate.Outputs, candidate.Inputs, inputsForDiff, candidate.IgnoreChanges);
        return diff.Replace ? diff.ReplaceKeys : null;
    }
}
