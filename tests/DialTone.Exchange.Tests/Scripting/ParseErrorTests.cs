namespace DialTone.Exchange.Tests.Scripting;

/// <summary>Text PowerShell itself cannot parse fails with PowerShell's parser error (ParserStrings.resx), where it is.</summary>
public sealed class ParseErrorTests
{
    public static TheoryData<string, string, string, int, int> Errors => new()
    {
        { "Set-Mailbox -Identity 'O''Brien", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", 1, 23 },
        { "Set-Mailbox -Identity \"two`nlines", "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", 1, 23 },
        { "Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item E:\\x", "MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.", 1, 48 },
        { "Get-Mailbox |", "EmptyPipeElement", "An empty pipe element is not allowed.", 1, 14 },
        { "Get-Mailbox | | Set-Mailbox", "EmptyPipeElement", "An empty pipe element is not allowed.", 1, 15 },
        { "Get-Mailbox | $x", "ExpressionsMustBeFirstInPipeline", "Expressions are only allowed as the first element of a pipeline.", 1, 15 },
        { "Get-Mailbox )", "UnexpectedToken", "Unexpected token ')' in expression or statement.", 1, 13 },
        { "Mount-Database DB01 }", "UnexpectedToken", "Unexpected token '}' in expression or statement.", 1, 21 },
        { "Get-ChildItem -Path a,", "MissingExpressionAfterToken", "Missing expression after ','.", 1, 23 },
        { "$x =", "ExpectedValueExpression", "You must provide a value expression following the '=' operator.", 1, 5 },
        { "Get-ChildItem -Path:", "ParameterRequiresArgument", "Parameter -Path requires an argument.", 1, 15 },
        { "Set-Mailbox -Identity $m.", "MissingPropertyName", "Missing property name after reference operator.", 1, 25 },
        { "Get-ChildItem -Path @('a'", "MissingEndParenthesisInExpression", "Missing closing ')' in expression.", 1, 21 },
        { "Mount-Database DB01 <# never closed", "MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.", 1, 21 },
        { "Set-Mailbox u -Languages ,x", "MissingArgument", "Missing argument in parameter list.", 1, 26 },
        { "Set-Mailbox u -Languages:,x", "MissingArgument", "Missing argument in parameter list.", 1, 26 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Text_powershell_cannot_parse_fails_with_powershells_parser_error(string script, string errorId, string message, int line, int column)
    {
        var error = Parsed.Error(script);

        Assert.Equal((errorId, message), (error.ErrorId, error.Message));
        Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void A_parse_error_renders_as_a_parser_error_record_without_a_command()
    {
        var error = Parsed.Error("Get-Mailbox |").ToExchangeError();

        Assert.Equal(
            "An empty pipe element is not allowed.\n"
                + "    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n"
                + "    + FullyQualifiedErrorId : EmptyPipeElement",
            Exchange.Rendering.ErrorRecordRenderer.Render(error, null));
    }
}
