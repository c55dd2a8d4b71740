using DialTone.Engine.Deployments;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// Creates a resource, or its replacement (pulumi-protocol.md §4.3): Create with the checked inputs, preview=true in
/// a preview. Outside a preview the id must not be empty and the outputs must be known. A partial failure
/// (ErrorResourceInitFailed) still saves the resource with its id, state and init errors, and fails the step. A
/// replacement created before its old resource's delete leaves the old one pending deletion. A component has no
/// provider: its state is its inputs until it registers its outputs.
/// </summary>
internal sealed class CreateStep(ResourceState resource, ProviderInstance? provider, ResourceState? replaced = null, bool pendingDelete = false)
    : Step(replaced is null ? StepOp.Create : StepOp.CreateReplacement, resource)
{
    protected override async Task<ResourceState?> ApplyAsync(Deployment deployment)
    {
        if (provider is null)
        {
            return deployment.Save(Resource);
        }
        var (urn, name, type) = Names(Resource);
        CreateResponse response;
        try
        {
            response = await provider.Client.CreateAsync(new CreateRequest
            {
                Urn = urn, Name = name, Type = type, Properties = ValueConverter.ToStruct(Resource.Inputs), Preview = deployment.DryRun,
            });
        }
        catch (GrpcException error) when (InitFailure(error) is { } partial)
        {
            deployment.Save(Resource with
            {
                Id = partial.Id, Outputs = ValueConverter.ToMap(partial.Properties), InitErrors = [.. partial.Reasons],
            });
            MarkReplaced(deployment);
            throw deployment.Fail(urn, error.Message);
        }
        if (!deployment.DryRun && response.Id.Length == 0)
        {
            throw deployment.Fail(urn, EngineMessages.NoId);
        }
        var created = Resource with { Id = deployment.DryRun ? "" : response.Id, Outputs = ValueConverter.ToMap(response.Properties) };
        if (!deployment.DryRun)
        {
            RejectUnknowns(deployment, urn, created.Outputs);
        }
        var saved = deployment.Save(created);
        MarkReplaced(deployment);
        return saved;
    }

    private void MarkReplaced(Deployment deployment)
    {
        if (replaced is not null && pendingDelete)
        {
            deployment.PendDelete(replaced);
        }
    }
}
