namespace DialTone.Exchange.Scripting.Running;

/// <summary>An error that ends the statement (or, inside a ForEach-Object body, that object's run), as PowerShell's terminating errors do.</summary>
internal sealed class StatementTerminatedException(StatementError error) : Exception(error.Error.Message)
{
    public StatementError Error { get; } = error;
}
