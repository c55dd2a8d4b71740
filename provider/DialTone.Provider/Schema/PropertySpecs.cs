using System.Text.Json.Nodes;
using DialTone.Provider.Resources.Model;

namespace DialTone.Provider.Schema;

/// <summary>
/// Schema property and type specs (pulumi-protocol.md §6) written from declared shapes. Nested records and enums
/// become named types, <c>&lt;package&gt;:index:&lt;Name&gt;</c>, collected in <see cref="Types"/>.
/// </summary>
public sealed class PropertySpecs(string package)
{
    public JsonObject Types { get; } = [];

    /// <summary>The properties of a shape, and the names an object must carry.</summary>
    public (JsonObject Properties, JsonArray Required) Object(ObjectShape shape, Func<PropertyShape, bool> isRequired)
    {
        var properties = new JsonObject();
        foreach (var property in shape.Properties)
        {
            properties[property.Name] = Property(property);
        }
        return (properties, new JsonArray([.. shape.Properties.Where(isRequired).Select(property => (JsonNode)property.Name)]));
    }

    private JsonObject Property(PropertyShape property)
    {
        var spec = Type(property.Type);
        spec["description"] = property.Description;
        if (property.Default is { } fallback)
        {
            spec["default"] = fallback switch
            {
                bool flag => JsonValue.Create(flag),
                int or long or double => JsonValue.Create(Convert.ToDouble(fallback, System.Globalization.CultureInfo.InvariantCulture)),
                _ => JsonValue.Create(fallback.ToString()),
            };
        }
        if (property.Secret)
        {
            spec["secret"] = true;
        }
        if (property.ReplaceOnChanges)
        {
            spec["willReplaceOnChanges"] = true;
        }
        return spec;
    }

    private JsonObject Type(TypeShape shape) => shape.Kind switch
    {
        ShapeKind.String => new JsonObject { ["type"] = "string" },
        ShapeKind.Integer => new JsonObject { ["type"] = "integer" },
        ShapeKind.Number => new JsonObject { ["type"] = "number" },
        ShapeKind.Boolean => new JsonObject { ["type"] = "boolean" },
        ShapeKind.Array => new JsonObject { ["type"] = "array", ["items"] = Type(shape.Element!) },
        ShapeKind.Map => new JsonObject { ["type"] = "object", ["additionalProperties"] = Type(shape.Element!) },
        ShapeKind.Enum => Reference(shape, () => new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray([.. shape.EnumValues.Select(value => (JsonNode)new JsonObject { ["value"] = value })]),
        }),
        // A schema type serves inputs and outputs alike: a property is required only where the user must give it.
        _ => Reference(shape, () =>
        {
            var (properties, required) = Object(shape.Object!, property => property.RequiredInput);
            return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required };
        }),
    };

    private JsonObject Reference(TypeShape shape, Func<JsonObject> define)
    {
        var token = $"{package}:index:{shape.SchemaName}";
        if (!Types.ContainsKey(token))
        {
            Types[token] = define();
        }
        return new JsonObject { ["$ref"] = $"#/types/{token}" };
    }
}
