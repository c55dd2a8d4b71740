using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// A type whose values an administrator types as text that the type parses: <c>Guid</c>, <c>DateTime</c>,
/// <c>ByteQuantifiedSize</c>, <c>EnhancedTimeSpan</c>, Exchange's local paths. Values already of the parsed kind
/// pass unchanged; unparsable text fails with <paramref name="parseError"/> as the inner error.
/// </summary>
internal sealed class ParsedType<TValue>(
    string name,
    string fullName,
    Func<string, TValue?> parse,
    string parseError,
    Func<long, TValue?>? fromInteger = null) : ParameterType(name, fullName)
    where TValue : ExchangeValue
{
    public override Conversion Convert(ExchangeValue value, string parameterName) => value switch
    {
        NullValue => Conversion.To(value),
        StringValue text => parse(text.Value) is { } parsed
            ? Conversion.To(parsed)
            : ConversionFailures.WithInner(parameterName, value, FullName, parseError),
        TValue => Conversion.To(value),
        IntegerValue integer when fromInteger?.Invoke(integer.Value) is { } converted => Conversion.To(converted),
        ArrayValue => ConversionFailures.ArrayToScalar(parameterName, FullName),
        _ => ConversionFailures.InvalidCast(parameterName, value, FullName),
    };
}
