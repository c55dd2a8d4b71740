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
/// anything runs. Written by hand: no .NET library parses PowerShell outside Windows PowerShell itself. This class reads
/// statements and pipelines; <see cref="ArgumentParser"/> reads command arguments, <see cref="ExpressionParser"/> values.
/// </summary>
public sealed class ScriptParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "begin", "break", "catch", "class", "configuration", "continue", "data", "do", "dynamicparam", "else", "elseif",
        "end", "enum", "exit", "filter", "finally", "for", "foreach", "function", "if", "inlinescript", "parallel", "param",
        "process", "return", "sequence", "switch", "throw", "trap", "try", "until", "using", "while", "workflow",
    };

    private readonly ParseContext _context;
    private readonly ExpressionParser _expressions;
    private readonly ArgumentParser _arguments;

    private ScriptParser(string text)
    {
        _context = new ParseContext(text);
        _expressions = new ExpressionParser(_context);
        _arguments = new ArgumentParser(_context, _expressions, Block);
    }

    private SourceReader Source => _context.Source;

    private Lexer Lexer => _context.Lexer;

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
                Lexer.SkipSpaceAndNewlines();
            }
            while (Source.Accept(';'));
            if (Source.AtEnd)
            {
                return openBrace is { } brace ? throw ParserErrors.MissingEndCurlyBrace(brace) : statements.ToEquatableArray();
            }
            if (Source.Peek() == '}')
            {
                if (openBrace is null)
                {
                    throw ParserErrors.UnexpectedToken(Source.Position, "}");
                }
                Source.Next();
                return statements.ToEquatableArray();
            }
            statements.Add(Statement());
            Lexer.SkipSpace();
            if (!ParseContext.EndsStatement(Source.Peek()))
            {
                throw _context.UnexpectedHere();
            }
        }
    }

    private StatementSyntax Statement()
    {
        var start = Source.Index;
        var position = Source.Position;
        string? variable = null;
        PipelineSyntax pipeline;
        if (_expressions.StartsExpression())
        {
            var first = _expressions.ExpressionList();
            Lexer.SkipSpace();
            if (Source.Peek() == '=' && Source.Peek(1) != '=')
            {
                variable = AssignedVariable(first, position);
                Source.Next();
                Lexer.SkipSpaceAndNewlines();
                if (ParseContext.EndsStatement(Source.Peek()))
                {
                    throw ParserErrors.ExpectedValueExpression(Source.Position);
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
        return new StatementSyntax(variable, pipeline, position, Source.Text(start, Lexer.TokenEnd));
    }

    private StageSyntax FirstStage()
    {
        if (_expressions.StartsExpression())
        {
            var expression = _expressions.ExpressionList();
            Lexer.SkipSpace();
            return ExpressionStage(expression);
        }
        RefuseKeyword(Source.Position);
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
            Lexer.SkipSpace();
            if (!Source.Accept('|'))
            {
                return new PipelineSyntax(stages.ToEquatableArray());
            }
            if (Source.Peek() == '|')
            {
                throw NotSupported.At(Source.Position, "The || operator");
            }
            Lexer.SkipSpaceAndNewlines();
            if (_expressions.StartsExpression())
            {
                throw ParserErrors.ExpressionsMustBeFirst(Source.Position);
            }
            stages.Add(Stage(first: false));
        }
    }

    private StageSyntax Stage(bool first)
    {
        var at = Source.Position;
        var c = Source.Peek();
        if (ParseContext.EndsStatement(c) || c == '|')
        {
            throw ParserErrors.EmptyPipeElement(at);
        }
        _context.RefuseNonCommand(at);
        var name = Lexer.ReadWord();
        if (KnownCommands.IsForEach(name))
        {
            return ForEach(at, first);
        }
        if (KnownCommands.IsUnsupported(name))
        {
            throw NotSupported.At(at, $"The command {name}");
        }
        return new CommandStageSyntax(name, _arguments.Arguments(), at);
    }

    private ForEachSyntax ForEach(SourcePosition at, bool first)
    {
        if (first)
        {
            throw NotSupported.At(at, "ForEach-Object at the start of a statement (pipe objects into it)");
        }
        if (_context.Blocks.Count > 0)
        {
            throw NotSupported.At(at, _context.Blocks.Peek() == BlockKind.ForEach
                ? "ForEach-Object inside a ForEach-Object script block"
                : "ForEach-Object inside an Invoke-Command script block");
        }
        Lexer.SkipSpace();
        if (Source.Peek() != '{')
        {
            throw NotSupported.At(at, "ForEach-Object without a script block as its only argument (write % { … })");
        }
        var statements = Block(BlockKind.ForEach);
        Lexer.SkipSpace();
        if (!ParseContext.EndsStatement(Source.Peek()) && Source.Peek() != '|')
        {
            throw NotSupported.At(Source.Position, "ForEach-Object with arguments after its script block");
        }
        if (statements is not [{ Variable: null, Pipeline.Stages: [CommandStageSyntax, ..] } body])
        {
            throw NotSupported.At(at, "A ForEach-Object script block that is not one command pipeline");
        }
        return new ForEachSyntax(body.Pipeline, at);
    }

    /// <summary>The statements of a <c>{ … }</c> block, read with <paramref name="kind"/> open.</summary>
    private EquatableArray<StatementSyntax> Block(BlockKind kind)
    {
        var open = Source.Position;
        Source.Next();
        _context.Blocks.Push(kind);
        var statements = Statements(open);
        _context.Blocks.Pop();
        return statements;
    }

    private static string AssignedVariable(ExpressionSyntax target, SourcePosition at) => target switch
    {
        VariableSyntax { Name: VariableSyntax.CurrentObject } => throw NotSupported.At(at, "An assignment to $_"),
        VariableSyntax variable => variable.Name,
        _ => throw NotSupported.At(at, "An assignment to anything but a variable"),
    };

    private void RefuseKeyword(SourcePosition at)
    {
        var length = 0;
        while (!EndsWord(Source.Peek(length)) && IsIdentifierFollow(Source.Peek(length)))
        {
            length++;
        }
        var word = Source.Text(Source.Index, Source.Index + length);
        if (Keywords.Contains(word) && !IsIdentifierFollow(Source.Peek(length)) && Source.Peek(length) != '-')
        {
            throw NotSupported.At(at, $"The '{word.ToLowerInvariant()}' statement");
        }
    }

    /// <summary>What may follow an expression that starts a statement: an operator is refused by name.</summary>
    private void RefuseOperator()
    {
        var at = Source.Position;
        var c = Source.Peek();
        if (IsDash(c) && char.IsLetter(Source.Peek(1)))
        {
            throw NotSupported.At(at, $"The operator '-{Lexer.ReadParameter().Name}'");
        }
        if (c is '+' or '-' or '*' or '/' or '%' or '!' or '=' or '<' or '>')
        {
            throw NotSupported.At(at, $"The operator '{c}'");
        }
    }
}
