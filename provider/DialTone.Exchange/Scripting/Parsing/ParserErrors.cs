using DialTone.Exchange.Scripting.Syntax;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// PowerShell's own parser errors (ParserStrings.resx in the PowerShell source), for text PowerShell itself cannot
/// parse, at the place it fails.
/// </summary>
internal static class ParserErrors
{
    public static ScriptParseException Syntax(SourcePosition at, string errorId, string message) => new(at, errorId, message);

    public static ScriptParseException MissingTerminator(SourcePosition at, char quote) =>
        Syntax(at, "TerminatorExpectedAtEndOfString", $"The string is missing the terminator: {quote}.");

    public static ScriptParseException MissingEndCurlyBrace(SourcePosition at) =>
        Syntax(at, "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.");

    public static ScriptParseException EmptyPipeElement(SourcePosition at) =>
        Syntax(at, "EmptyPipeElement", "An empty pipe element is not allowed.");

    public static ScriptParseException UnexpectedToken(SourcePosition at, string token) =>
        Syntax(at, "UnexpectedToken", $"Unexpected token '{token}' in expression or statement.");

    public static ScriptParseException MissingExpressionAfter(SourcePosition at, string token) =>
        Syntax(at, "MissingExpressionAfterToken", $"Missing expression after '{token}'.");

    public static ScriptParseException ExpectedValueExpression(SourcePosition at) =>
        Syntax(at, "ExpectedValueExpression", "You must provide a value expression following the '=' operator.");

    public static ScriptParseException ParameterRequiresArgument(SourcePosition at, string name) =>
        Syntax(at, "ParameterRequiresArgument", $"Parameter -{name} requires an argument.");

    public static ScriptParseException MissingArgument(SourcePosition at) =>
        Syntax(at, "MissingArgument", "Missing argument in parameter list.");

    public static ScriptParseException MissingEndParenthesis(SourcePosition at) =>
        Syntax(at, "MissingEndParenthesisInExpression", "Missing closing ')' in expression.");

    public static ScriptParseException MissingPropertyName(SourcePosition at) =>
        Syntax(at, "MissingPropertyName", "Missing property name after reference operator.");

    public static ScriptParseException ExpressionsMustBeFirst(SourcePosition at) =>
        Syntax(at, "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.");

    public static ScriptParseException MissingCommentTerminator(SourcePosition at) =>
        Syntax(at, "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.");
}
