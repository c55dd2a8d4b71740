using DialTone.Engine.Deployments;

namespace DialTone.Engine.Steps;

/// <summary>Nothing changes: the resource keeps its id and outputs, and its new checked inputs and options are saved.</summary>
internal sealed class SameStep(ResourceState old, ResourceState resource) : Step(StepOp.Same, resource)
{
    protected override Task<ResourceState?> ApplyAsync(Deployment deployment)
    {
        return Task.FromResult<ResourceState?>(deployment.Save(Resource with { Id = old.Id, Outputs = old.Outputs }));
    }
}
