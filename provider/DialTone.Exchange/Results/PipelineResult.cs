using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Results;

/// <summary>
/// What one pipeline of a batch produced: its output objects, the warnings Exchange wrote, and its errors.
/// A pipeline over many objects can succeed for some and fail for others, as in Exchange, so output and errors may
/// both be present; an error that stopped the pipeline (a binding error, for one) leaves whatever ran before it.
/// </summary>
/// <param name="Objects">The output, in order: objects (<see cref="ObjectValue"/>) or plain values (Test-Path's Boolean, eseutil's lines).</param>
/// <param name="Warnings">The warnings, e.g. Get-Mailbox's result-size warning, without the <c>WARNING: </c> prefix.</param>
/// <param name="Errors">The errors, in order.</param>
/// <param name="Ran">False when the pipeline did not run because an earlier one stopped its batch.</param>
public sealed record PipelineResult(
    EquatableArray<ExchangeValue> Objects,
    EquatableArray<string> Warnings,
    EquatableArray<ExchangeError> Errors,
    bool Ran = true)
{
    /// <summary>The result of a pipeline that did not run (<see cref="Commands.Batch.StopOnError"/>).</summary>
    public static PipelineResult NotRun { get; } = new([], [], [], Ran: false);

    /// <summary>True when the pipeline ran and reported no error.</summary>
    public bool Succeeded => Ran && Errors.IsEmpty;

    /// <summary>The output objects (property bags) only.</summary>
    public IEnumerable<ExchangeObject> OutputObjects => Objects.OfType<ObjectValue>().Select(value => value.Object);

    /// <summary>A successful result with <paramref name="objects"/>.</summary>
    public static PipelineResult Of(params ExchangeValue[] objects) => new(objects.ToEquatableArray(), [], []);

    /// <summary>A result that failed with <paramref name="error"/> and produced nothing.</summary>
    public static PipelineResult Failed(ExchangeError error) => new([], [], [error]);
}
