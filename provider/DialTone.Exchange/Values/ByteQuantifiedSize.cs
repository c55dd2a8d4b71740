using System.Globalization;
using System.Text.RegularExpressions;

namespace DialTone.Exchange.Values;

/// <summary>
/// Exchange's <c>ByteQuantifiedSize</c> text forms. Exchange shows a size in the largest unit that keeps the number
/// at least 1, with four significant digits, then the exact byte count: <c>553.9 GB (594,718,752,768 bytes)</c>,
/// <c>4.519 GB (4,851,990,528 bytes)</c>, <c>787 GB (845,034,815,488 bytes)</c> (published
/// <c>Get-MailboxDatabase -Status</c> output; the four-digit rule is inferred from such samples).
/// </summary>
public static partial class ByteQuantifiedSize
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB", "PB", "EB"];

    /// <summary>The display form, e.g. <c>152.1 MB (159,449,088 bytes)</c>.</summary>
    public static string Format(ulong bytes)
    {
        var unit = 0;
        var scaled = (decimal)bytes;
        while (scaled >= 1024 && unit < Units.Length - 1)
        {
            scaled /= 1024;
            unit++;
        }
        var number = RoundToSignificantDigits(scaled, 4).ToString("0.###", CultureInfo.InvariantCulture);
        return $"{number} {Units[unit]} ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)";
    }

    /// <summary>
    /// Reads a size as Exchange accepts it: a number of bytes (<c>1048576</c>), a number with a unit
    /// (<c>2GB</c>, <c>1.5 MB</c>; B, KB, MB, GB, TB, PB, EB, any case), or the display form (whose exact
    /// byte count wins).
    /// </summary>
    public static bool TryParse(string text, out ulong bytes)
    {
        bytes = 0;
        var display = DisplayForm().Match(text);
        if (display.Success)
        {
            return ulong.TryParse(display.Groups["bytes"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out bytes);
        }
        var quantity = QuantityForm().Match(text);
        if (!quantity.Success
            || !decimal.TryParse(quantity.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        var unit = quantity.Groups["unit"].Success ? quantity.Groups["unit"].Value.ToUpperInvariant() : "B";
        var multiplier = 1m;
        for (var i = 0; i < Array.IndexOf(Units, unit); i++)
        {
            multiplier *= 1024;
        }
        try
        {
            bytes = decimal.ToUInt64(decimal.Floor(number * multiplier));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static decimal RoundToSignificantDigits(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }
        var integerDigits = (int)Math.Floor(Math.Log10((double)value)) + 1;
        return Math.Round(value, Math.Max(0, digits - integerDigits), MidpointRounding.AwayFromZero);
    }

    [GeneratedRegex(@"^\s*[\d.]+\s*[KMGTPE]?B\s*\((?<bytes>[\d,]+) bytes\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisplayForm();

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>[KMGTPE]?B)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuantityForm();
}
