using System.Collections.Immutable;
using System.Reflection;

namespace DialTone.Provider.Resources.Model;

/// <summary>The kinds of value a declared property can hold.</summary>
public enum ShapeKind
{
    String,
    Integer,
    Number,
    Boolean,
    Enum,
    Array,
    Map,
    Object,
}

/// <summary>
/// The shape of a declared property's value, reflected once from its CLR type: a primitive, an enum (its member
/// names are the allowed strings), a list or map of a shape, or a nested record.
/// </summary>
public sealed record TypeShape(
    ShapeKind Kind,
    Type ClrType,
    TypeShape? Element = null,
    ObjectShape? Object = null,
    ImmutableArray<string> EnumValues = default)
{
    /// <summary>How the schema and error messages name this shape.</summary>
    public string Describe() => Kind switch
    {
        ShapeKind.String => "a string",
        ShapeKind.Integer => "an integer",
        ShapeKind.Number => "a number",
        ShapeKind.Boolean => "a boolean",
        ShapeKind.Enum => $"one of: {Messages.Listing(EnumValues)}",
        ShapeKind.Array => "a list",
        ShapeKind.Map => "an object of name/value pairs",
        _ => "an object",
    };

    /// <summary>The name of the schema type a nested record or enum becomes: its CLR type's name.</summary>
    public string SchemaName => ClrType.Name;

    /// <summary>The smallest and largest value an integer shape holds, as its CLR type allows.</summary>
    public (long Min, long Max) IntegerRange => ClrType == typeof(int) ? (int.MinValue, int.MaxValue) : (long.MinValue, long.MaxValue);

    /// <summary>True when an integral number fits <see cref="IntegerRange"/>.</summary>
    public bool HoldsInteger(double number) =>
        double.IsInteger(number) && number >= IntegerRange.Min && number < (double)IntegerRange.Max + 1;
}

/// <summary>One declared property: its wire name, CLR member, shape and attributes.</summary>
public sealed record PropertyShape(
    string Name,
    PropertyInfo Member,
    TypeShape Type,
    string Description,
    bool Optional,
    bool Secret,
    bool ReplaceOnChanges,
    bool RecomputedOnUpdate,
    object? Default)
{
    /// <summary>A user must give it: it is not optional, and no default fills it in.</summary>
    public bool RequiredInput => !Optional && Default is null;

    /// <summary>Always present in the outputs: required, or filled in by its default.</summary>
    public bool AlwaysPresent => !Optional || Default is not null;
}

/// <summary>A record type's declared properties, in declaration order.</summary>
public sealed record ObjectShape(Type ClrType, ImmutableArray<PropertyShape> Properties)
{
    public PropertyShape? Find(string name) => Properties.FirstOrDefault(property => property.Name == name);

    public IEnumerable<string> Names => Properties.Select(property => property.Name);
}
