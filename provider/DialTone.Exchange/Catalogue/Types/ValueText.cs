using System.Globalization;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>How PowerShell names and prints a value in its messages and conversions.</summary>
internal static class ValueText
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

    /// <summary>How PowerShell writes a value as text (its <c>ToString()</c>), in a message or converting it to a string.</summary>
    public static string TextOf(ExchangeValue value) => value switch
    {
        StringValue text => text.Value,
        DateTimeValue date => date.Value.ToString("MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value.ToDisplayString(),
    };

    /// <summary>The object's type name without the remote-session prefix.</summary>
    public static string ObjectTypeOf(ObjectValue value) => ExchangeTypeNames.Undeserialized(value.Object.TypeName);
}
