namespace DialTone.Provider.Resources;

/// <summary>
/// Marks a resource or component class with its schema token (<c>dialtone:index:MailboxDatabase</c>) and the
/// description users read in the schema and generated docs.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ResourceAttribute(string token, string description) : Attribute
{
    public string Token { get; } = token;

    public string Description { get; } = description;

    /// <summary>
    /// A replacement deletes the old resource before it creates the new one, instead of after: for resources that
    /// cannot exist twice at once, such as an Exchange mailbox database, whose name is unique in the organization.
    /// </summary>
    public bool DeleteBeforeReplace { get; init; }
}

/// <summary>
/// Declares one property of an inputs or outputs record. This one declaration drives the schema, Check's validation
/// and defaults, typed binding and the default Diff.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PropertyAttribute(string description) : Attribute
{
    public string Description { get; } = description;

    /// <summary>The wire and schema name; the property name in camelCase when not given.</summary>
    public string? Name { get; init; }

    /// <summary>May be left out (the property's type must then be nullable, or <see cref="Default"/> given).</summary>
    public bool Optional { get; init; }

    /// <summary>Always secret in the outputs and marked secret in the schema.</summary>
    public bool Secret { get; init; }

    /// <summary>A change of this input replaces the resource instead of updating it.</summary>
    public bool ReplaceOnChanges { get; init; }

    /// <summary>
    /// An output an update may change though it repeats no input (a generated value, a count, a timestamp): a
    /// preview of an update shows it unknown. Every other output keeps its last value in that preview.
    /// </summary>
    public bool RecomputedOnUpdate { get; init; }

    /// <summary>The value Check fills in when the input is left out (a string, number or boolean).</summary>
    public object? Default { get; init; }
}
