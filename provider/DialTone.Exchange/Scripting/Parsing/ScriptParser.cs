using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Scripting.Parsing.PowerShellChars;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// Parses Exchange Management Shell script text into statements: what <see cref="Rendering.ShellRenderer"/> writes
/// (cmdlets, named parameters, switches, <c>-Switch:$false</c>, quoted strings with PowerShell's escaping, numbers,
/// <c>$true</c>/<c>$false</c>/<c>$null</c>, arrays), plus the constructs of Microsoft's dial tone procedure: pipelines,
/// <c>$name = &lt;pipeline&gt;</c>, <c>$name | %{ Cmdlet -Param $_.Property }</c> and <c>Invoke-Command -ComputerName …
/// -ScriptBlock { … }</c>. Anything else fails with a <see cref="ScriptParseException"/> naming the construct, before
/// anything runs. Written by hand: no .NET library parses PowerShell outside Windows PowerShell itself.
/// </summary>
public sealed partial class ScriptParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "begin", "break", "catch", "class", "configuration", "continue", "data", "do", "dynamicparam", "else", "elseif",
        "end", "enum", "exit", "filter", "finally", "for", "foreach", "function", "if", "inlinescript", "parallel", "param",
        "process", "return", "sequence", "switch", "throw", "trap", "try", "until", "using", "while", "workflow",
    };

    private readonly SourceReader _source;
    private readonly Lexer _lexer;
    private readonly Stack<BlockKind> _blocks = new();

    private ScriptParser(string text)
    {
        _source = new SourceReader(text);
        _lexer = new Lexer(_source);
    }

    /// <summary>Where a block's statements run, which decides the variables they may use.</summary>
    private enum BlockKind
    {
        /// <summary>The body of ForEach-Object: <c>$_</c> is the current object.</summary>
        ForEach,

        /// <summary>A script block argument (Invoke-Command's): it runs remotely, where no lab shell variable exists.</summary>
        Remote,
    }

    /// <summary>Parses <paramref name="text"/> (a whole script, or one line).</summary>
    /// <exception cref="ScriptParseException">The text does not parse, or uses a construct the lab shell does not run.</exception>
    public static ScriptSyntax Parse(string text) => new(new ScriptParser(text).Statements(openBrace: null));

    private EquatableArray<StatementSyntax> Statements(SourcePosition? openBrace)
    {
        var statements = new List<StatementSyntax>();
        while (true)
        {
            do
            {
                _lexer.SkipSpaceAndNewlines();
            }
            while (_source.Accept(';'));
            if (_source.AtEnd)
            {
                return openBrace is { } brace ? throw ScriptErrors.MissingEndCurlyBrace(brace) : statements.ToEquatableArray();
            }
            if (_source.Peek() == '}')
            {
                if (openBrace is null)
                {
                    throw ScriptErrors.UnexpectedToken(_source.Position, "}");
                }
                _source.Next();
                return statements.ToEquatableArray();
            }
            statements.Add(Statement());
            _lexer.SkipSpace();
            if (!EndsStatement(_source.Peek()))
            {
                throw UnexpectedHere();
            }
        }
    }

    private StatementSyntax Statement()
    {
        var start = _source.Index;
        var position = _source.Position;
        string? variable = null;
        PipelineSyntax pipeline;
        if (StartsExpression())
        {
            var first = ExpressionList();
            _lexer.SkipSpace();
            if (_source.Peek() == '=' && _source.Peek(1) != '=')
            {
                variable = AssignedVariable(first, position);
                _source.Next();
                _lexer.SkipSpaceAndNewlines();
                if (EndsStatement(_source.Peek()))
                {
                    throw ScriptErrors.ExpectedValueExpression(_source.Position);
                }
                pipeline = Pipeline(FirstStage());
            }
            else
            {
                pipeline = Pipeline(ExpressionStage(first));
            }
        }
        else
        {
            pipeline = Pipeline(FirstStage());
        }
        return new StatementSyntax(variable, pipeline, position, _source.Text(start, _lexer.TokenEnd));
    }

    private StageSyntax FirstStage()
    {
        if (StartsExpression())
        {
            var expression = ExpressionList();
            _lexer.SkipSpace();
            return ExpressionStage(expression);
        }
        RefuseKeyword(_source.Position);
        return Stage(first: true);
    }

    private ExpressionStageSyntax ExpressionStage(ExpressionSyntax expression)
    {
        RefuseOperator();
        return new ExpressionStageSyntax(expression);
    }

    private PipelineSyntax Pipeline(StageSyntax first)
    {
        var stages = new List<StageSyntax> { first };
        while (true)
        {
            _lexer.SkipSpace();
            if (!_source.Accept('|'))
            {
                return new PipelineSyntax(stages.ToEquatableArray());
            }
            if (_source.Peek() == '|')
            {
                throw ScriptErrors.NotSupported(_source.Position, "The || operator");
            }
            _lexer.SkipSpaceAndNewlines();
            if (StartsExpression())
            {
                throw ScriptErrors.ExpressionsMustBeFirst(_source.Position);
            }
            stages.Add(Stage(first: false));
        }
    }

    private StageSyntax Stage(bool first)
    {
        var at = _source.Position;
        var c = _source.Peek();
        if (EndsStatement(c) || c == '|')
        {
            throw ScriptErrors.EmptyPipeElement(at);
        }
        RefuseNonCommand(at);
        var name = _lexer.ReadWord();
        if (KnownCommands.IsForEach(name))
        {
            return ForEach(at, first);
        }
        if (KnownCommands.IsUnsupported(name))
        {
            throw ScriptErrors.NotSupported(at, $"The command {name}");
        }
        return new CommandStageSyntax(name, Arguments(), at);
    }

    private ForEachSyntax ForEach(SourcePosition at, bool first)
    {
        if (first)
        {
            throw ScriptErrors.NotSupported(at, "ForEach-Object at the start of a statement (pipe objects into it)");
        }
        if (_blocks.Count > 0)
        {
            throw ScriptErrors.NotSupported(at, _blocks.Peek() == BlockKind.ForEach
                ? "ForEach-Object inside a ForEach-Object script block"
                : "ForEach-Object inside an Invoke-Command script block");
        }
        _lexer.SkipSpace();
        if (_source.Peek() != '{')
        {
            throw ScriptErrors.NotSupported(at, "ForEach-Object without a script block as its only argument (write % { … })");
        }
        var statements = Block(BlockKind.ForEach);
        _lexer.SkipSpace();
        if (!EndsStatement(_source.Peek()) && _source.Peek() != '|')
        {
            throw ScriptErrors.NotSupported(_source.Position, "ForEach-Object with arguments after its script block");
        }
        if (statements is not [{ Variable: null, Pipeline.Stages: [CommandStageSyntax, ..] } body])
        {
            throw ScriptErrors.NotSupported(at, "A ForEach-Object script block that is not one command pipeline");
        }
        return new ForEachSyntax(body.Pipeline, at);
    }

    private EquatableArray<StatementSyntax> Block(BlockKind kind)
    {
        var open = _source.Position;
        _source.Next();
        _blocks.Push(kind);
        var statements = Statements(open);
        _blocks.Pop();
        return statements;
    }

    private string AssignedVariable(ExpressionSyntax target, SourcePosition at) => target switch
    {
        VariableSyntax { Name: VariableSyntax.CurrentObject } => throw ScriptErrors.NotSupported(at, "An assignment to $_"),
        VariableSyntax variable => variable.Name,
        _ => throw ScriptErrors.NotSupported(at, "An assignment to anything but a variable"),
    };

    private bool StartsExpression()
    {
        var c = _source.Peek();
        return IsQuote(c) || char.IsAsciiDigit(c) || c is '$' or '@' or ','
            || ((IsDash(c) || c is '+' or '.') && char.IsAsciiDigit(_source.Peek(1)));
    }

    private void RefuseKeyword(SourcePosition at)
    {
        var length = 0;
        while (!EndsWord(_source.Peek(length)) && IsIdentifierFollow(_source.Peek(length)))
        {
            length++;
        }
        var word = _source.Text(_source.Index, _source.Index + length);
        if (Keywords.Contains(word) && !IsIdentifierFollow(_source.Peek(length)) && _source.Peek(length) != '-')
        {
            throw ScriptErrors.NotSupported(at, $"The '{word.ToLowerInvariant()}' statement");
        }
    }

    /// <summary>What may follow an expression that starts a statement: an operator is refused by name.</summary>
    private void RefuseOperator()
    {
        var at = _source.Position;
        var c = _source.Peek();
        if (IsDash(c) && char.IsLetter(_source.Peek(1)))
        {
            throw ScriptErrors.NotSupported(at, $"The operator '-{_lexer.ReadParameter().Name}'");
        }
        if (c is '+' or '-' or '*' or '/' or '%' or '!' or '=' or '<' or '>')
        {
            throw ScriptErrors.NotSupported(at, $"The operator '{c}'");
        }
    }

    private static bool EndsStatement(char c) => c is '\0' or ';' or '}' || IsNewline(c);

    private ScriptParseException UnexpectedHere()
    {
        var at = _source.Position;
        var start = _source.Index;
        do
        {
            _source.Next();
        }
        while (!_source.AtEnd && !IsWhitespace(_source.Peek()) && !IsNewline(_source.Peek()));
        return ScriptErrors.UnexpectedToken(at, _source.Text(start, _source.Index));
    }
}
