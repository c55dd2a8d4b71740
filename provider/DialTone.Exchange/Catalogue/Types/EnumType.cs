using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>
/// An enumeration: a name matched ignoring case, or an unambiguous prefix of one (PowerShell's enum
/// disambiguation). The canonical value is the full name as the enumeration spells it. A whole number binds to the
/// name with that value where the values are known (PowerShell's own enumerations, numbered from 0 in declaration
/// order); Exchange does not publish its enumerations' values, so there a number is refused rather than guessed.
/// </summary>
internal sealed class EnumType(string name, string fullName, IReadOnlyList<string> names, bool numberedInOrder = false)
    : ParameterType(name, fullName)
{
    /// <summary>The enumeration's names, in declaration order.</summary>
    public IReadOnlyList<string> Names => names;

    public override Conversion Convert(ExchangeValue value, string parameterName)
    {
        switch (value)
        {
            case NullValue:
                return Conversion.To(value);
            case ArrayValue:
                return ConversionFailures.ArrayToScalar(parameterName, FullName);
            case IntegerValue number:
                return FromNumber(number.Value, parameterName);
        }
        var text = ValueText.TextOf(value).Trim();
        var exact = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return Conversion.To(new StringValue(exact));
        }
        var prefixed = text.Length == 0 ? [] : names.Where(n => n.StartsWith(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return prefixed.Count switch
        {
            1 => Conversion.To(new StringValue(prefixed[0])),
            0 => ConversionFailures.WithInner(parameterName, value, FullName,
                $"Unable to match the identifier name {text} to a valid enumerator name. Specify one of the following "
                    + $"enumerator names and try again:\r\n{string.Join(", ", names)}"),
            _ => ConversionFailures.WithInner(parameterName, value, FullName,
                $"The identifier name {text} cannot be processed because it is either too similar or identical to the "
                    + $"following enumerator names: {string.Join(", ", prefixed)}. Use a more specific identifier name."),
        };
    }

    // LanguagePrimitives.ConvertIntegerToEnum, then ThrowForUndefinedEnum for a value no name has.
    private Conversion FromNumber(long number, string parameterName)
    {
        if (!numberedInOrder)
        {
            return Conversion.Fail(CommandModelErrors.EnumNumberUnknown(parameterName, number, FullName, names));
        }
        return number >= 0 && number < names.Count
            ? Conversion.To(new StringValue(names[(int)number]))
            : Conversion.Fail(PowerShellErrors.CannotConvertArgumentNoMessage(parameterName,
                $"Cannot convert value \"{number}\" to type \"{FullName}\" due to enumeration values that are not valid. Specify one of the "
                    + $"following enumeration values and try again. The possible enumeration values are \"{string.Join(",", names)}\"."));
    }
}
