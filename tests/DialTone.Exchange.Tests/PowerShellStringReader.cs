using System.Text;
using DialTone.Exchange.Rendering;

namespace DialTone.Exchange.Tests;

/// <summary>
/// An independent reading of one PowerShell string token, following PowerShell's tokenizer (ScanStringLiteral,
/// ScanStringExpandable): used to show rendered literals read back as the value and span the whole text.
/// It understands only what a literal needs; a <c>$</c> left unescaped in double quotes fails the reading.
/// </summary>
internal static class PowerShellStringReader
{
    public static string ReadWhole(string token)
    {
        var value = new StringBuilder();
        var quote = token[0];
        var single = PowerShellLiteral.SingleQuotes.Contains(quote);
        Assert.True(single || PowerShellLiteral.DoubleQuotes.Contains(quote), $"{token} does not start with a quote");
        var quotes = single ? PowerShellLiteral.SingleQuotes : PowerShellLiteral.DoubleQuotes;
        var i = 1;
        for (; i < token.Length; i++)
        {
            var c = token[i];
            if (quotes.Contains(c))
            {
                if (i + 1 < token.Length && quotes.Contains(token[i + 1]))
                {
                    value.Append(token[++i]);
                    continue;
                }
                break;
            }
            if (!single && c == '$')
            {
                Assert.Fail($"{token} expands a variable or subexpression");
            }
            if (!single && c == '`')
            {
                var escaped = token[++i];
                value.Append(escaped switch { 'n' => '\n', 'r' => '\r', 't' => '\t', '0' => '\0', _ => escaped });
                continue;
            }
            value.Append(c);
        }
        Assert.Equal(token.Length - 1, i);
        return value.ToString();
    }
}
