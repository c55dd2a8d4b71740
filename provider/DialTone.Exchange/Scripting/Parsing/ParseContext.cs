using DialTone.Exchange.Scripting.Syntax;
using static DialTone.Exchange.Scripting.Parsing.PowerShellChars;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>Where a block's statements run, which decides the variables they may use.</summary>
internal enum BlockKind
{
    /// <summary>The body of ForEach-Object: <c>$_</c> is the current object.</summary>
    ForEach,

    /// <summary>A script block argument (Invoke-Command's): it runs remotely, where no lab shell variable exists.</summary>
    Remote,
}

/// <summary>What the parsers of one script share: the text, its lexer, the blocks open around the current place.</summary>
internal sealed class ParseContext
{
    public ParseContext(string text)
    {
        Source = new SourceReader(text);
        Lexer = new Lexer(Source);
    }

    public SourceReader Source { get; }

    public Lexer Lexer { get; }

    /// <summary>The blocks the parser is inside, innermost on top.</summary>
    public Stack<BlockKind> Blocks { get; } = new();

    public static bool EndsStatement(char c) => c is '\0' or ';' or '}' || IsNewline(c);

    public static bool EndsArgument(char c) => EndsStatement(c) || c is '|' or ')';

    /// <summary>Characters that would start something other than a command or a value, refused by name.</summary>
    public void RefuseNonCommand(SourcePosition at)
    {
        var c = Source.Peek();
        var next = Source.Peek(1);
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
            throw NotSupported.At(at, construct);
        }
    }

    /// <summary>PowerShell's error for the token at the current place, which nothing may start here.</summary>
    public ScriptParseException UnexpectedHere()
    {
        var at = Source.Position;
        var start = Source.Index;
        do
        {
            Source.Next();
        }
        while (!Source.AtEnd && !IsWhitespace(Source.Peek()) && !IsNewline(Source.Peek()));
        return ParserErrors.UnexpectedToken(at, Source.Text(start, Source.Index));
    }
}
