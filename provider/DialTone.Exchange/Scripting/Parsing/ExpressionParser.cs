using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Scripting.Parsing.PowerShellChars;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// Expression mode, where an unquoted word would be a command: the expressions that start a statement or fill
/// <c>@( … )</c>, and the values both modes share (quoted strings, variables with their <c>.Property</c> and
/// <c>.ToString()</c>, <c>@( … )</c>, comma lists).
/// </summary>
internal sealed class ExpressionParser(ParseContext context)
{
    private SourceReader Source => context.Source;

    private Lexer Lexer => context.Lexer;

    /// <summary>True when the next character starts an expression rather than a command.</summary>
    public bool StartsExpression()
    {
        var c = Source.Peek();
        return IsQuote(c) || c is '$' or '@' or ',' || StartsNumber(c);
    }

    /// <summary>True when <paramref name="c"/>, the next character, starts a number (<c>5</c>, <c>-5</c>, <c>+5</c>, <c>.5</c>).</summary>
    private bool StartsNumber(char c) => char.IsAsciiDigit(c) || ((IsDash(c) || c is '+' or '.') && char.IsAsciiDigit(Source.Peek(1)));

    /// <summary>Values joined by commas, each possibly behind a unary comma (<c>,a</c>).</summary>
    public ExpressionSyntax ExpressionList() => CommaList(UnaryComma, _ => false);

    /// <summary>
    /// <paramref name="item"/>, or several joined by commas (a line break may follow a comma) into an array; after a
    /// comma, the end of the argument or what <paramref name="cannotFollowComma"/> says is a missing item.
    /// </summary>
    public ExpressionSyntax CommaList(Func<ExpressionSyntax> item, Func<char, bool> cannotFollowComma)
    {
        var first = item();
        Lexer.SkipSpace();
        if (Source.Peek() != ',')
        {
            return first;
        }
        var items = new List<ExpressionSyntax> { first };
        while (Source.Accept(','))
        {
            Lexer.SkipSpaceAndNewlines();
            if (ParseContext.EndsArgument(Source.Peek()) || cannotFollowComma(Source.Peek()))
            {
                throw ParserErrors.MissingExpressionAfter(Source.Position, ",");
            }
            items.Add(item());
            Lexer.SkipSpace();
        }
        return new ArrayLiteralSyntax(items.ToEquatableArray());
    }

    private ExpressionSyntax UnaryComma()
    {
        if (!Source.Accept(','))
        {
            return Primary();
        }
        Lexer.SkipSpaceAndNewlines();
        return new ArrayLiteralSyntax([UnaryComma()]);
    }

    private ExpressionSyntax Primary()
    {
        var at = Source.Position;
        var c = Source.Peek();
        if (IsQuote(c))
        {
            return new LiteralSyntax(new StringValue(Quoted()));
        }
        if (c == '$')
        {
            return Variable(commandMode: false);
        }
        if (c == '@')
        {
            return At();
        }
        if (StartsNumber(c))
        {
            var start = Source.Index;
            Source.Next();
            while (char.IsAsciiLetterOrDigit(Source.Peek()) || Source.Peek() == '.')
            {
                Source.Next();
            }
            var text = Source.Text(start, Source.Index);
            return NumberLiteral.Read(text, at) is { } number ? new LiteralSyntax(number) : throw ParserErrors.UnexpectedToken(at, text);
        }
        context.RefuseNonCommand(at);
        if (ParseContext.EndsArgument(c) || c == ',')
        {
            throw context.UnexpectedHere();
        }
        throw NotSupported.At(at, "An unquoted word inside an expression, which PowerShell would run as a command");
    }

