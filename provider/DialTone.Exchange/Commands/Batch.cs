using DialTone.Exchange.Values;

namespace DialTone.Exchange.Commands;

/// <summary>
/// Pipelines sent in one round trip and run in order; the shell answers with one result per pipeline.
/// Re-homing 10,000 mailboxes is one batch, not 10,000 round trips.
/// </summary>
/// <param name="Pipelines">The pipelines, in the order they run.</param>
/// <param name="StopOnError">
/// When true, the first pipeline that reports an error stops the batch: the pipelines after it do not run and their
/// results say so (<see cref="Results.PipelineResult.NotRun"/>). Use it for dependent steps (dismount, then move the
/// files); leave it false for independent ones (one <c>Set-Mailbox</c> per mailbox).
/// </param>
public sealed record Batch(EquatableArray<Pipeline> Pipelines, bool StopOnError = false)
{
    /// <summary>A batch of independent pipelines.</summary>
    public static Batch Of(params Pipeline[] pipelines) => new(pipelines.ToEquatableArray());

    /// <summary>A batch of dependent pipelines: an error stops the rest.</summary>
    public static Batch Sequence(params Pipeline[] pipelines) => new(pipelines.ToEquatableArray(), StopOnError: true);
}
