using DialTone.Exchange.Errors;
using DialTone.Exchange.Scripting.Syntax;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// A script that cannot be parsed, or that uses a construct the lab shell does not run. As with a PowerShell script
/// file, nothing of it runs.
/// </summary>
public sealed class ScriptParseException(SourcePosition position, string errorId, string message) : Exception(message)
{
    /// <summary>Where the problem is.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>PowerShell's parser error id (<c>TerminatorExpectedAtEndOfString</c>, …) or <see cref="NotSupported.Id"/>.</summary>
    public string ErrorId { get; } = errorId;

    /// <summary>The error as PowerShell reports a parse error (category <c>ParserError</c>).</summary>
    public ExchangeError ToExchangeError() =>
        new(ErrorCategory.ParserError, Message, ErrorId, "ParentContainsErrorRecordException");
}
