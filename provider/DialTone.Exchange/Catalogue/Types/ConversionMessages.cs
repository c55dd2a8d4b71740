using System.Globalization;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>PowerShell's conversion messages (ExtendedTypeSystem resources) and the type names they quote.</summary>
internal static class ConversionMessages
{
    /// <summary>The .NET type PowerShell names for a value in its messages.</summary>
    public static string TypeNameOf(ExchangeValue value) => value switch
    {
        StringValue => "System.String",
        IntegerValue integer => integer.Value is >= int.MinValue and <= int.MaxValue ? "System.Int32" : "System.Int64",
        BooleanValue => "System.Boolean",
        SwitchValue => "System.Management.Automation.SwitchParameter",
        GuidValue => "System.Guid",
        DateTimeValue => "System.DateTime",
        ByteSizeValue => "Microsoft.Exchange.Data.ByteQuantifiedSize",
        UnlimitedValue => "Microsoft.Exchange.Data.Unlimited`1",
        TimeSpanValue => "Microsoft.Exchange.Data.EnhancedTimeSpan",
        ScriptBlockValue => "System.Management.Automation.ScriptBlock",
        ArrayValue => "System.Object[]",
        ObjectValue obj => obj.Object.TypeName,
        _ => "null",
    };

    /// <summary>How PowerShell quotes a value inside a message (its <c>ToString()</c>).</summary>
    public static string TextOf(ExchangeValue value) => value switch
    {
        StringValue text => text.Value,
        DateTimeValue date => date.Value.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value.ToDisplayString(),
    };

    /// <summary><c>Cannot convert value "x" to type "T". Error: "inner"</c>, as a <c>Cannot bind parameter</c> error.</summary>
    public static Conversion FailWithInner(string parameterName, ExchangeValue value, string typeName, string inner) =>
        Conversion.Fail(PowerShellErrors.CannotConvertArgumentNoMessage(
            parameterName, $"Cannot convert value \"{TextOf(value)}\" to type \"{typeName}\". Error: \"{inner}\""));

    /// <summary><c>Cannot convert the "x" value of type "V" to type "T".</c>, as a <c>Cannot bind parameter</c> error.</summary>
    public static Conversion FailInvalidCast(string parameterName, ExchangeValue value, string typeName) =>
        Conversion.Fail(PowerShellErrors.CannotConvertArgumentNoMessage(parameterName, InvalidCast(value, typeName)));

    /// <summary><c>Cannot convert the "x" value of type "V" to type "T".</c></summary>
    public static string InvalidCast(ExchangeValue value, string typeName) =>
        $"Cannot convert the \"{TextOf(value)}\" value of type \"{TypeNameOf(value)}\" to type \"{typeName}\".";

    /// <summary>An array given to a parameter that takes one value.</summary>
    public static Conversion FailArrayToScalar(string parameterName, string typeName) =>
        Conversion.Fail(PowerShellErrors.CannotConvertArgument(parameterName, "System.Object[]", typeName, "Specified method is not supported."));

    /// <summary>The object's type name without the remote-session prefix.</summary>
    public static string ObjectTypeOf(ObjectValue value) => ExchangeTypeNames.Undeserialized(value.Object.TypeName);
}