    /// <summary><c>$name</c> with its members; in command mode it must end the word.</summary>
    public ExpressionSyntax Variable(bool commandMode)
    {
        var at = Source.Position;
        Source.Next();
        if (Source.Peek() == '(')
        {
            throw NotSupported.At(at, "A subexpression $( … )");
        }
        var name = Lexer.ReadVariableName(at);
        if (name.Length == 0)
        {
            throw ParserErrors.Syntax(at, "InvalidVariableReference",
                "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.");
        }
        RefuseVariableHere(name, at);
        var expression = Members(new VariableSyntax(name, at));
        if (commandMode && !EndsWord(Source.Peek()))
        {
            throw NotSupported.At(at, "A variable inside an unquoted word (write the value in single quotes)");
        }
        return expression;
    }

    /// <summary><c>.Property</c> and <c>.ToString()</c> after a variable, as often as written.</summary>
    private ExpressionSyntax Members(ExpressionSyntax target)
    {
        while (true)
        {
            var at = Source.Position;
            switch (Source.Peek())
            {
                case '[':
                    throw NotSupported.At(at, "Indexing ([…])");
                case ':' when Source.Peek(1) == ':':
                    throw NotSupported.At(at, "Static member access (::)");
                case not '.':
                    return target;
            }
            Source.Next();
            var name = Lexer.ReadIdentifier();
            if (name.Length == 0)
            {
                throw Source.Peek() == '$' || IsQuote(Source.Peek())
                    ? NotSupported.At(at, "A computed or quoted member name")
                    : ParserErrors.MissingPropertyName(at);
            }
            if (!Source.Accept('('))
            {
                target = new PropertySyntax(target, name);
                continue;
            }
            Lexer.SkipSpace();
            if (!Source.Accept(')') || !name.Equals("ToString", StringComparison.OrdinalIgnoreCase))
            {
                throw NotSupported.At(at, $"The method call .{name}(…) (the lab shell calls only .ToString())");
            }
            target = new ToStringSyntax(target);
        }
    }

    /// <summary><c>@( … )</c>; hashtables, here-strings and splatting are refused by name.</summary>
    public ExpressionSyntax At()
    {
        var at = Source.Position;
        var next = Source.Peek(1);
        if (next != '(')
        {
            throw next switch
            {
                '{' => NotSupported.At(at, "A hashtable @{ … }"),
                _ when IsQuote(next) => NotSupported.At(at, "A here-string @' … '@"),
                _ when IsVariableStart(next) => NotSupported.At(at, "Splatting (@name)"),
                _ => context.UnexpectedHere(),
            };
        }
        Source.Next();
        Source.Next();
        Lexer.SkipSpaceAndNewlines();
        if (Source.Accept(')'))
        {
            return new ArraySubexpressionSyntax(null);
        }
        var content = ExpressionList();
        Lexer.SkipSpace();
        var separated = false;
        while (Source.Peek() == ';' || IsNewline(Source.Peek()))
        {
            Source.Next();
            Lexer.SkipSpace();
            separated = true;
        }
        if (separated && !Source.AtEnd && Source.Peek() != ')')
        {
            throw NotSupported.At(Source.Position, "More than one statement inside @( … )");
        }
        if (Source.AtEnd)
        {
            throw ParserErrors.MissingEndParenthesis(at);
        }
        return Source.Accept(')') ? new ArraySubexpressionSyntax(content) : throw context.UnexpectedHere();
    }

    public string Quoted() => IsSingleQuote(Source.Peek()) ? Lexer.ReadSingleQuoted() : Lexer.ReadDoubleQuoted();

    /// <summary>
    /// <c>$_</c> exists only in a ForEach-Object body; a script block argument runs remotely, where the lab shell's
    /// variables do not exist (PowerShell would pass <c>$null</c> silently, so the lab shell refuses instead).
    /// </summary>
    private void RefuseVariableHere(string name, SourcePosition at)
    {
        if (VariableSyntax.Constant(name) is not null)
        {
            return;
        }
        if (context.Blocks.Contains(BlockKind.Remote))
        {
            throw NotSupported.At(at, $"The variable ${name} inside an Invoke-Command script block (the remote session cannot see it)");
        }
        if (name == VariableSyntax.CurrentObject && context.Blocks.Count == 0)
        {
            throw NotSupported.At(at, "$_ outside a ForEach-Object script block");
        }
    }
}
