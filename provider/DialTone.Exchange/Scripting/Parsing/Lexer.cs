using System.Text;
using DialTone.Exchange.Scripting.Syntax;
using static DialTone.Exchange.Scripting.Parsing.PowerShellChars;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// Reads the lexical pieces of Windows PowerShell 5.1 script text (tokenizer.cs in the PowerShell source): blanks and
/// comments, quoted strings, unquoted words, parameter tokens and variable names. The parser decides which to read,
/// because PowerShell reads the same characters differently in command and expression mode.
/// </summary>
internal sealed class Lexer(SourceReader source)
{
    private int _spaceEnd = -1;

    public SourceReader Source { get; } = source;

    /// <summary>Where the last thing read ends, not counting the blanks and comments skipped after it.</summary>
    public int TokenEnd { get; private set; }

    /// <summary>Skips blanks, line continuations (a backtick before a line break) and comments, not line breaks.</summary>
    public void SkipSpace()
    {
        if (Source.Index != _spaceEnd)
        {
            TokenEnd = Source.Index;
        }
        SkipBlanks();
        _spaceEnd = Source.Index;
    }

    private void SkipBlanks()
    {
        while (!Source.AtEnd)
        {
            var c = Source.Peek();
            if (IsWhitespace(c))
            {
                Source.Next();
            }
            else if (c == '`' && (IsNewline(Source.Peek(1)) || IsWhitespace(Source.Peek(1))))
            {
                Source.Next();
                if (Source.Next() == '\r')
                {
                    Source.Accept('\n');
                }
            }
            else if (c == '#')
            {
                while (!Source.AtEnd && !IsNewline(Source.Peek()))
                {
                    Source.Next();
                }
            }
            else if (c == '<' && Source.Peek(1) == '#')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Skips blanks, comments and line breaks.</summary>
    public void SkipSpaceAndNewlines()
    {
        SkipSpace();
        while (IsNewline(Source.Peek()))
        {
            Source.Next();
            SkipBlanks();
            _spaceEnd = Source.Index;
        }
    }

    /// <summary>A string in single quotes (<c>'…'</c>, any of PowerShell's five single-quote characters): only a doubled quote is special.</summary>
    public string ReadSingleQuoted()
    {
        var start = Source.Position;
        Source.Next();
        var text = new StringBuilder();
        while (!Source.AtEnd)
        {
            var c = Source.Next();
            if (IsSingleQuote(c))
            {
                if (!IsSingleQuote(Source.Peek()))
                {
                    return text.ToString();
                }
                c = Source.Next();
            }
            text.Append(c);
        }
        throw ParserErrors.MissingTerminator(start, '\'');
    }

    /// <summary>
    /// A string in double quotes: a backtick escapes the next character (<c>`n</c>, <c>`r</c>, <c>`t</c>, … as in 5.1),
    /// a doubled quote stands for itself, and a <c>$</c> that would expand a variable or subexpression is refused.
    /// </summary>
    public string ReadDoubleQuoted()
    {
        var start = Source.Position;
        Source.Next();
        var text = new StringBuilder();
        while (!Source.AtEnd)
        {
            var at = Source.Position;
            var c = Source.Next();
            if (c == '`')
            {
                if (Source.AtEnd)
                {
                    break;
                }
                text.Append(Escaped(Source.Next()));
                continue;
            }
            if (IsDoubleQuote(c))
            {
                if (!IsDoubleQuote(Source.Peek()))
                {
                    return text.ToString();
                }
                c = Source.Next();
            }
            else if (c == '$' && ExpandsAfterDollar(Source.Peek()))
            {
                throw NotSupported.At(at, Source.Peek() == '('
                    ? "A subexpression $( … ) inside a double-quoted string"
                    : "Variable expansion inside a double-quoted string (\"…$name…\"; write the value in single quotes)");
            }
            text.Append(c);
        }
        throw ParserErrors.MissingTerminator(start, '"');
    }

    /// <summary>
    /// An unquoted word (PowerShell's generic token), up to a blank or one of <c>&amp; ( ) , ; { | }</c>. A backtick
    /// escapes the next character; quotes or a variable inside the word are refused.
    /// </summary>
    public string ReadWord()
    {
        var text = new StringBuilder();
        while (!EndsWord(Source.Peek()))
        {
            var at = Source.Position;
            var c = Source.Next();
            if (c == '`' && !Source.AtEnd)
            {
                text.Append(Escaped(Source.Next()));
                continue;
            }
            if (IsQuote(c))
            {
                throw NotSupported.At(at, "Quoted text joined to an unquoted word (write the whole value in quotes)");
            }
            if (c == '$' && ExpandsAfterDollar(Source.Peek()))
            {
                throw NotSupported.At(at, "A variable inside an unquoted word (write the value in single quotes)");
            }
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>
    /// A parameter token after its dash: the name up to a blank, one of <c>{ } ( ) ; , | &amp; . [</c>, or a colon,
    /// which attaches the next argument (<c>-Confirm:$false</c>).
    /// </summary>
    public (string Name, bool Colon) ReadParameter()
    {
        var start = Source.Position;
        Source.Next();
        var name = new StringBuilder();
        while (!EndsWord(Source.Peek()) && Source.Peek() is not ('.' or '[' or ':'))
        {
            if (IsQuote(Source.Peek()))
            {
                throw NotSupported.At(start, "Quoted text joined to a parameter name");
            }
            name.Append(Source.Next());
        }
        return (name.ToString(), Source.Accept(':'));
    }

    /// <summary>An unbraced variable name after the <c>$</c>; braced, scope-qualified and special variables are refused.</summary>
    public string ReadVariableName(SourcePosition at)
    {
        var first = Source.Peek();
        if (first == '{')
        {
            throw NotSupported.At(at, "A braced variable name ${…}");
        }
        if (first is '$' or '?' or '^')
        {
            Source.Next();
            throw NotSupported.At(at, $"The automatic variable ${first}");
        }
        var name = new StringBuilder();
        while (IsVariableFollow(Source.Peek()) && !(Source.Peek() == ':' && Source.Peek(1) == ':'))
        {
            name.Append(Source.Next());
        }
        if (name.ToString().Contains(':'))
        {
            throw NotSupported.At(at, $"The scope- or drive-qualified variable ${name}");
        }
        return name.ToString();
    }

    /// <summary>An identifier (a property name after <c>.</c>), possibly empty.</summary>
    public string ReadIdentifier()
    {
        var name = new StringBuilder();
        while (IsIdentifierFollow(Source.Peek()))
        {
            name.Append(Source.Next());
        }
        return name.ToString();
    }

    private static bool ExpandsAfterDollar(char next) => next is '(' or '{' || IsVariableStart(next);

    // Windows PowerShell 5.1's escapes: `e and `u{…} came with PowerShell 6.
    private static char Escaped(char c) => c switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => c,
    };

    private void SkipBlockComment()
    {
        var start = Source.Position;
        Source.Next();
        Source.Next();
        while (!Source.AtEnd)
        {
            if (Source.Next() == '#' && Source.Accept('>'))
            {
                return;
            }
        }
        throw ParserErrors.MissingCommentTerminator(start);
    }
}
