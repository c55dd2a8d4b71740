using System.Globalization;

namespace DialTone.Engine.Deployments;

/// <summary>
/// A property value as the engine prints one into a message with %v (resource.PropertyValue.String): the Go value
/// in braces, such as <c>{5}</c>, <c>{red}</c>, <c>{[{1} {2}]}</c>, <c>{map[a:{1}]}</c>; an unknown as
/// <c>output&lt;string&gt;{}</c>.
/// </summary>
internal static class GoValueText
{
    public static string Of(PropertyValue value) => value.IsSecret
        ? $"{{&{{{Of(value.Plain)}}}}}"
        : value.Match(
            () => "{<nil>}",
            flag => $"{{{(flag ? "true" : "false")}}}",
            number => $"{{{Number(number)}}}",
            text => $"{{{text}}}",
            items => $"{{[{string.Join(" ", items.Select(Of))}]}}",
            map => $"{{map[{string.Join(" ", map.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}:{Of(entry.Value)}"))}]}}",
            asset => $"{{{asset}}}",
            archive => $"{{{archive}}}",
            reference => $"{{{reference.Urn}}}",
            () => "output<string>{}");

    // Go's %v of a float64: the shortest form that reads back, exponents as e+21.
    private static string Number(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E') ? text.Replace("E+", "e+").Replace("E-", "e-") : text;
    }
}
