using DialTone.Engine.Deployments;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// Refreshes a custom resource (pulumi-protocol.md §4.4): Read with its last outputs and inputs. An empty id means
/// it is gone and it leaves the checkpoint. Otherwise its new outputs (and inputs, when Read returns them) are
/// saved, and Diff is called with the roles inverted (olds = refreshed outputs, old_inputs = refreshed inputs,
/// news = the inputs before the refresh) to show the drift. A partial failure is only a warning; its init errors
/// are kept. An unknown in what Read returns fails the step, in a preview too.
/// </summary>
internal sealed class RefreshStep(ResourceState resource, ProviderInstance provider) : Step(StepOp.Refresh, resource)
{
    private StepOp? _found;
    private DiffResult? _drift;

    protected override StepRecord Recorded => base.Recorded with { RefreshResult = _found, Diffs = _drift?.Keys ?? [] };

    protected override async Task<ResourceState?> ApplyAsync(Deployment deployment)
    {
        var (urn, name, type) = Names(Resource);
        ReadResponse read;
        var initErrors = Resource.InitErrors;
        try
        {
            read = await provider.Client.ReadAsync(new ReadRequest
            {
                Id = Resource.Id, Urn = urn, Name = name, Type = type, Properties = ValueConverter.ToStruct(Resource.Outputs),
                Inputs = ValueConverter.ToStruct(Resource.Inputs),
            });
        }
        catch (GrpcException error) when (InitFailure(error) is { } partial)
        {
            read = new ReadResponse { Id = partial.Id, Properties = partial.Properties, Inputs = partial.Inputs };
            initErrors = [.. partial.Reasons];
            deployment.Report(DiagnosticSeverity.Warning, urn, EngineMessages.Unhealthy(initErrors));
        }
        // Read may never return an unknown, in a preview neither (provider_plugin.go Read).
        RejectUnknowns(deployment, urn, ValueConverter.ToMap(read.Properties));
        RejectUnknowns(deployment, urn, ValueConverter.ToMap(read.Inputs));
        if (read.Id.Length == 0)
        {
            _found = StepOp.Delete;
            deployment.Deleted(Resource);
            return null;
        }
        var refreshed = Resource with
        {
            Id = read.Id, Outputs = ValueConverter.ToMap(read.Properties),
            Inputs = read.Inputs is null ? Resource.Inputs : ValueConverter.ToMap(read.Inputs), InitErrors = initErrors,
        };
        _drift = (await ResourceCalls.DiffAsync(deployment, provider, refreshed, refreshed.Outputs, refreshed.Inputs, Resource.Inputs,
            Resource.IgnoreChanges)).Invert();
        _found = _drift.HasChanges ? StepOp.Update : StepOp.Same;
        return deployment.Save(refreshed);
    }
}
