using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>What the lab shell's parser reads, as Windows PowerShell 5.1 reads it.</summary>
public sealed class ParsingTests
{
    [Fact]
    public void A_command_reads_as_its_name_and_its_arguments_in_order()
    {
        var command = Parsed.Command("Set-Mailbox user0001 -Database DTDB1 -Confirm:$false");

        Assert.Equal("Set-Mailbox", command.Name);
        Assert.Equal<ArgumentSyntax>(
        [
            new ValueArgumentSyntax(new LiteralSyntax(new StringValue("user0001"))),
            new ParameterTokenSyntax("Database", null),
            new ValueArgumentSyntax(new LiteralSyntax(new StringValue("DTDB1"))),
            new ParameterTokenSyntax("Confirm", new VariableSyntax("false", new SourcePosition(1, 47))),
        ], command.Arguments);
    }

    [Fact]
    public void A_parameter_token_takes_a_colon_argument_even_after_a_blank()
    {
        var command = Parsed.Command("Get-ChildItem -Path: E:\\RDB1");

        Assert.Equal(new ParameterTokenSyntax("Path", new LiteralSyntax(new StringValue("E:\\RDB1"))), command.Arguments[0]);
    }

    [Fact]
    public void An_en_dash_pasted_from_a_document_starts_a_parameter_as_in_powershell()
    {
        var command = Parsed.Command("Mount-Database DTDB1 \u2013Force");

        Assert.Equal(new ParameterTokenSyntax("Force", null), command.Arguments[1]);
    }

