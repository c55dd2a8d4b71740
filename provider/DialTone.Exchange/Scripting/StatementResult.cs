using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting;

/// <summary>What running one statement produced.</summary>
/// <param name="Statement">The statement.</param>
/// <param name="Objects">Its output, in order (empty for an assignment, whose output went into the variable).</param>
/// <param name="Warnings">The warnings Exchange wrote, without the <c>WARNING: </c> prefix.</param>
/// <param name="Errors">
/// Its errors, in order. A statement can output objects and report errors (one failed object of many), as in
/// PowerShell; an error that stopped the statement is the last one.
/// </param>
/// <param name="RoundTrips">How many batches it sent to the shell.</param>
/// <param name="StopsScript">
/// True when an error came from a command given <c>-ErrorAction Stop</c>: in PowerShell that error ends the whole
/// script (an ActionPreferenceStopException), not just the statement.
/// </param>
public sealed record StatementResult(
    StatementSyntax Statement,
    EquatableArray<ExchangeValue> Objects,
    EquatableArray<string> Warnings,
    EquatableArray<StatementError> Errors,
    int RoundTrips,
    bool StopsScript = false)
{
    /// <summary>True when the statement reported no error.</summary>
    public bool Succeeded => Errors.IsEmpty;
}
