using DialTone.Engine.Deployments;

namespace DialTone.Engine.Steps;

/// <summary>The logical step that marks a replacement in the record; the create and delete around it do the work.</summary>
internal sealed class ReplaceStep(ResourceState news) : Step(StepOp.Replace, news)
{
    protected override Task<ResourceState?> ApplyAsync(Deployment deployment) => Task.FromResult<ResourceState?>(null);
}
