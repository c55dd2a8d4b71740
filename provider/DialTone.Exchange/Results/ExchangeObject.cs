using DialTone.Exchange.Values;

namespace DialTone.Exchange.Results;

/// <summary>
/// One object a cmdlet outputs: a property bag with Exchange's type name and property names. Property names are
/// unique ignoring case and looked up ignoring case, as PowerShell does.
/// </summary>
/// <example><code>
/// var database = new ExchangeObject(ExchangeTypeNames.MailboxDatabase,
/// [
///     new("Name", "DTDB1"),
///     new("EdbFilePath", @"D:\DialTone\DTDB1.EDB"),
///     new("DatabaseSize", new ByteSizeValue(159_449_088)),
///     new("ProhibitSendReceiveQuota", ExchangeValue.Unlimited),
/// ]);
/// </code></example>
public sealed record ExchangeObject
{
    /// <summary>An object of type <paramref name="typeName"/> with <paramref name="properties"/>.</summary>
    /// <exception cref="ArgumentException">Two properties have the same name.</exception>
    public ExchangeObject(string typeName, EquatableArray<ExchangeProperty> properties)
    {
        var duplicate = properties.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The property '{duplicate.Key}' is given more than once.", nameof(properties));
        }
        TypeName = typeName;
        Properties = properties;
    }

    /// <summary>The .NET type name PowerShell reports, e.g. <see cref="ExchangeTypeNames.Mailbox"/>.</summary>
    public string TypeName { get; }

    /// <summary>The properties, in Exchange's order.</summary>
    public EquatableArray<ExchangeProperty> Properties { get; }

    /// <summary>The value of the property <paramref name="name"/> (any case), or null when there is none.</summary>
    public ExchangeValue? this[string name] =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>This object with the property <paramref name="name"/> set (replaced in place, or appended).</summary>
    public ExchangeObject With(string name, ExchangeValue value)
    {
        var items = Properties.AsImmutableArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (string.Equals(items[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return new(TypeName, new(items.SetItem(i, new ExchangeProperty(items[i].Name, value))));
            }
        }
        return new(TypeName, Properties.Add(new ExchangeProperty(name, value)));
    }

    /// <summary>
    /// What PowerShell prints for the object itself (as in <c>Cannot convert the "New User" value of type …</c>):
    /// its <c>Name</c>, else its <c>Identity</c>, else its type name.
    /// </summary>
    public override string ToString() => (this["Name"] ?? this["Identity"])?.ToDisplayString() ?? TypeName;
}
