using DialTone.Engine.Deployments;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// Updates a resource in place (pulumi-protocol.md §4.3): Update with the old outputs, the new checked inputs, the
/// old inputs and ignoreChanges; the id never changes. A partial failure saves the outputs the provider reports
/// with its init errors, but the old inputs, since the resource was not updated with the new ones (update.go
/// OnResourceStepPost), so the next run tries the update again. A component has no provider: its new inputs are saved.
/// </summary>
internal sealed class UpdateStep(ResourceState old, ResourceState resource, ProviderInstance? provider, ImmutableArray<string> ignoreChanges)
    : Step(StepOp.Update, resource)
{
    protected override async Task<ResourceState?> ApplyAsync(Deployment deployment)
    {
        var (urn, name, type) = Names(Resource);
        var updated = Resource with { Id = old.Id, Outputs = old.Outputs };
        if (provider is null)
        {
            return deployment.Save(updated);
        }
        var request = new UpdateRequest
        {
            Id = old.Id, Urn = urn, Name = name, Type = type, Olds = ValueConverter.ToStruct(old.Outputs),
            News = ValueConverter.ToStruct(Resource.Inputs), OldInputs = ValueConverter.ToStruct(old.Inputs), Preview = deployment.DryRun,
        };
        request.IgnoreChanges.AddRange(ignoreChanges);
        try
        {
            var response = await provider.Client.UpdateAsync(request);
            updated = updated with { Outputs = ValueConverter.ToMap(response.Properties) };
        }
        catch (GrpcException error) when (InitFailure(error) is { } partial)
        {
            deployment.Save(updated with
            {
                Inputs = old.Inputs, Outputs = ValueConverter.ToMap(partial.Properties), InitErrors = [.. partial.Reasons],
            });
            throw deployment.Fail(urn, error.Message);
        }
        if (!deployment.DryRun)
        {
            RejectUnknowns(deployment, urn, updated.Outputs);
        }
        return deployment.Save(updated);
    }
}
