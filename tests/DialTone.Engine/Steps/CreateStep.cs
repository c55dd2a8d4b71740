using DialTone.Engine.Deployments;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// Creates a resource, or its replacement (pulumi-protocol.md §4.3): Create with the checked inputs, preview=true in
/// a preview. The reply is read as the engine's provider wrapper reads it (provider_plugin.go Create): outside a
/// preview the id must not be empty, a partial failure's included, and the outputs must be known, or the step fails
/// with nothing saved; in a preview the id the provider gives is kept. A partial failure (ErrorResourceInitFailed)
/// with an id saves the resource with its state and init errors, then fails the step. A replacement created before
/// its old resource's delete leaves the old one pending deletion. A component has no provider: its state is its
/// inputs, with no outputs until it registers them.
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
        var request = new CreateRequest
        {
            Urn = urn, Name = name, Type = type, Properties = ValueConverter.ToStruct(Resource.Inputs), Preview = deployment.DryRun,
        };
        GrpcException? partialFailure = null;
        (string Id, Google.Protobuf.WellKnownTypes.Struct? Properties, ImmutableArray<string> InitErrors) reply;
        try
        {
            var response = await provider.Client.CreateAsync(request);
            reply = (response.Id, response.Properties, []);
        }
        catch (GrpcException error) when (InitFailure(error) is { } partial)
        {
            partialFailure = error;
            reply = (partial.Id, partial.Properties, [.. partial.Reasons]);
        }
        var outputs = ValueConverter.ToMap(reply.Properties);
        if (!deployment.DryRun)
        {
            if (reply.Id.Length == 0)
            {
                throw deployment.Fail(urn, EngineMessages.EmptyId(urn));
            }
            RejectUnknowns(deployment, urn, outputs);
        }
        var saved = deployment.Save(Resource with { Id = reply.Id, Outputs = outputs, InitErrors = reply.InitErrors });
        if (replaced is not null && pendingDelete)
        {
            deployment.PendDelete(replaced);
        }
        return partialFailure is null ? saved : throw deployment.Fail(urn, partialFailure.Message);
    }
}
