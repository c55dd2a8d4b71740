using DialTone.Exchange.Errors;
using DialTone.Exchange.Rendering;

namespace DialTone.Exchange.Scripting;

/// <summary>One error a statement reported, with the command that reported it when that is known.</summary>
/// <param name="Error">The error, in Exchange's or PowerShell's words.</param>
/// <param name="Command">
/// The command that reported it; null when unknown (an unknown command, a parse error, or an error the shell returned
/// for a pipeline of several commands, which does not say which one failed).
/// </param>
public sealed record StatementError(ExchangeError Error, string? Command)
{
    /// <summary>The error as the Exchange Management Shell prints it.</summary>
    public string Render() => ErrorRecordRenderer.Render(Error, Command);
}
