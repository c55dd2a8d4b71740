using System.Globalization;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary><c>System.Int32</c> and its kin: whole numbers within range, from numbers, numeric text and Booleans.</summary>
internal sealed class IntegerType(string name, string fullName, string shortName, long minimum, long maximum)
    : ParameterType(name, fullName)
{
    public override Conversion Convert(ExchangeValue value, string parameterName)
    {
        long? number = value switch
        {
            IntegerValue integer => integer.Value,
            BooleanValue boolean => boolean.Value ? 1 : 0,
            NullValue => 0,
            StringValue text when long.TryParse(text.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is { } n)
        {
            return n >= minimum && n <= maximum
                ? Conversion.To(new IntegerValue(n))
                : ConversionFailures.WithInner(parameterName, value, FullName,
                    $"Value was either too large or too small for {Article(shortName)} {shortName}.");
        }
        return value switch
        {
            StringValue => ConversionFailures.WithInner(parameterName, value, FullName, "Input string was not in a correct format."),
            ArrayValue => ConversionFailures.ArrayToScalar(parameterName, FullName),
            _ => ConversionFailures.InvalidCast(parameterName, value, FullName),
        };
    }

    private static string Article(string word) => "AEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
