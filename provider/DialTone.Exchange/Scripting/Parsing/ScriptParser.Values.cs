using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Scripting.Parsing.PowerShellChars;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// The values of a script: command arguments (command mode, where an unquoted word is a string) and the expressions
/// that start a statement or fill <c>@( … )</c> (expression mode, where an unquoted word would be a command).
/// </summary>
public sealed partial class ScriptParser
{
    private EquatableArray<ArgumentSyntax> Arguments()
    {
        var arguments = new List<ArgumentSyntax>();
        while (true)
        {
            _lexer.SkipSpace();
            var c = _source.Peek();
            if (EndsStatement(c) || c == '|')
            {
                return arguments.ToEquatableArray();
            }
            if (c == ')')
            {
                throw UnexpectedHere();
            }
            arguments.Add(Argument());
        }
    }

    private ArgumentSyntax Argument()
    {
        var at = _source.Position;
        if (IsDash(_source.Peek()))
        {
            var next = _source.Peek(1);
            if (char.IsLetter(next) || next is '_' or '?')
            {
                var (name, colon) = _lexer.ReadParameter();
                if (!colon)
                {
                    return new ParameterTokenSyntax(name, null);
                }
                _lexer.SkipSpace();
                return EndsArgument(_source.Peek())
                    ? throw ScriptErrors.ParameterRequiresArgument(at, name)
                    : new ParameterTokenSyntax(name, CommandValueList());
            }
            if (IsDash(next) && _source.Peek(2) == '%')
            {
                throw ScriptErrors.NotSupported(at, "The stop-parsing token --%");
            }
        }
        return new ValueArgumentSyntax(CommandValueList());
    }

    /// <summary>One argument value, or several joined by commas into an array (<c>a,b</c>).</summary>
    private ExpressionSyntax CommandValueList() =>
        CommaList(CommandValue, c => c == ',' || (IsDash(c) && char.IsLetter(_source.Peek(1))));

    private ExpressionSyntax CommandValue()
    {
        var at = _source.Position;
        var c = _source.Peek();
        if (IsQuote(c))
        {
            var text = Quoted();
            return EndsWord(_source.Peek())
                ? new LiteralSyntax(new StringValue(text))
                : throw ScriptErrors.NotSupported(_source.Position, "Quoted text joined to an unquoted word (write the whole value in quotes)");
        }
        if (c == '$' && (IsVariableStart(_source.Peek(1)) || _source.Peek(1) is '(' or '{'))
        {
            return Variable(commandMode: true);
        }
        switch (c)
        {
            case '@':
                return At();
            case '{':
                var statements = Block(BlockKind.Remote);
                return new ScriptBlockSyntax(statements, at);
            case '(' or '&' or '<' or '>' or '[':
                RefuseNonCommand(at);
                break;
        }
        var word = _lexer.ReadWord();
        if (word.Length > 1 && (char.IsAsciiDigit(word[0]) || word[0] == '*') && word[1] == '>')
        {
            throw ScriptErrors.NotSupported(at, "Redirection (>)");
        }
        return NumberLiteral.Read(word, at) is { } number
            ? new LiteralSyntax(number, word == number.ToDisplayString() ? null : word)
            : new LiteralSyntax(new StringValue(word));
    }

    /// <summary>Expression mode: values joined by commas, each possibly behind a unary comma (<c>,a</c>).</summary>
    private ExpressionSyntax ExpressionList() => CommaList(UnaryComma, _ => false);

    /// <summary>
    /// <paramref name="item"/>, or several joined by commas (a line break may follow a comma) into an array; after a
    /// comma, the end of the argument or what <paramref name="cannotFollowComma"/> says is a missing item.
    /// </summary>
    private ExpressionSyntax CommaList(Func<ExpressionSyntax> item, Func<char, bool> cannotFollowComma)
    {
        var first = item();
        _lexer.SkipSpace();
        if (_source.Peek() != ',')
        {
            return first;
        }
        var items = new List<ExpressionSyntax> { first };
        while (_source.Accept(','))
        {
            _lexer.SkipSpaceAndNewlines();
            if (EndsArgument(_source.Peek()) || cannotFollowComma(_source.Peek()))
            {
                throw ScriptErrors.MissingExpressionAfter(_source.Position, ",");
            }
            items.Add(item());
            _lexer.SkipSpace();
        }
        return new ArrayLiteralSyntax(items.ToEquatableArray());
    }

    private ExpressionSyntax UnaryComma()
    {
        if (!_source.Accept(','))
        {
            return Primary();
        }
        _lexer.SkipSpaceAndNewlines();
        return new ArrayLiteralSyntax([UnaryComma()]);
    }

    private ExpressionSyntax Primary()
    {
        var at = _source.Position;
        var c = _source.Peek();
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
        if (char.IsAsciiDigit(c) || ((IsDash(c) || c is '+' or '.') && char.IsAsciiDigit(_source.Peek(1))))
        {
            var start = _source.Index;
            _source.Next();
            while (char.IsAsciiLetterOrDigit(_source.Peek()) || _source.Peek() == '.')
            {
                _source.Next();
            }
            var text = _source.Text(start, _source.Index);
            return NumberLiteral.Read(text, at) is { } number ? new LiteralSyntax(number) : throw ScriptErrors.UnexpectedToken(at, text);
        }
        RefuseNonCommand(at);
        if (EndsArgument(c) || c == ',')
        {
            throw UnexpectedHere();
        }
        throw ScriptErrors.NotSupported(at, "An unquoted word inside an expression, which PowerShell would run as a command");
    }

