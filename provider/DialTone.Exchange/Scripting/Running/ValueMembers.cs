using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Running;

/// <summary>
/// <c>.Property</c> and <c>.ToString()</c> on the values a session holds, as PowerShell evaluates them on deserialized
/// Exchange objects; what the command model cannot answer exactly (member enumeration over an array, the .NET members
/// of a scalar) is refused by name.
/// </summary>
internal static class ValueMembers
{
    /// <summary>A property of an object (<c>$null</c> when it has none, as PowerShell outside strict mode 2).</summary>
    public static ExchangeValue Property(ExchangeValue target, string name) => target switch
    {
        ObjectValue obj => obj.Object[name] ?? ExchangeValue.Null,
        NullValue => ExchangeValue.Null,
        ArrayValue => throw Refused($"The property .{name} of an array (member enumeration)"),
        _ => throw Refused($"The property .{name} of a {ConversionMessages.TypeNameOf(target)} value"),
    };

    /// <summary>The value's text, as .NET's <c>ToString()</c> writes it for the value kinds that have one form.</summary>
    public static ExchangeValue ToText(ExchangeValue target) => target switch
    {
        NullValue => throw new StatementTerminatedException(new StatementError(RuntimeErrors.InvokeMethodOnNull(), null)),
        StringValue or IntegerValue or BooleanValue or GuidValue or DateTimeValue or ByteSizeValue or UnlimitedValue or TimeSpanValue
            => new StringValue(target.ToDisplayString()),
        _ => throw Refused($".ToString() on a {ConversionMessages.TypeNameOf(target)} value"),
    };

    private static StatementTerminatedException Refused(string construct) =>
        new(new StatementError(NotSupported.AtRun(construct), null));
}