    public static TheoryData<string, string> Strings => new()
    {
        { "'O''Brien'", "O'Brien" },
        { "'\u2018\u2018smart\u2019\u2019 quotes\u201B\u201B'", "\u2018smart\u2019 quotes\u201B" },
        { "'$(Remove-MailboxDatabase DB01); `n \"x\"'", "$(Remove-MailboxDatabase DB01); `n \"x\"" },
        { "\"two`nlines`tand `$ and `\" and \"\"\"", "two\nlines\tand $ and \" and \"" },
        { "\u201Csmart double\u201D", "smart double" },
        { "\"`e`u\"", "eu" },
        { "''", "" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void Quoted_strings_read_with_powershells_escaping(string literal, string value)
    {
        Assert.Equal(new StringValue(value), Parsed.Value(literal));
    }

    // PowerShell's quote characters (CharTraits.cs), written out here rather than taken from the renderer, so a quote
    // character missing from the shared sets fails here even though rendering and parsing would still agree.
    [Theory]
    [InlineData('\'', '\'')]
    [InlineData('\u2018', '\'')]
    [InlineData('\u2019', '\'')]
    [InlineData('\u201A', '\'')]
    [InlineData('\u201B', '\'')]
    [InlineData('"', '"')]
    [InlineData('\u201C', '"')]
    [InlineData('\u201D', '"')]
    [InlineData('\u201E', '"')]
    public void Each_quote_character_closes_a_string_of_its_kind_and_doubled_stands_for_itself(char quote, char kind)
    {
        Assert.Equal(new StringValue($"it{quote}s"), Parsed.Value($"{kind}it{quote}{quote}s{kind}"));
        Assert.Equal(new StringValue("x"), Parsed.Value($"{quote}x{quote}"));
    }

    public static TheoryData<string, string> Words => new()
    {
        { "DTDB1", "DTDB1" },
        { @"D:\DialTone\DTDB1.EDB", @"D:\DialTone\DTDB1.EDB" },
        { @"\\EX02\E$\RDB1", @"\\EX02\E$\RDB1" },
        { @"E:\Logs\E00*.log", @"E:\Logs\E00*.log" },
        { "192.168.0.1", "192.168.0.1" },
        { "a`;b`,c", "a;b,c" },
        { "/mh", "/mh" },
        { "--x", "--x" },
        { "a#b", "a#b" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void An_unquoted_word_is_a_string(string word, string value)
    {
        Assert.Equal(new StringValue(value), Parsed.Value(word));
    }

    public static TheoryData<string, long> Numbers => new()
    {
        { "10", 10 },
        { "-5", -5 },
        { "+7", 7 },
        { "10GB", 10L << 30 },
        { "3kb", 3072 },
        { "9223372036854775807", long.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_word_that_reads_as_a_whole_number_is_a_number(string word, long value)
    {
        Assert.Equal(new IntegerValue(value), Parsed.Value(word));
    }

    [Fact]
    public void True_false_and_null_are_values()
    {
        Assert.Equal(new ArrayValue([new BooleanValue(true), new BooleanValue(false), ExchangeValue.Null]), Parsed.Value("$true,$FALSE,$null"));
    }

    public static TheoryData<string, ExchangeValue> Arrays => new()
    {
        { "a,'b',3", new ArrayValue(["a", "b", 3]) },
        { "a, b", new ArrayValue(["a", "b"]) },
        { "@()", new ArrayValue([]) },
        { "@('*.log')", new ArrayValue(["*.log"]) },
        { "'x',@('y','z')", new ArrayValue(["x", new ArrayValue(["y", "z"])]) },
        { "@(@('y','z'))", new ArrayValue(["y", "z"]) },
        { "@(,@('y','z'))", new ArrayValue([new ArrayValue(["y", "z"])]) },
        { "@(\n 'a',\n 'b'\n)", new ArrayValue(["a", "b"]) },
    };

    [Theory]
    [MemberData(nameof(Arrays))]
    public void Arrays_read_as_powershell_builds_them(string text, ExchangeValue value)
    {
        Assert.Equal(value, Parsed.Value(text));
    }

    [Fact]
    public void A_pipeline_reads_as_its_stages()
    {
        var stages = Parsed.Statement("Get-Mailbox -Database DB1 -ResultSize Unlimited | Set-Mailbox -Database DTDB1").Pipeline.Stages;

        Assert.Equal(["Get-Mailbox", "Set-Mailbox"], stages.Cast<CommandStageSyntax>().Select(stage => stage.Name));
    }

    [Fact]
    public void An_assignment_names_its_variable()
    {
        var statement = Parsed.Statement("$mailboxes = Get-Mailbox -Database DTDB1");

        Assert.Equal("mailboxes", statement.Variable);
        Assert.Equal("Get-Mailbox", Assert.IsType<CommandStageSyntax>(Assert.Single(statement.Pipeline.Stages)).Name);
    }

    [Fact]
    public void A_foreach_body_reads_properties_of_the_current_object_and_to_string()
    {
        var statement = Parsed.Statement("$mailboxes | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -TargetMailbox $_.ExchangeGuid.ToString() }");

        var forEach = Assert.IsType<ForEachSyntax>(statement.Pipeline.Stages[1]);
        var body = Assert.IsType<CommandStageSyntax>(Assert.Single(forEach.Body.Stages));
        var current = new VariableSyntax("_", new SourcePosition(1, 63));
        Assert.Equal(new ParameterTokenSyntax("SourceStoreMailbox", null), body.Arguments[0]);
        Assert.Equal(new ValueArgumentSyntax(new PropertySyntax(current, "ExchangeGuid")), body.Arguments[1]);
        Assert.Equal(
            new ValueArgumentSyntax(new ToStringSyntax(new PropertySyntax(current with { Position = new(1, 94) }, "ExchangeGuid"))),
            body.Arguments[3]);
    }

    [Theory]
    [InlineData("$m | % { Mount-Database $_ }")]
    [InlineData("$m | foreach { Mount-Database $_ }")]
    [InlineData("$m | ForEach-Object { Mount-Database $_ }")]
    public void ForEach_object_is_read_under_each_of_its_names(string text)
    {
        Assert.IsType<ForEachSyntax>(Parsed.Statement(text).Pipeline.Stages[1]);
    }

    [Fact]
    public void A_script_block_argument_holds_its_statements()
    {
        var command = Parsed.Command("Invoke-Command -ComputerName EX01 -ScriptBlock { Copy-Item E:\\RDB1\\* \\\\EX02\\E$\\RDB1 }");

        var block = Assert.IsType<ScriptBlockSyntax>(Assert.IsType<ValueArgumentSyntax>(command.Arguments[3]).Value);
        Assert.Equal("Copy-Item", Assert.IsType<CommandStageSyntax>(Assert.Single(Assert.Single(block.Statements).Pipeline.Stages)).Name);
    }

    [Fact]
    public void Blank_lines_and_comments_leave_no_statements()
    {
        var script = ScriptParser.Parse("\n# step 2\n   \n<# several\nlines #>\nMount-Database DTDB1 # mount it\r\n\r\n");

        Assert.Equal("Mount-Database DTDB1", Assert.Single(script.Statements).Text);
    }

    [Fact]
    public void A_backtick_at_the_end_of_a_line_and_a_trailing_bar_continue_the_statement()
    {
        var statement = Parsed.Statement("Get-Mailbox -Database DB1 `\n  -ResultSize Unlimited |\n  Set-Mailbox -Database DTDB1");

        Assert.Equal(2, statement.Pipeline.Stages.Count);
        Assert.Equal(4, ((CommandStageSyntax)statement.Pipeline.Stages[0]).Arguments.Count);
    }

    [Fact]
    public void Semicolons_and_line_breaks_separate_statements_each_with_its_position()
    {
        var statements = ScriptParser.Parse("Dismount-Database RDB1 -Confirm:$false; Mount-Database DTDB1\n  Mount-Database RDB1").Statements;

        Assert.Equal([new SourcePosition(1, 1), new SourcePosition(1, 41), new SourcePosition(2, 3)], statements.Select(s => s.Position));
        Assert.Equal(["Dismount-Database RDB1 -Confirm:$false", "Mount-Database DTDB1", "Mount-Database RDB1"], statements.Select(s => s.Text));
    }

    [Fact]
    public void A_variable_alone_is_a_statement_that_outputs_it()
    {
        var stage = Assert.IsType<ExpressionStageSyntax>(Assert.Single(Parsed.Statement("$mailboxes").Pipeline.Stages));

        Assert.Equal(new VariableSyntax("mailboxes", new SourcePosition(1, 1)), stage.Expression);
    }
}
