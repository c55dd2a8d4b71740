using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;

namespace DialTone.Exchange;

/// <summary>
/// A session with an Exchange organization that runs batches of commands: the lab in-process (<c>LabShell</c>) or
/// real Exchange through the PowerShell bridge (<c>BridgeShell</c>). Every transport implements this contract.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>One call is one round trip. The pipelines run in order; the answer holds exactly one
/// <see cref="PipelineResult"/> per pipeline, in the same order.</item>
/// <item>Exchange's own failures (a binding error, a mount refused, an object not found) are results, never
/// exceptions. An exception means the transport itself failed (the bridge process died, the lab file is missing):
/// then nothing is known about which commands ran, and the caller observes state again before acting.</item>
/// <item>Commands are bound through <see cref="Catalogue.CmdletCatalogue"/>, so every transport fails where
/// PowerShell fails, with PowerShell's words. A command whose <see cref="Catalogue.CommandScope"/> the transport does
/// not serve is answered with an error result, not run.</item>
/// <item>Cancellation stops before the next command execution; executions already done stay done (each one is
/// atomic), and <see cref="OperationCanceledException"/> is thrown.</item>
/// </list>
/// </remarks>
public interface IExchangeShell
{
    /// <summary>Runs <paramref name="batch"/> and returns one result per pipeline.</summary>
    Task<BatchResult> ExecuteAsync(Batch batch, CancellationToken cancellationToken = default);
}
