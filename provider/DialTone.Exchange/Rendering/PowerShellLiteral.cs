using System.Globalization;
using System.Text;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Rendering;

/// <summary>
/// Writes a value as exactly one literal argument of the Exchange Management Shell, so no value can ever become
/// code. The rules, from PowerShell's tokenizer (tokenizer.cs, CharTraits.cs):
/// <list type="bullet">
/// <item>A string is single-quoted. Inside single quotes nothing is special (<c>$</c>, backtick, <c>;</c>, double
/// quotes, <c>{</c> are plain characters) except the single-quote characters, which PowerShell recognises as
/// <c>'</c> U+0027, <c>‘</c> U+2018, <c>’</c> U+2019, <c>‚</c> U+201A and <c>‛</c> U+201B: any of them ends the string
/// unless another follows it, and then the second is kept. So each of them is written twice.</item>
/// <item>A string holding a line break (CR or LF) is double-quoted instead, so a command stays on one line: there
/// a backtick escapes <c>`</c>, <c>$</c> and the double-quote characters (<c>"</c> U+0022, <c>“</c> U+201C,
/// <c>”</c> U+201D, <c>„</c> U+201E), and CR and LF are written <c>`r</c> and <c>`n</c>.</item>
/// <item><c>$true</c>, <c>$false</c>, <c>$null</c>; whole numbers in decimal (a dash followed by a digit is a
/// number, never a parameter name); an array of two or more as <c>a,b</c>, of one as <c>@(a)</c> (of one array as
/// <c>@(,@(a,b))</c>, since <c>@( … )</c> unrolls an array), empty as <c>@()</c> (PowerShell refuses a leading comma in
/// command arguments); a script block as <c>{ command }</c>.</item>
/// <item>GUIDs, dates, sizes, <c>Unlimited</c> and time spans as the quoted text Exchange parses back to the
/// same value. An object (<see cref="ObjectValue"/>) has no literal form and cannot be rendered; binding never leaves
/// one in a command.</item>
/// </list>
/// </summary>
public static class PowerShellLiteral
{
    /// <summary>The characters PowerShell treats as a single quote.</summary>
    public const string SingleQuotes = "'\u2018\u2019\u201A\u201B";

    /// <summary>The characters PowerShell treats as a double quote.</summary>
    public const string DoubleQuotes = "\"\u201C\u201D\u201E";

    /// <summary><paramref name="text"/> as one string literal.</summary>
    public static string String(string text)
    {
        if (text.Contains('\r') || text.Contains('\n'))
        {
            return DoubleQuoted(text);
        }
        var literal = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            literal.Append(c);
            if (SingleQuotes.Contains(c))
            {
                literal.Append(c);
            }
        }
        return literal.Append('\'').ToString();
    }

    /// <summary><paramref name="value"/> as one argument.</summary>
    /// <param name="value">The value.</param>
    /// <param name="renderScriptBlock">Writes the pipeline of a script block (the renderer's own command syntax).</param>
    /// <exception cref="ArgumentException">The value is an object, which has no literal form.</exception>
    public static string Value(ExchangeValue value, Func<Commands.Pipeline, string> renderScriptBlock) => value switch
    {
        StringValue text => String(text.Value),
        IntegerValue integer => integer.Value.ToString(CultureInfo.InvariantCulture),
        BooleanValue boolean => boolean.Value ? "$true" : "$false",
        SwitchValue switchValue => switchValue.IsPresent ? "$true" : "$false",
        NullValue => "$null",
        ArrayValue { Items.Count: < 2 } array => Bracketed(array, renderScriptBlock),
        ArrayValue array => string.Join(",", array.Items.Select(item => Element(item, renderScriptBlock))),
        GuidValue guid => String(guid.Value.ToString("D")),
        DateTimeValue date => String(date.Value.ToString("o", CultureInfo.InvariantCulture)),
        ByteSizeValue or UnlimitedValue or TimeSpanValue => String(value.ToDisplayString()),
        ScriptBlockValue block => "{ " + renderScriptBlock(block.Pipeline) + " }",
        ObjectValue obj => throw new ArgumentException(
            $"The object '{obj.Object}' ({obj.Object.TypeName}) has no literal form in the shell; pass its identity as a string.",
            nameof(value)),
        _ => throw new ArgumentException($"Unknown value kind {value.GetType().Name}.", nameof(value)),
    };

    // An array inside an array keeps its own brackets, so it stays one element.
    private static string Element(ExchangeValue item, Func<Commands.Pipeline, string> renderScriptBlock) => item is ArrayValue array
        ? Bracketed(array, renderScriptBlock)
        : Value(item, renderScriptBlock);

    // @( … ) unrolls an array it holds, so an array of one array is written with the unary comma: @(,@('a','b')).
    private static string Bracketed(ArrayValue array, Func<Commands.Pipeline, string> renderScriptBlock) =>
        "@(" + (array.Items is [ArrayValue] ? "," : "")
        + string.Join(",", array.Items.Select(inner => Element(inner, renderScriptBlock))) + ")";

    private static string DoubleQuoted(string text)
    {
        var literal = new StringBuilder(text.Length + 8).Append('"');
        foreach (var c in text)
        {
            literal.Append(c switch
            {
                '\r' => "`r",
                '\n' => "`n",
                '`' or '$' => "`" + c,
                _ when DoubleQuotes.Contains(c) => "`" + c,
                _ => c.ToString(),
            });
        }
        return literal.Append('"').ToString();
    }
}
