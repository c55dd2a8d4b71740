using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Resources;

/// <summary>The wording of the resource model's errors, each naming the property path and the fix.</summary>
public static class ResourceMessages
{
    public static string Required(PropertyPath path, PropertyShape property) =>
        $"{path} is required: set it to {property.Type.Describe()} ({Sentence(property.Description)}).";

    public static string WrongShape(PropertyPath path, TypeShape shape, PropertyValue actual) =>
        $"{path} must be {shape.Describe()}, not {actual}.";

    public static string NotAProperty(PropertyPath path, ObjectShape shape) =>
        $"{path} is not a property of {shape.ClrType.Name}; remove it. The properties are: {Messages.Listing(shape.Names)}.";

    public static string NoId(string token) =>
        $"{token}: Create returned no id. Every created resource must have one.";

    public static string UnknownOutside(string token, string operation) =>
        $"{token}: {operation} returned an unknown value outside a preview.";

    public static string NotImportable(string token) =>
        $"{token} cannot be imported or refreshed: it does not implement reading its state.";

    private static string Sentence(string description) => description.TrimEnd('.').Length == 0
        ? "no description"
        : char.ToLowerInvariant(description[0]) + description.TrimEnd('.')[1..];
}
