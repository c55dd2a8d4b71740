using DialTone.Engine.Deployments;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// Deletes a resource (pulumi-protocol.md §4.3): a protected resource fails instead, unless it is being replaced
/// (protection was checked then), without stopping the run (step_executor.go continues past it). A preview calls
/// nothing. A resource with retainOnDelete, a component and a
/// provider leave the checkpoint without a Delete call; a custom resource gets Delete with its last outputs and
/// inputs, on the provider its state names.
/// </summary>
internal sealed class DeleteStep(ResourceState resource, ProviderRegistry providers, bool replacing)
    : Step(replacing ? StepOp.DeleteReplaced : StepOp.Delete, resource)
{
    protected override async Task<ResourceState?> ApplyAsync(Deployment deployment)
    {
        if (!replacing && Resource.Protect)
        {
            throw deployment.FailAndContinue(Resource.Urn, EngineMessages.ProtectedDelete(Resource.Urn));
        }
        if (deployment.DryRun)
        {
            return null;
        }
        if (Resource.Custom && !Resource.IsProvider && !Resource.RetainOnDelete)
        {
            var provider = await providers.EnsureAsync(Resource.Provider);
            var (urn, name, type) = Names(Resource);
            await provider.Client.DeleteAsync(new DeleteRequest
            {
                Id = Resource.Id, Urn = urn, Name = name, Type = type, Properties = ValueConverter.ToStruct(Resource.Outputs),
                OldInputs = ValueConverter.ToStruct(Resource.Inputs),
            });
        }
        deployment.Deleted(Resource);
        return null;
    }
}
