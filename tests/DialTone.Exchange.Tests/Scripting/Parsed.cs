using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Scripting.Running;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>Parses script text the way the tests need it: one statement, one command, one value, or the parse error.</summary>
internal static class Parsed
{
    private static readonly Scope NoVariables = new(new Dictionary<string, ExchangeValue>(), Current: null);

    public static StatementSyntax Statement(string text) => Assert.Single(ScriptParser.Parse(text).Statements);

    public static CommandStageSyntax Command(string text) =>
        Assert.IsType<CommandStageSyntax>(Assert.Single(Statement(text).Pipeline.Stages));

    /// <summary>The value of <paramref name="argument"/> written as the one argument of a command.</summary>
    public static ExchangeValue Value(string argument)
    {
        var value = Assert.IsType<ValueArgumentSyntax>(Assert.Single(Command("Get-Mailbox " + argument).Arguments));
        return new Evaluator(CmdletCatalogue.Default).Evaluate(value.Value, NoVariables);
    }

    /// <summary>The parsed command bound through the catalogue, as the lab shell binds it.</summary>
    public static BoundCommand Bound(string text, bool expectsPipelineInput = false, bool insideScriptBlock = false) =>
        new Evaluator(CmdletCatalogue.Default).Bind(Command(text), NoVariables, expectsPipelineInput, insideScriptBlock);

    public static ScriptParseException Error(string text) => Assert.Throws<ScriptParseException>(() => ScriptParser.Parse(text));
}
