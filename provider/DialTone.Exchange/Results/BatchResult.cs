using DialTone.Exchange.Values;

namespace DialTone.Exchange.Results;

/// <summary>The answer to a batch: exactly one result per pipeline, in the batch's order.</summary>
/// <param name="Results">The results, one per pipeline.</param>
public sealed record BatchResult(EquatableArray<PipelineResult> Results)
{
    /// <summary>True when every pipeline ran and reported no error.</summary>
    public bool Succeeded => Results.All(result => result.Succeeded);
}
