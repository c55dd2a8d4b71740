using DialTone.Exchange.Scripting.Syntax;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>A cursor over a script's text that knows its line and column (CR LF, LF and a lone CR each end a line).</summary>
internal sealed class SourceReader(string text)
{
    private int _line = 1;
    private int _lineStart;

    public int Index { get; private set; }

    public bool AtEnd => Index >= text.Length;

    public SourcePosition Position => new(_line, Index - _lineStart + 1);

    /// <summary>The character <paramref name="ahead"/> places on, or <c>'\0'</c> past the end.</summary>
    public char Peek(int ahead = 0) => Index + ahead < text.Length ? text[Index + ahead] : '\0';

    public char Next()
    {
        var c = text[Index++];
        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            _line++;
            _lineStart = Index;
        }
        return c;
    }

    /// <summary>Consumes <paramref name="expected"/> when it comes next.</summary>
    public bool Accept(char expected)
    {
        if (AtEnd || Peek() != expected)
        {
            return false;
        }
        Next();
        return true;
    }

    public string Text(int start, int end) => text[start..end];
}
