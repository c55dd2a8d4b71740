using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>Failed conversions, with PowerShell's conversion messages (ExtendedTypeSystem resources).</summary>
internal static class ConversionFailures
{
    /// <summary><c>Cannot convert value "x" to type "T". Error: "inner"</c>, as a <c>Cannot bind parameter</c> error.</summary>
    public static Conversion WithInner(string parameterName, ExchangeValue value, string typeName, string inner) =>
        Conversion.Fail(PowerShellErrors.CannotConvertArgumentNoMessage(
            parameterName, $"Cannot convert value \"{ValueText.TextOf(value)}\" to type \"{typeName}\". Error: \"{inner}\""));

    /// <summary><c>Cannot convert the "x" value of type "V" to type "T".</c>, as a <c>Cannot bind parameter</c> error.</summary>
    public static Conversion InvalidCast(string parameterName, ExchangeValue value, string typeName) =>
        Conversion.Fail(PowerShellErrors.CannotConvertArgumentNoMessage(parameterName, InvalidCastText(value, typeName)));

    /// <summary><c>Cannot convert the "x" value of type "V" to type "T".</c></summary>
    public static string InvalidCastText(ExchangeValue value, string typeName) =>
        $"Cannot convert the \"{ValueText.TextOf(value)}\" value of type \"{ValueText.TypeNameOf(value)}\" to type \"{typeName}\".";

    /// <summary>An array given to a parameter that takes one value.</summary>
    public static Conversion ArrayToScalar(string parameterName, string typeName) =>
        Conversion.Fail(PowerShellErrors.CannotConvertArgument(parameterName, "System.Object[]", typeName, "Specified method is not supported."));
}
