using System.Globalization;
using System.Text.RegularExpressions;
using DialTone.Exchange.Scripting.Syntax;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Parsing;

/// <summary>
/// PowerShell's number literals: a word that reads as a number is one (<c>10</c>, <c>-5</c>, <c>10GB</c>), any other
/// word is a string. Whole numbers become <see cref="IntegerValue"/>s; the kinds the command model has no value for
/// (decimals, hexadecimal with its 32-bit sign rule, numbers beyond Int64) are refused rather than approximated.
/// </summary>
internal static partial class NumberLiteral
{
    /// <summary>The number <paramref name="word"/> (found <paramref name="at"/>) reads as; null when it is a plain word.</summary>
    /// <exception cref="ScriptParseException">The word is a number the lab shell does not support.</exception>
    public static IntegerValue? Read(string word, SourcePosition at)
    {
        var match = WholeNumber().Match(word);
        if (!match.Success)
        {
            return OtherNumber().IsMatch(word)
                ? throw NotSupported.At(at, $"The number '{word}' (decimal, hexadecimal or typed)")
                : null;
        }
        var negative = match.Groups["sign"].Value is { Length: 1 } sign && PowerShellChars.IsDash(sign[0]);
        var multiplier = match.Groups["multiplier"].Value.ToLowerInvariant() switch
        {
            "kb" => 1L << 10,
            "mb" => 1L << 20,
            "gb" => 1L << 30,
            "tb" => 1L << 40,
            "pb" => 1L << 50,
            _ => 1L,
        };
        try
        {
            var number = long.Parse((negative ? "-" : "") + match.Groups["digits"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return new IntegerValue(checked(number * multiplier));
        }
        catch (OverflowException)
        {
            throw NotSupported.At(at, $"The number '{word}', beyond the range of Int64,");
        }
    }

    [GeneratedRegex(@"^(?<sign>[-+\u2013\u2014\u2015])?(?<digits>[0-9]+)l?(?<multiplier>kb|mb|gb|tb|pb)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^[-+\u2013\u2014\u2015]?(0x[0-9a-f]+l?|([0-9]+\.?[0-9]*|\.[0-9]+)(e[-+]?[0-9]+)?[dl]?)(kb|mb|gb|tb|pb)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherNumber();
}
