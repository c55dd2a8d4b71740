namespace DialTone.Exchange.Scripting.Syntax;

/// <summary>Where something starts in a script: 1-based line and column, as PowerShell's <c>At line:3 char:12</c>.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}";
}