    private ExpressionSyntax Variable(bool commandMode)
    {
        var at = _source.Position;
        _source.Next();
        if (_source.Peek() == '(')
        {
            throw ScriptErrors.NotSupported(at, "A subexpression $( … )");
        }
        var name = _lexer.ReadVariableName(at);
        if (name.Length == 0)
        {
            throw ScriptErrors.Syntax(at, "InvalidVariableReference",
                "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.");
        }
        RefuseVariableHere(name, at);
        var expression = Members(new VariableSyntax(name, at));
        if (commandMode && !EndsWord(_source.Peek()))
        {
            throw ScriptErrors.NotSupported(at, "A variable inside an unquoted word (write the value in single quotes)");
        }
        return expression;
    }

    /// <summary><c>.Property</c> and <c>.ToString()</c> after a variable, as often as written.</summary>
    private ExpressionSyntax Members(ExpressionSyntax target)
    {
        while (true)
        {
            var at = _source.Position;
            switch (_source.Peek())
            {
                case '[':
                    throw ScriptErrors.NotSupported(at, "Indexing ([…])");
                case ':' when _source.Peek(1) == ':':
                    throw ScriptErrors.NotSupported(at, "Static member access (::)");
                case not '.':
                    return target;
            }
            _source.Next();
            var name = _lexer.ReadIdentifier();
            if (name.Length == 0)
            {
                throw _source.Peek() == '$' || IsQuote(_source.Peek())
                    ? ScriptErrors.NotSupported(at, "A computed or quoted member name")
                    : ScriptErrors.MissingPropertyName(at);
            }
            if (!_source.Accept('('))
            {
                target = new PropertySyntax(target, name);
                continue;
            }
            _lexer.SkipSpace();
            if (!_source.Accept(')') || !name.Equals("ToString", StringComparison.OrdinalIgnoreCase))
            {
                throw ScriptErrors.NotSupported(at, $"The method call .{name}(…) (the lab shell calls only .ToString())");
            }
            target = new ToStringSyntax(target);
        }
    }

    private ExpressionSyntax At()
    {
        var at = _source.Position;
        var next = _source.Peek(1);
        if (next != '(')
        {
            throw next switch
            {
                '{' => ScriptErrors.NotSupported(at, "A hashtable @{ … }"),
                _ when IsQuote(next) => ScriptErrors.NotSupported(at, "A here-string @' … '@"),
                _ when IsVariableStart(next) => ScriptErrors.NotSupported(at, "Splatting (@name)"),
                _ => UnexpectedHere(),
            };
        }
        _source.Next();
        _source.Next();
        _lexer.SkipSpaceAndNewlines();
        if (_source.Accept(')'))
        {
            return new ArraySubexpressionSyntax(null);
        }
        var content = ExpressionList();
        _lexer.SkipSpace();
        var separated = false;
        while (_source.Peek() == ';' || IsNewline(_source.Peek()))
        {
            _source.Next();
            _lexer.SkipSpace();
            separated = true;
        }
        if (separated && !_source.AtEnd && _source.Peek() != ')')
        {
            throw ScriptErrors.NotSupported(_source.Position, "More than one statement inside @( … )");
        }
        if (_source.AtEnd)
        {
            throw ScriptErrors.MissingEndParenthesis(at);
        }
        return _source.Accept(')') ? new ArraySubexpressionSyntax(content) : throw UnexpectedHere();
    }

    private string Quoted() => IsSingleQuote(_source.Peek()) ? _lexer.ReadSingleQuoted() : _lexer.ReadDoubleQuoted();

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
        if (_blocks.Contains(BlockKind.Remote))
        {
            throw ScriptErrors.NotSupported(at, $"The variable ${name} inside an Invoke-Command script block (the remote session cannot see it)");
        }
        if (name == VariableSyntax.CurrentObject && _blocks.Count == 0)
        {
            throw ScriptErrors.NotSupported(at, "$_ outside a ForEach-Object script block");
        }
    }

    /// <summary>Characters that would start something other than a command or a value, refused by name.</summary>
    private void RefuseNonCommand(SourcePosition at)
    {
        var c = _source.Peek();
        var next = _source.Peek(1);
        var construct = c switch
        {
            '(' => "A parenthesised expression ( … )",
            '[' => "A type literal or cast [type]",
            '{' => "A script block outside Invoke-Command -ScriptBlock and ForEach-Object",
            '&' => "The call operator &",
            '.' when IsWhitespace(next) => "Dot sourcing (. script)",
            '<' or '>' => "Redirection (< or >)",
            '!' => "The operator '!'",
            _ when IsDash(c) && char.IsLetter(next) => "An operator such as -not",
            _ => null,
        };
        if (construct is not null)
        {
            throw ScriptErrors.NotSupported(at, construct);
        }
    }

    private static bool EndsArgument(char c) => c is '\0' or ';' or '}' or '|' or ')' || IsNewline(c);
}
