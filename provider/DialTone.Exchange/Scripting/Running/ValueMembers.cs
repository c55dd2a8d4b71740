using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Running;

/// <summary>
/// <c>.Property</c> and <c>.ToString()</c> on the values a session holds, as PowerShell evaluates them on deserialized
/// Exchange objects, with PowerShell's intrinsic <c>.Count</c> and <c>.Length</c> (0 for <c>$null</c>, 1 for one object,
/// the number of items of an array); what the command model cannot answer exactly (member enumeration over an array,
/// the other .NET members of a scalar) is refused by name.
/// </summary>
internal static class ValueMembers
{
    /// <summary>A property of an object (<c>$null</c> when it has none, as PowerShell outside strict mode 2).</summary>
    public static ExchangeValue Property(ExchangeValue target, string name) => target switch
    {
        ObjectValue obj => obj.Object[name] ?? (IsCountOrLength(name) ? new IntegerValue(1) : ExchangeValue.Null),
        NullValue => IsCountOrLength(name) ? new IntegerValue(0) : ExchangeValue.Null,
        ArrayValue array when IsCountOrLength(name) => new IntegerValue(array.Items.Count),
        ArrayValue => throw Refused($"The property .{name} of an array (member enumeration)"),
        StringValue text when name.Equals("Length", StringComparison.OrdinalIgnoreCase) => new IntegerValue(text.Value.Length),
        _ when IsCountOrLength(name) => new IntegerValue(1),
        _ => throw Refused($"The property .{name} of a {ValueText.TypeNameOf(target)} value"),
    };

    /// <summary>The value's text, as .NET's <c>ToString()</c> writes it for the value kinds that have one form.</summary>
    public static ExchangeValue ToText(ExchangeValue target) => target switch
    {
        NullValue => throw new StatementTerminatedException(new StatementError(RuntimeErrors.InvokeMethodOnNull(), null)),
        StringValue or IntegerValue or BooleanValue or GuidValue or DateTimeValue or ByteSizeValue or UnlimitedValue or TimeSpanValue
            => new StringValue(target.ToDisplayString()),
        _ => throw Refused($".ToString() on a {ValueText.TypeNameOf(target)} value"),
    };

    private static bool IsCountOrLength(string name) =>
        name.Equals("Count", StringComparison.OrdinalIgnoreCase) || name.Equals("Length", StringComparison.OrdinalIgnoreCase);

    private static StatementTerminatedException Refused(string construct) => new(new StatementError(NotSupported.AtRun(construct), null));
}
