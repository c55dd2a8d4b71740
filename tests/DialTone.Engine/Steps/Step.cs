using DialTone.Engine.Deployments;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Steps;

/// <summary>
/// One step the engine takes on one resource (pulumi/pulumi pkg/resource/deploy/step.go): it calls the provider,
/// saves or removes the resource's state, and is recorded when it finishes, failed or not.
/// </summary>
internal abstract class Step(StepOp op, ResourceState resource)
{
    public StepOp Op { get; } = op;

    /// <summary>The resource the step is about (its new state, or the old one for a delete).</summary>
    public ResourceState Resource { get; } = resource;

    /// <summary>Top-level keys the step changes, for the record.</summary>
    public ImmutableArray<string> Diffs { get; init; } = [];

    /// <summary>
    /// Runs the steps of one resource in order, as the engine's step executor runs a chain, each only while the run
    /// has not stopped; returns the final state. A step that throws anything (a provider's error, a plugin that
    /// died) fails with that message.
    /// </summary>
    public static Task<ResourceState?> RunAsync(Deployment deployment, IReadOnlyList<Step> steps) =>
        deployment.ExecuteAsync(() => RunChainAsync(deployment, steps));

    private static async Task<ResourceState?> RunChainAsync(Deployment deployment, IReadOnlyList<Step> steps)
    {
        ResourceState? state = null;
        foreach (var step in steps)
        {
            if (deployment.Stopped)
            {
                throw new SkippedException();
            }
            try
            {
                state = await step.ApplyAsync(deployment) ?? state;
            }
            catch (StepFailedException)
            {
                deployment.Record(step.Recorded with { Failed = true });
                throw;
            }
            catch (Exception error)
            {
                deployment.Record(step.Recorded with { Failed = true });
                throw deployment.Fail(step.Resource.Urn, error.Message);
            }
            deployment.Record(step.Recorded);
        }
        return state;
    }

    /// <summary>Applies the step; returns the resource's state after it, or null when the step leaves none.</summary>
    protected abstract Task<ResourceState?> ApplyAsync(Deployment deployment);

    protected virtual StepRecord Recorded => new(Op, Resource.Urn, Resource.Type) { Diffs = Diffs };

    /// <summary>The partial failure a Create, Update or Read carries: the resource exists with this id and state.</summary>
    protected static ErrorResourceInitFailed? InitFailure(GrpcException error) =>
        error.Details.OfType<ErrorResourceInitFailed>().FirstOrDefault();

    /// <summary>Fails the step when values a provider returned hold an unknown where the engine rejects one.</summary>
    protected static void RejectUnknowns(Deployment deployment, string urn, PropertyMap values)
    {
        if (UnknownValues.Rejection(values) is { } message)
        {
            throw deployment.Fail(urn, message);
        }
    }

    protected static (string Urn, string Name, string Type) Names(ResourceState resource) => (resource.Urn, resource.Name, resource.Type);
}
