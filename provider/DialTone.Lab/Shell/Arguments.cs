using System.Globalization;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Values;

namespace DialTone.Lab.Shell;

/// <summary>Reads a bound command's values in the shapes the lab's operations take.</summary>
internal static class Arguments
{
    /// <summary>A text value (a GUID or number as its text).</summary>
    public static string? Text(this BoundCommand command, string name) => AsText(command[name]);

    public static string Required(this BoundCommand command, string name) =>
        command.Text(name) ?? throw new InvalidOperationException($"The catalogue binds -{name} of {command.Definition.Name} as mandatory.");

    public static bool? Flag(this BoundCommand command, string name) => command[name] switch
    {
        BooleanValue b => b.Value,
        SwitchValue s => s.IsPresent,
        _ => null,
    };

    /// <summary>An <c>Unlimited&lt;int&gt;</c>: whether it was given, and its value (null is Unlimited).</summary>
    public static (bool Given, int? Value) Limit(this BoundCommand command, string name) => command[name] switch
    {
        UnlimitedValue => (true, null),
        IntegerValue i => (true, (int)Math.Min(i.Value, int.MaxValue)),
        _ => (false, null),
    };

    public static string? AsText(ExchangeValue? value) => value switch
    {
        null or NullValue => null,
        StringValue s => s.Value,
        GuidValue g => g.Value.ToString(),
        IntegerValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        ArrayValue { Items.Count: 1 } a => AsText(a.Items[0]),
        _ => value.ToDisplayString(),
    };

    public static IReadOnlyList<string> Texts(this BoundCommand command, string name) => command[name] switch
    {
        ArrayValue a => a.Items.Select(AsText).OfType<string>().ToList(),
        var single when AsText(single) is { } text => [text],
        _ => [],
    };
}
