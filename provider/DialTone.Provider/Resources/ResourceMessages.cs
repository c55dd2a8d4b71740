using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Resources;

/// <summary>The wording of the resource model's errors, each naming the property path and the fix.</summary>
public static class ResourceMessages
{
    public static string Required(PropertyPath path, PropertyShape property) =>
        $"{path} is required: set it to {property.Type.Describe()} ({Sentence(property.Description)}).";

    public static string WrongShape(PropertyPath path, TypeShape shape, PropertyValue actual) =>
        $"{path} must be {shape.Describe()}, not {Shown(actual)}.";

    public static string OutOfRange(PropertyPath path, TypeShape shape, PropertyValue actual) =>
        $"{path} must be an integer from {shape.IntegerRange.Min} to {shape.IntegerRange.Max}, not {Shown(actual)}.";

    /// <summary>Checked inputs the model cannot bind: Check let through what it should have refused.</summary>
    public static string CheckMissed(string token, string problem) =>
        $"{token} could not bind its checked inputs: {problem}.";

    /// <summary>A saved state that this version's declarations cannot read (a renamed enum member, say).</summary>
    public static string StateUnreadable(string urn, string problem) =>
        $"The saved state of {urn} cannot be read: {problem}. It was written by a provider version that declared it "
        + "differently. Run this operation with that version, or take the resource out of the stack with "
        + $"`pulumi state delete '{urn}'` and remove what it manages by hand.";

    /// <summary>What a binding found instead of the declared shape.</summary>
    public static string CannotBind(PropertyPath path, TypeShape shape, PropertyValue actual) =>
        $"{path} holds {Shown(actual)}, not {shape.Describe()}";

    public static string NotAProperty(PropertyPath path, ObjectShape shape) =>
        $"{path} is not a property of {shape.ClrType.Name}; remove it. The properties are: {Messages.Listing(shape.Names)}.";

    public static string NoId(string token) =>
        $"{token}: Create returned no id. Every created resource must have one.";

    public static string UnknownOutside(string token, string operation) =>
        $"{token}: {operation} returned an unknown value outside a preview.";

    public static string CannotUpdate(string token) =>
        $"{token} cannot update, yet the engine asked it to: its Diff should have replaced.";

    public static string NotImportable(string token) =>
        $"{token} cannot be imported or read by its id: it does not implement reading its state (a refresh keeps the state it has).";

    /// <summary>A value as a message shows it: a secret only by its kind, so no message ever carries one.</summary>
    private static string Shown(PropertyValue value) => value.IsSecret ? $"a secret {KindName(value.Plain)}" : value.ToString();

    private static string KindName(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Bool => "boolean",
        PropertyKind.Array => "list",
        PropertyKind.Resource => "resource reference",
        PropertyKind.Computed => "unknown value",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string Sentence(string description) => description.TrimEnd('.').Length == 0
        ? "no description"
        : char.ToLowerInvariant(description[0]) + description.TrimEnd('.')[1..];
}
