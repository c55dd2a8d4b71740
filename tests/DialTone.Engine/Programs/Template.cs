using System.Text;
using System.Text.Json.Nodes;

namespace DialTone.Engine.Programs;

/// <summary>
/// Reads Pulumi YAML's interpolation syntax: <c>${resource.path}</c> is an output of another resource, <c>$${</c> is
/// a literal <c>${</c>. A string that is exactly one reference keeps the referenced value's type; anything else
/// becomes a string. C# programs use the same syntax through <see cref="Json"/>.
/// </summary>
internal static class Template
{
    /// <summary>A string with references; <paramref name="resolve"/> turns the text inside <c>${…}</c> into an expression.</summary>
    public static Expression Parse(string text, Func<string, Expression> resolve)
    {
        var parts = ImmutableArray.CreateBuilder<Expression>();
        var literal = new StringBuilder();
        var at = 0;
        while (at < text.Length)
        {
            if (text.AsSpan(at).StartsWith("$${"))
            {
                literal.Append("${");
                at += 3;
            }
            else if (text.AsSpan(at).StartsWith("${"))
            {
                var close = text.IndexOf('}', at);
                if (close < 0)
                {
                    throw new FormatException($"'{text}' has a '${{' without its closing '}}'.");
                }
                if (literal.Length > 0)
                {
                    parts.Add(new ConstantExpression(PropertyValue.String(literal.ToString())));
                    literal.Clear();
                }
                parts.Add(resolve(text[(at + 2)..close].Trim()));
                at = close + 1;
            }
            else
            {
                literal.Append(text[at++]);
            }
        }
        if (literal.Length > 0 || parts.Count == 0)
        {
            parts.Add(new ConstantExpression(PropertyValue.String(literal.ToString())));
        }
        return parts.Count == 1 ? parts[0] : new InterpolationExpression(parts.ToImmutable());
    }

    /// <summary>A reference to another resource's output: <c>name.path</c>.</summary>
    public static Expression Output(string reference)
    {
        var dot = reference.IndexOfAny(['.', '[']);
        return dot > 0
            ? new OutputExpression(reference[..dot], PropertyAccess.Parse(reference[dot..].TrimStart('.')))
            : throw new FormatException($"'${{{reference}}}' names no property: write ${{{reference}.<property>}}.");
    }

    /// <summary>Properties written as a JSON object whose strings may hold <c>${resource.path}</c> references.</summary>
    public static ImmutableArray<KeyValuePair<string, Expression>> Json(string json) =>
        JsonNode.Parse(json) is JsonObject properties
            ? [.. properties.Select(property => KeyValuePair.Create(property.Key, FromJson(property.Value)))]
            : throw new FormatException("Resource properties are written as a JSON object.");

    private static Expression FromJson(JsonNode? node) => node switch
    {
        null => new ConstantExpression(PropertyValue.Null),
        JsonObject properties => new ObjectExpression(
            [.. properties.Select(property => KeyValuePair.Create(property.Key, FromJson(property.Value)))]),
        JsonArray items => new ArrayExpression([.. items.Select(FromJson)]),
        JsonValue value when value.TryGetValue<string>(out var text) => Parse(text, Output),
        JsonValue value when value.TryGetValue<bool>(out var flag) => new ConstantExpression(PropertyValue.Bool(flag)),
        _ => new ConstantExpression(PropertyValue.Number(node.GetValue<double>())),
    };
}
