using DialTone.Exchange.Errors;
using DialTone.Exchange.Scripting.Syntax;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// The errors of the lab shell's parser and interpreter: PowerShell's own parser texts (ParserStrings.resx in the
/// PowerShell source) where PowerShell would fail too, and "not supported by the lab shell" for every construct the
/// lab shell does not run, naming it, so nothing is ever guessed.
/// </summary>
public static class ScriptErrors
{
    /// <summary>The error id of every "not supported by the lab shell" error.</summary>
    public const string NotSupportedId = "NotSupportedByLabShell";

    /// <summary>What the lab shell does run, appended to every "not supported" message.</summary>
    public const string SupportedGrammar =
        "The lab shell runs cmdlets with literal arguments, pipelines, $name = <pipeline>, $name | %{ Cmdlet -Param $_.Property } "
        + "and Invoke-Command -ComputerName <server> -ScriptBlock { <command> }.";

    internal static ScriptParseException NotSupported(SourcePosition at, string construct) =>
        new(at, NotSupportedId, NotSupportedText(construct, at));

    /// <summary>A construct met while running (its nature shows only then), as an error result.</summary>
    public static ExchangeError NotSupportedAtRun(string construct) => new(
        ErrorCategory.NotImplemented, NotSupportedText(construct, at: null), NotSupportedId, "NotSupportedException");

    private static string NotSupportedText(string construct, SourcePosition? at) =>
        $"{construct} is not supported by the lab shell{(at is { } position ? $" ({position})" : "")}. {SupportedGrammar}";

    internal static ScriptParseException Syntax(SourcePosition at, string errorId, string message) => new(at, errorId, message);

    internal static ScriptParseException MissingTerminator(SourcePosition at, char quote) =>
        Syntax(at, "TerminatorExpectedAtEndOfString", $"The string is missing the terminator: {quote}.");

    internal static ScriptParseException MissingEndCurlyBrace(SourcePosition at) =>
        Syntax(at, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.");

    internal static ScriptParseException EmptyPipeElement(SourcePosition at) =>
        Syntax(at, "EmptyPipeElement", "An empty pipe element is not allowed.");

    internal static ScriptParseException UnexpectedToken(SourcePosition at, string token) =>
        Syntax(at, "UnexpectedToken", $"Unexpected token '{token}' in expression or statement.");

    internal static ScriptParseException MissingExpressionAfter(SourcePosition at, string token) =>
        Syntax(at, "MissingExpressionAfterToken", $"Missing expression after '{token}'.");

    internal static ScriptParseException ExpectedValueExpression(SourcePosition at) =>
        Syntax(at, "ExpectedValueExpression", "You must provide a value expression following the '=' operator.");

    internal static ScriptParseException ParameterRequiresArgument(SourcePosition at, string name) =>
        Syntax(at, "ParameterRequiresArgument", $"Parameter -{name} requires an argument.");

    internal static ScriptParseException MissingEndParenthesis(SourcePosition at) =>
        Syntax(at, "MissingEndParenthesisInExpression", "Missing closing ')' in expression.");

    internal static ScriptParseException MissingPropertyName(SourcePosition at) =>
        Syntax(at, "MissingPropertyName", "Missing property name after reference operator.");

    internal static ScriptParseException ExpressionsMustBeFirst(SourcePosition at) =>
        Syntax(at, "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.");

    internal static ScriptParseException MissingCommentTerminator(SourcePosition at) =>
        Syntax(at, "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.");

    /// <summary>PowerShell's strict-mode error for a variable never assigned (the lab shell reads variables as <c>Set-StrictMode -Version 1</c> does).</summary>
    public static ExchangeError VariableIsUndefined(string name) => new(
        ErrorCategory.InvalidOperation, $"The variable '${name}' cannot be retrieved because it has not been set.",
        "VariableIsUndefined", "RuntimeException", name);

    /// <summary>A method called on <c>$null</c>.</summary>
    public static ExchangeError InvokeMethodOnNull() => new(
        ErrorCategory.InvalidOperation, "You cannot call a method on a null-valued expression.", "InvokeMethodOnNull", "RuntimeException");

    /// <summary>An assignment to <c>$true</c> or <c>$false</c>.</summary>
    public static ExchangeError VariableNotWritable(string name) => new(
        ErrorCategory.WriteError, $"Cannot overwrite variable {name} because it is read-only or constant.",
        "VariableNotWritable", "SessionStateUnauthorizedAccessException", name);
}
