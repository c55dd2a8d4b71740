
namespace DialTone.Engine.Programs;

/// <summary>
/// A value in a program, as a language host holds it before the engine sees it: known values, outputs of other
/// resources, strings built from both (YAML's <c>"a-${b.serial}"</c>), and objects and lists of these.
/// </summary>
internal abstract record Expression
{
    /// <summary>The resources whose outputs this expression reads.</summary>
    public abstract IEnumerable<string> Resources { get; }
}

internal sealed record ConstantExpression(PropertyValue Value) : Expression
{
    public override IEnumerable<string> Resources => [];
}

/// <summary><c>${resource.path}</c>: an output of another resource; <c>id</c> and <c>urn</c> are its id and URN.</summary>
internal sealed record OutputExpression(string Resource, PropertyAccess Path) : Expression
{
    public override IEnumerable<string> Resources => [Resource];
}

/// <summary>A string made of parts; unknown while any part is.</summary>
internal sealed record InterpolationExpression(ImmutableArray<Expression> Parts) : Expression
{
    public override IEnumerable<string> Resources => Parts.SelectMany(part => part.Resources);
}

internal sealed record ObjectExpression(ImmutableArray<KeyValuePair<string, Expression>> Properties) : Expression
{
    public override IEnumerable<string> Resources => Properties.SelectMany(property => property.Value.Resources);
}

internal sealed record ArrayExpression(ImmutableArray<Expression> Items) : Expression
{
    public override IEnumerable<string> Resources => Items.SelectMany(item => item.Resources);
}

/// <summary>A value the program marks secret (YAML does so for properties the schema declares secret).</summary>
internal sealed record SecretExpression(Expression Value) : Expression
{
    public override IEnumerable<string> Resources => Value.Resources;
}
