using System.Globalization;

namespace DialTone.Engine.Programs;

/// <summary>
/// Evaluates expressions as a language host resolves outputs: a value read from another resource depends on it
/// (its URN travels with the value), is secret when what it was read from is, and is unknown while that is
/// unknown (in a preview, the outputs of a resource that does not exist yet).
/// </summary>
internal static class Evaluator
{
    public static PropertyValue Evaluate(Expression expression, Func<string, ResourceOutputs> resources) => expression switch
    {
        ConstantExpression constant => constant.Value,
        OutputExpression output => Read(output, resources(output.Resource)),
        InterpolationExpression interpolation => Interpolate(interpolation, resources),
        ObjectExpression obj => PropertyValue.Object(PropertyMap.From(obj.Properties.Select(property =>
            KeyValuePair.Create(property.Key, Evaluate(property.Value, resources))))),
        ArrayExpression array => PropertyValue.Array(array.Items.Select(item => Evaluate(item, resources))),
        SecretExpression secret => Evaluate(secret.Value, resources).WithSecret(),
        _ => throw new InvalidOperationException($"Unknown expression {expression}."),
    };

    private static PropertyValue Read(OutputExpression output, ResourceOutputs resource)
    {
        var value = output.Path.Steps is [string only] && only is "id" or "urn"
            ? only == "urn" ? PropertyValue.String(resource.Urn)
                : resource.Id.Length == 0 ? PropertyValue.Computed : PropertyValue.String(resource.Id)
            : output.Path.Get(PropertyValue.Object(resource.Outputs)) ?? PropertyValue.Null;
        return value.WithDependencies([resource.Urn]);
    }

    private static PropertyValue Interpolate(InterpolationExpression interpolation, Func<string, ResourceOutputs> resources)
    {
        var parts = interpolation.Parts.Select(part => Evaluate(part, resources)).ToList();
        var dependencies = parts.SelectMany(part => part.AllDependencies).Distinct();
        var secret = parts.Any(part => part.ContainsSecrets);
        var text = parts.Any(part => part.ContainsUnknowns)
            ? PropertyValue.Computed
            : PropertyValue.String(string.Concat(parts.Select(part => Text(part.Plain))));
        return text.WithSecret(secret).WithDependencies(dependencies);
    }

    // As Go's %v writes the values YAML interpolates.
    private static string Text(PropertyValue value) => value.Match(
        () => "",
        flag => flag ? "true" : "false",
        number => number.ToString(CultureInfo.InvariantCulture),
        text => text,
        _ => throw Unprintable("a list"),
        _ => throw Unprintable("an object"),
        _ => throw Unprintable("an asset"),
        _ => throw Unprintable("an archive"),
        _ => throw Unprintable("a resource"),
        () => "");

    private static FormatException Unprintable(string what) => new($"Cannot interpolate {what} into a string.");
}
