using System.Collections.Concurrent;
using DialTone.Engine.Programs;
using DialTone.Engine.Steps;

namespace DialTone.Engine.Deployments;

/// <summary>
/// The engine's answer to RegisterResource, wherever the registration comes from (the program, or a component's
/// Construct through the ResourceMonitor): the URN, options inherited from the parent, the provider, then the steps.
/// A custom resource goes through the step generator; a component built by the program or by Construct has no
/// provider and only its state is kept; a remote component is handed to its provider's Construct. Anything that
/// goes wrong fails the registration with its message; every registration is tracked until it settles.
/// </summary>
internal sealed class ResourceRegistrar(Deployment deployment, ProviderRegistry providers)
{
    private readonly ConcurrentDictionary<string, Goal> _goals = new();
    private readonly ConcurrentQueue<Task> _registrations = new();
    private readonly StepGenerator _generator = new(deployment, providers);

    /// <summary>Builds remote components; set by the run when a ResourceMonitor is hosted.</summary>
    public Func<Goal, string, Task<ResourceOutputs>>? Construct { get; set; }

    public string UrnOf(Goal goal) => deployment.Settings.UrnOf(goal.Type, goal.Name, goal.Parent);

    public Task<ResourceOutputs> RegisterAsync(Goal goal)
    {
        var registration = RegisterInheritedAsync(InheritFromParent(goal));
        _registrations.Enqueue(registration);
        return registration;
    }

    /// <summary>Waits until every registration so far, and every one they started, has finished, failed or not.</summary>
    public async Task SettleAsync()
    {
        var settled = 0;
        while (_registrations.Count > settled)
        {
            var pending = _registrations.ToArray();
            settled = pending.Length;
            await Task.WhenAll(pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>A component's outputs, registered once its children are (RegisterResourceOutputs).</summary>
    public void RegisterOutputs(string urn, PropertyMap outputs) => deployment.SaveOutputs(urn, outputs);

    private async Task<ResourceOutputs> RegisterInheritedAsync(Goal goal)
    {
        var urn = UrnOf(goal);
        try
        {
            var registered = goal.Remote
                ? await (Construct ?? throw new InvalidOperationException("Components need the harness's ResourceMonitor."))(goal, urn)
                : goal.Custom
                    ? await RegisterCustomAsync(goal, urn)
                    : await RegisterComponentAsync(goal, urn);
            _goals[urn] = goal;
            return registered;
        }
        catch (Exception error) when (error is not (StepFailedException or SkippedException))
        {
            throw deployment.Fail(urn, error.Message);
        }
    }

    private async Task<ResourceOutputs> RegisterCustomAsync(Goal goal, string urn)
    {
        var provider = await providers.ResolveAsync(ResolveProvider(goal), goal.Package);
        await provider.Configured;
        var news = NewState(goal, urn) with { Provider = provider.Reference };
        var old = deployment.Olds.Find(urn);
        var importing = goal.ImportId.Length > 0 && (old is null || (old.ImportId.Length > 0 ? old.ImportId : old.Id) != goal.ImportId);
        if (importing)
        {
            if (old is not null)
            {
                throw deployment.Fail(urn, $"Importing {urn} over a resource the stack already has is not supported by the test harness.");
            }
            old = await Step.RunAsync(deployment, await deployment.GenerateAsync(urn, () =>
                Task.FromResult<IReadOnlyList<Step>>([new ImportStep(news, provider)])));
        }
        var steps = await deployment.GenerateAsync(urn, () => _generator.GenerateAsync(goal, news, old, provider, importing));
        var state = await Step.RunAsync(deployment, steps) ?? old!;
        return new ResourceOutputs(urn, state.Id, state.Outputs);
    }

    private async Task<ResourceOutputs> RegisterComponentAsync(Goal goal, string urn)
    {
        var news = NewState(goal, urn);
        var old = deployment.Olds.Find(urn);
        var steps = await deployment.GenerateAsync(urn, () => Task.FromResult<IReadOnlyList<Step>>(
            old is null ? [new CreateStep(news, provider: null)]
            : old.Inputs.Equals(news.Inputs) ? [new SameStep(old, news)]
            : [new UpdateStep(old, news, provider: null, goal.IgnoreChanges)]));
        await Step.RunAsync(deployment, steps);
        // A component's outputs reach the program through RegisterResourceOutputs, never through its registration.
        return new ResourceOutputs(urn, "", PropertyMap.Empty);
    }

    private static ResourceState NewState(Goal goal, string urn) => new(urn, goal.Type, goal.Custom)
    {
        Inputs = goal.Inputs,
        Parent = goal.Parent,
        Protect = goal.Protect ?? false,
        RetainOnDelete = goal.RetainOnDelete ?? false,
        Dependencies = goal.Dependencies,
        PropertyDependencies = goal.PropertyDependencies,
        ImportId = goal.ImportId,
        IgnoreChanges = goal.IgnoreChanges,
        AdditionalSecretOutputs = goal.AdditionalSecretOutputs,
    };

    // source_eval.go inheritFromParent: protect, retainOnDelete and a same-package provider come from the parent.
    private Goal InheritFromParent(Goal goal)
    {
        if (goal.Parent is null || !_goals.TryGetValue(goal.Parent, out var parent))
        {
            return goal;
        }
        var parentPackage = parent.Provider.Length > 0 ? Urns.Type(parent.Provider[..parent.Provider.LastIndexOf("::", StringComparison.Ordinal)]).Split(':')[^1] : null;
        return goal with
        {
            Protect = goal.Protect ?? parent.Protect,
            RetainOnDelete = goal.RetainOnDelete ?? parent.RetainOnDelete,
            Provider = goal.Provider.Length == 0 && (parentPackage == goal.Package || (!goal.Custom && !goal.Remote))
                ? parent.Provider
                : goal.Provider,
        };
    }

    // source_eval.go resolveProvider: the explicit provider, the goal's providers map, then its parent component's map.
    private string ResolveProvider(Goal goal) =>
        goal.Provider.Length > 0 ? goal.Provider
        : goal.Providers.TryGetValue(goal.Package, out var own) ? own
        : goal.Parent is not null && _goals.TryGetValue(goal.Parent, out var parent) && parent.Providers.TryGetValue(goal.Package, out var inherited)
            ? inherited
            : "";
}
