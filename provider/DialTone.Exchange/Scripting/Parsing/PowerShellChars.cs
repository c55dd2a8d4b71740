using DialTone.Exchange.Rendering;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>The character classes of PowerShell's tokenizer (CharTraits.cs in the PowerShell source).</summary>
internal static class PowerShellChars
{
    /// <summary><c>-</c> and the dashes word processors put in pasted runbooks: en dash, em dash, horizontal bar.</summary>
    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2015';

    public static bool IsSingleQuote(char c) => PowerShellLiteral.SingleQuotes.Contains(c);

    public static bool IsDoubleQuote(char c) => PowerShellLiteral.DoubleQuotes.Contains(c);

    public static bool IsQuote(char c) => IsSingleQuote(c) || IsDoubleQuote(c);

    public static bool IsNewline(char c) => c is '\r' or '\n';

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f' or '\v' or '\u0085' || (c >= 128 && char.IsSeparator(c));

    /// <summary>Characters that end an unquoted word (and a parameter name) wherever they appear.</summary>
    public static bool EndsWord(char c) =>
        c is '\0' or '&' or '(' or ')' or ',' or ';' or '{' or '|' or '}' || IsWhitespace(c) || IsNewline(c);

    /// <summary>A character that may start an unbraced variable name after <c>$</c>.</summary>
    public static bool IsVariableStart(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c is '_' or '?' or ':' or '^' or '$' : char.IsLetterOrDigit(c);

    /// <summary>A character that continues a variable name (<c>:</c> makes it scope- or drive-qualified).</summary>
    public static bool IsVariableFollow(char c) => char.IsLetterOrDigit(c) || c is '_' or '?' or ':';

    public static bool IsIdentifierFollow(char c) => char.IsLetterOrDigit(c) || c == '_';
}
