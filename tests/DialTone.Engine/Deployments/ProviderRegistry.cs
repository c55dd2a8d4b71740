using System.Collections.Concurrent;
using System.Text.Json;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Deployments;

/// <summary>
/// The run's provider instances, one plugin process each (pulumi-protocol.md §4.1). A package's default provider
/// is registered like a resource the first time a resource needs it: CheckConfig, DiffConfig when it already
/// exists, then a create, same or update step that calls Configure. Providers needed only from the checkpoint
/// (deletes of removed resources, refresh, destroy) are loaded and configured with their stored inputs, without
/// CheckConfig. At the end of the run every instance is shut down as the engine does.
/// </summary>
internal sealed class ProviderRegistry(Deployment deployment, string engineAddress)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ProviderInstance>>> _defaults = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<ProviderInstance>>> _byReference = new();
    private readonly ConcurrentQueue<ProviderInstance> _loaded = new();

    /// <summary>The provider for a resource: its explicit reference, else its package's default provider.</summary>
    public Task<ProviderInstance> ResolveAsync(string reference, string package) =>
        reference.Length == 0 ? DefaultAsync(package) : EnsureAsync(reference);

    public Task<ProviderInstance> DefaultAsync(string package) =>
        _defaults.GetOrAdd(package, _ => new(() => RegisterDefaultAsync(package))).Value;

    /// <summary>The provider with this reference: the one registered in this run, or one loaded from the checkpoint.</summary>
    public Task<ProviderInstance> EnsureAsync(string reference) =>
        _byReference.GetOrAdd(reference, _ => new(() => LoadFromStateAsync(reference))).Value;

    /// <summary>
    /// Closes every instance (Cancel, SIGINT, SIGKILL after 5 s) once every load has finished, so that none is left
    /// running; a plugin that does not acknowledge its shutdown is reported with its stderr.
    /// </summary>
    public async Task ShutDownAsync()
    {
        var loads = _defaults.Values.Concat(_byReference.Values).Where(load => load.IsValueCreated).Select(Task (load) => load.Value);
        await Task.WhenAll(loads).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var instance in _loaded)
        {
            if (!await instance.Process.ShutDownAsync())
            {
                deployment.Report(DiagnosticSeverity.Error, null, EngineMessages.ExitedPrematurely(
                    deployment.Settings.PluginOf(instance.Package), instance.Process.StandardError));
            }
            await instance.Process.DisposeAsync();
        }
    }

    private async Task<ProviderInstance> LoadAsync(string package, string label)
    {
        var config = deployment.Settings.ConfigOf(package).ToDictionary(entry => entry.Key, entry => entry.Value.Value);
        var instance = await ProviderInstance.LoadAsync(deployment, engineAddress, package, label, new Dictionary<string, string>
        {
            ["PULUMI_PROJECT"] = deployment.Settings.Project,
            ["PULUMI_CONFIG"] = JsonSerializer.Serialize(config),
        });
        _loaded.Enqueue(instance);
        return instance;
    }

    private async Task<ProviderInstance> RegisterDefaultAsync(string package)
    {
        var settings = deployment.Settings;
        var type = ResourceState.ProviderTypePrefix + package;
        var name = DefaultProviders.NameOf(settings.ProviderVersions.GetValueOrDefault(package));
        var urn = Urns.For(settings.Stack, settings.Project, type, name, parentUrn: null);
        var inputs = DefaultProviders.Inputs(settings, package);
        var old = deployment.Olds.Find(urn);
        var instance = await LoadAsync(package, name);
        var (op, checkedInputs) = await deployment.GenerateAsync(urn, () => PlanAsync(instance, urn, name, type, inputs, old));
        var id = op == StepOp.Create ? deployment.DryRun ? Urns.UnknownId : Guid.NewGuid().ToString() : old!.Id;
        // An unchanged provider is configured with its old inputs and keeps its old outputs (step.go SameStep), so
        // a provider that calls a change "no difference" keeps seeing what it saw before.
        var same = op == StepOp.Same;
        try
        {
            await instance.ConfigureAsync(urn, id, same ? old!.Inputs : checkedInputs);
        }
        catch (Exception error)
        {
            deployment.Record(new StepRecord(op, urn, type) { Failed = true });
            throw deployment.Fail(urn, error.Message);
        }
        deployment.Record(new StepRecord(op, urn, type));
        deployment.Save(new ResourceState(urn, type, Custom: true) { Id = id, Inputs = checkedInputs, Outputs = same ? old!.Outputs : checkedInputs });
        _byReference.TryAdd(instance.Reference, new(() => Task.FromResult(instance)));
        return instance;
    }

    private async Task<(StepOp Op, PropertyMap Checked)> PlanAsync(
        ProviderInstance instance, string urn, string name, string type, PropertyMap inputs, ResourceState? old)
    {
        var check = await Tolerating(instance.Client.CheckConfigAsync(new CheckRequest
        {
            // A new provider's olds are empty, not absent: the registry filters nil config into an empty map.
            Urn = urn, Name = name, Type = type, Olds = DefaultProviders.PlainStruct(old?.Inputs ?? PropertyMap.Empty),
            News = DefaultProviders.PlainStruct(inputs),
        }), new CheckResponse { Inputs = DefaultProviders.PlainStruct(inputs) });
        if (check.Failures.Count > 0)
        {
            foreach (var failure in check.Failures)
            {
                deployment.Report(DiagnosticSeverity.Error, urn, EngineMessages.CheckFailure(type, name, failure, inputs));
            }
            throw deployment.Fail(urn, $"provider {urn} has configuration errors");
        }
        var checkedInputs = DefaultProviders.AnnotateSecrets(ValueConverter.ToMap(check.Inputs), inputs);
        if (inputs.TryGetValue(DefaultProviders.VersionKey, out var version))
        {
            checkedInputs = checkedInputs.With(DefaultProviders.VersionKey, version);
        }
        if (old is null)
        {
            return (StepOp.Create, checkedInputs);
        }
        var diff = await Tolerating(instance.Client.DiffConfigAsync(new DiffRequest
        {
            Urn = urn, Name = name, Type = type, Olds = DefaultProviders.PlainStruct(old.Outputs),
            OldInputs = DefaultProviders.PlainStruct(old.Inputs), News = DefaultProviders.PlainStruct(checkedInputs),
        }), new DiffResponse { Changes = DiffResponse.Types.DiffChanges.DiffUnknown });
        var changed = diff.Changes == DiffResponse.Types.DiffChanges.DiffUnknown
            ? !old.Outputs.Equals(checkedInputs)
            : diff.Changes == DiffResponse.Types.DiffChanges.DiffSome;
        if (changed && DiffResult.From(diff).Replace)
        {
            throw deployment.Fail(urn,
                $"The provider {urn} must be replaced ({string.Join(", ", diff.Replaces)}); replacing providers is not supported by the test harness.");
        }
        return (changed ? StepOp.Update : StepOp.Same, checkedInputs);
    }

    // A provider that does not implement CheckConfig or DiffConfig gets the engine's answer for it
    // (provider_plugin.go): its news as they are, and DIFF_UNKNOWN with nothing to replace.
    private static async Task<T> Tolerating<T>(Task<T> call, T unimplemented)
    {
        try
        {
            return await call;
        }
        catch (GrpcException error) when (error.Code == GrpcStatusCode.Unimplemented)
        {
            return unimplemented;
        }
    }

    private async Task<ProviderInstance> LoadFromStateAsync(string reference)
    {
        var separator = reference.LastIndexOf("::", StringComparison.Ordinal);
        var (urn, id) = (reference[..separator], reference[(separator + 2)..]);
        var state = deployment.AllStates().FirstOrDefault(resource => resource.Urn == urn && resource.Id == id)
            ?? throw deployment.Fail(urn, $"could not find provider {reference} in old state");
        var instance = await LoadAsync(state.Type[ResourceState.ProviderTypePrefix.Length..], state.Name);
        try
        {
            await instance.ConfigureAsync(urn, id, state.Inputs);
        }
        catch (GrpcException error)
        {
            throw deployment.Fail(urn, error.Message);
        }
        return instance;
    }
}
