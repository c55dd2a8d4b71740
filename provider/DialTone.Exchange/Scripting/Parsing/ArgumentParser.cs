using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Scripting.Parsing.PowerShellChars;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// Command mode, where an unquoted word is a string: a command's arguments, each a parameter token or a value (a word,
/// a number, a quoted string, a variable, <c>@( … )</c>, a script block, or several joined by commas).
/// </summary>
/// <param name="context">The script being parsed.</param>
/// <param name="expressions">The values both modes share.</param>
/// <param name="block">Parses the statements of a script block argument up to its closing brace.</param>
internal sealed class ArgumentParser(ParseContext context, ExpressionParser expressions, Func<BlockKind, EquatableArray<StatementSyntax>> block)
{
    private SourceReader Source => context.Source;

    private Lexer Lexer => context.Lexer;

    public EquatableArray<ArgumentSyntax> Arguments()
    {
        var arguments = new List<ArgumentSyntax>();
        while (true)
        {
            Lexer.SkipSpace();
            var c = Source.Peek();
            if (ParseContext.EndsStatement(c) || c == '|')
            {
                return arguments.ToEquatableArray();
            }
            if (c == ')')
            {
                throw context.UnexpectedHere();
            }
            if (c == ',')
            {
                throw ParserErrors.MissingArgument(Source.Position);
            }
            arguments.Add(Argument());
        }
    }

    private ArgumentSyntax Argument()
    {
        var at = Source.Position;
        if (IsDash(Source.Peek()))
        {
            var next = Source.Peek(1);
            if (char.IsLetter(next) || next is '_' or '?')
            {
                var (name, colon) = Lexer.ReadParameter();
                if (!colon)
                {
                    return new ParameterTokenSyntax(name, null);
                }
                Lexer.SkipSpace();
                // A comma after the colon is no argument: PowerShell leaves it to fail as a missing argument.
                return ParseContext.EndsArgument(Source.Peek()) ? throw ParserErrors.ParameterRequiresArgument(at, name)
                    : Source.Peek() == ',' ? new ParameterTokenSyntax(name, null)
                    : new ParameterTokenSyntax(name, ValueList());
            }
            if (IsDash(next) && Source.Peek(2) == '%')
            {
                throw NotSupported.At(at, "The stop-parsing token --%");
            }
            if (IsDash(next) && EndsWord(Source.Peek(2)))
            {
                throw NotSupported.At(at, "The end-of-parameters token --");
            }
        }
        return new ValueArgumentSyntax(ValueList());
    }

    /// <summary>One argument value, or several joined by commas into an array (<c>a,b</c>).</summary>
    private ExpressionSyntax ValueList() =>
        expressions.CommaList(Value, c => c == ',' || (IsDash(c) && char.IsLetter(Source.Peek(1))));

    private ExpressionSyntax Value()
    {
        var at = Source.Position;
        var c = Source.Peek();
        if (IsQuote(c))
        {
            var text = expressions.Quoted();
            return EndsWord(Source.Peek())
                ? new LiteralSyntax(new StringValue(text))
                : throw NotSupported.At(Source.Position, "Quoted text joined to an unquoted word (write the whole value in quotes)");
        }
        if (c == '$' && (IsVariableStart(Source.Peek(1)) || Source.Peek(1) is '(' or '{'))
        {
            return expressions.Variable(commandMode: true);
        }
        switch (c)
        {
            case '@':
                return expressions.At();
            case '{':
                return new ScriptBlockSyntax(block(BlockKind.Remote), at);
            case '(' or '&' or '<' or '>' or '[':
                context.RefuseNonCommand(at);
                break;
        }
        var word = Lexer.ReadWord();
        if (word.Length > 1 && (char.IsAsciiDigit(word[0]) || word[0] == '*') && word[1] == '>')
        {
            throw NotSupported.At(at, "Redirection (>)");
        }
        // PowerShell keeps the text of a number typed otherwise than it prints (007, 1kb), for text parameters.
        return NumberLiteral.Read(word, at) is { } number
            ? new LiteralSyntax(number, word == number.ToDisplayString() ? null : word)
            : new LiteralSyntax(new StringValue(word));
    }
}
