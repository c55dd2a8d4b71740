using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// Exchange's <c>Unlimited&lt;T&gt;</c>: the word <c>Unlimited</c> (any case) or a value of <c>T</c>.
/// Text that is neither fails naming the whole type (the inner error text is inferred).
/// </summary>
internal sealed class UnlimitedType(ParameterType inner)
    : ParameterType("Unlimited", $"Microsoft.Exchange.Data.Unlimited`1[{inner.FullName}]")
{
    public ParameterType Inner => inner;

    public override Conversion Convert(ExchangeValue value, string parameterName)
    {
        if (value is UnlimitedValue || value is StringValue text && text.Value.Trim().Equals("Unlimited", StringComparison.OrdinalIgnoreCase))
        {
            return Conversion.To(ExchangeValue.Unlimited);
        }
        var converted = inner.Convert(value, parameterName);
        return converted.Succeeded || value is not StringValue
            ? converted
            : ConversionFailures.WithInner(parameterName, value, FullName, "Input string was not in a correct format.");
    }
}
