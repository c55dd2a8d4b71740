using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// <c>System.String</c>, and Exchange's text-like types (<c>Fqdn</c>, <c>SmtpAddress</c>, …) that parse what an
/// administrator types: any scalar becomes its text, as PowerShell's string conversion does.
/// </summary>
internal sealed class TextType(string name, string fullName, bool isString) : ParameterType(name, fullName)
{
    public override bool IsString => isString;

    public override bool TakesTypedText => true;

    public override Conversion Convert(ExchangeValue value, string parameterName) => value switch
    {
        StringValue or NullValue => Conversion.To(value),
        ArrayValue => ConversionFailures.ArrayToScalar(parameterName, FullName),
        _ => Conversion.To(new StringValue(ValueText.TextOf(value))),
    };
}
