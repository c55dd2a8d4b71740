using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// An array or <c>MultiValuedProperty</c> of <paramref name="element"/>: an array converts element by element, and a
/// single value becomes an array of one, as PowerShell binds it.
/// </summary>
internal sealed class ArrayType(string name, string fullName, ParameterType element) : ParameterType(name, fullName)
{
    public ParameterType Element => element;

    public override bool TakesTypedText => element.TakesTypedText;

    /// <summary>True for a .NET array (<c>String[]</c>), false for a collection (<c>MultiValuedProperty</c>): their empty-value errors differ.</summary>
    public bool IsArray => FullName.EndsWith("[]", StringComparison.Ordinal);

    public override Conversion Convert(ExchangeValue value, string parameterName)
    {
        if (value is NullValue)
        {
            return Conversion.To(value);
        }
        var items = value is ArrayValue array ? array.Items : [value];
        var converted = new List<ExchangeValue>(items.Count);
        foreach (var item in items)
        {
            var conversion = element.Convert(item, parameterName);
            if (!conversion.Succeeded)
            {
                return conversion;
            }
            converted.Add(conversion.Value!);
        }
        return Conversion.To(new ArrayValue(converted.ToEquatableArray()));
    }
}
