using System.Text.Json.Nodes;

namespace DialTone.Engine.Yaml;

/// <summary>A type in a package schema (pulumi-protocol.md §6), as Pulumi YAML checks values against it.</summary>
internal abstract record SchemaType
{
    public static SchemaType Any { get; } = new PrimitiveType("any");
    public static SchemaType String { get; } = new PrimitiveType("string");
    public static SchemaType Integer { get; } = new PrimitiveType("integer");
    public static SchemaType Number { get; } = new PrimitiveType("number");
    public static SchemaType Boolean { get; } = new PrimitiveType("boolean");

    /// <summary>The type as Pulumi YAML writes it in its messages: string, List&lt;string&gt;, Map&lt;integer&gt;, a token.</summary>
    public abstract string Display { get; }
}

internal sealed record PrimitiveType(string Name) : SchemaType
{
    public override string Display => Name;
}

internal sealed record ArrayType(SchemaType Items) : SchemaType
{
    public override string Display => $"List<{Items.Display}>";
}

internal sealed record MapType(SchemaType Values) : SchemaType
{
    public override string Display => $"Map<{Values.Display}>";
}

/// <summary>An object: a schema type with a token, or the properties a resource takes or gives.</summary>
internal sealed record ObjectType(string Token, ImmutableSortedDictionary<string, SchemaType> Properties, ImmutableHashSet<string> Required)
    : SchemaType
{
    public override string Display => Token;
}

internal sealed record EnumType(string Token, SchemaType Underlying, ImmutableArray<string> Values) : SchemaType
{
    public override string Display => Token;
}

/// <summary>A resource or component of a package: what it takes, what it gives, which inputs and outputs are secret.</summary>
internal sealed record ResourceSchema(string Token, bool IsComponent, ObjectType Inputs, ObjectType Outputs, ImmutableHashSet<string> SecretInputs,
    ImmutableArray<string> SecretOutputs);

/// <summary>
/// A package schema as GetSchema serves it, read for what Pulumi YAML needs (pulumi-yaml packages.go, analyser.go):
/// resource tokens, their input and output properties with types, required inputs, secrecy and isComponent.
/// </summary>
internal sealed class PackageSchema(string name, JsonObject schema)
{
    public string Name { get; } = name;

    public static PackageSchema Parse(string json) =>
        JsonNode.Parse(json) is JsonObject schema && schema["name"]?.GetValue<string>() is { } name
            ? new PackageSchema(name, schema)
            : throw new FormatException("A package schema is a JSON object with a name.");

    public IEnumerable<string> ResourceTokens => (schema["resources"] as JsonObject)?.Select(entry => entry.Key) ?? [];

    public ResourceSchema? Resource(string token)
    {
        if (schema["resources"]?[token] is not JsonObject resource)
        {
            return null;
        }
        var inputs = Properties(token, resource["inputProperties"], resource["requiredInputs"]);
        return new ResourceSchema(token, resource["isComponent"]?.GetValue<bool>() == true, inputs,
            Properties(token, resource["properties"], resource["required"]), [.. Secrets(resource["inputProperties"])],
            [.. Secrets(resource["properties"])]);
    }

    private static IEnumerable<string> Secrets(JsonNode? properties) =>
        (properties as JsonObject)?.Where(entry => entry.Value?["secret"]?.GetValue<bool>() == true).Select(entry => entry.Key) ?? [];

    private ObjectType Properties(string token, JsonNode? properties, JsonNode? required) => new(token,
        (properties as JsonObject)?.ToImmutableSortedDictionary(entry => entry.Key, entry => TypeOf(entry.Value!), StringComparer.Ordinal)
            ?? ImmutableSortedDictionary<string, SchemaType>.Empty,
        (required as JsonArray)?.Select(item => item!.GetValue<string>()).ToImmutableHashSet() ?? []);

    private SchemaType TypeOf(JsonNode spec)
    {
        if (spec["$ref"]?.GetValue<string>() is { } reference)
        {
            return reference.StartsWith("#/types/", StringComparison.Ordinal) ? Named(reference["#/types/".Length..]) : SchemaType.Any;
        }
        return spec["type"]?.GetValue<string>() switch
        {
            "string" => SchemaType.String,
            "integer" => SchemaType.Integer,
            "number" => SchemaType.Number,
            "boolean" => SchemaType.Boolean,
            "array" => new ArrayType(spec["items"] is { } items ? TypeOf(items) : SchemaType.Any),
            "object" => new MapType(spec["additionalProperties"] is { } values ? TypeOf(values) : SchemaType.Any),
            _ => SchemaType.Any,
        };
    }

    private SchemaType Named(string token)
    {
        if (schema["types"]?[token] is not JsonObject type)
        {
            return SchemaType.Any;
        }
        return type["enum"] is JsonArray values
            ? new EnumType(token, TypeOf(type), [.. values.Select(value => value!["value"]!.ToString())])
            : Properties(token, type["properties"], type["required"]);
    }
}
