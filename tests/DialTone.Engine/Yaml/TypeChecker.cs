using DialTone.Engine.Programs;

namespace DialTone.Engine.Yaml;

/// <summary>
/// Checks a program's values against the package schemas as Pulumi YAML's analyser does (analyser.go isAssignable):
/// unknown properties, missing required inputs, and values of the wrong type, structurally through objects, lists
/// and maps; strings take numbers and booleans, numbers and integers take each other, an enum takes its values.
/// A <c>${resource.path}</c> is typed from the resource's output properties. Problems are collected, not thrown.
/// </summary>
internal sealed class TypeChecker(IReadOnlyDictionary<string, ResourceSchema> resources, List<string> problems)
{
    /// <summary>A resource's properties against its inputs; <paramref name="where"/> locates the resource.</summary>
    public void CheckInputs(string where, ResourceSchema schema, IReadOnlyList<(string Key, Expression Value, string Where)> properties)
    {
        var owner = $"Resource {schema.Token}";
        foreach (var (key, value, at) in properties)
        {
            if (schema.Inputs.Properties.TryGetValue(key, out var type))
            {
                Check(value, type, key, at);
            }
            else
            {
                problems.Add(YamlMessages.DoesNotExist(at, key, owner, schema.Inputs.Properties.Keys));
            }
        }
        foreach (var required in schema.Inputs.Required.Where(name => properties.All(property => property.Key != name)).Order(StringComparer.Ordinal))
        {
            problems.Add(YamlMessages.MissingRequired(where, required, owner));
        }
    }

    /// <summary>The type of an expression; reading an output a resource does not have is reported.</summary>
    public SchemaType TypeOf(Expression expression, string where) => expression switch
    {
        ConstantExpression constant => TypeOf(constant.Value),
        OutputExpression output => OutputType(output, where),
        InterpolationExpression => SchemaType.String,
        SecretExpression secret => TypeOf(secret.Value, where),
        ArrayExpression array => new ArrayType(array.Items.Length > 0 ? TypeOf(array.Items[0], where) : SchemaType.Any),
        ObjectExpression obj => new ObjectType("", obj.Properties.ToImmutableSortedDictionary(
            property => property.Key, property => TypeOf(property.Value, where), StringComparer.Ordinal), []),
        _ => SchemaType.Any,
    };

    private void Check(Expression value, SchemaType to, string path, string where)
    {
        switch (value, to)
        {
            case (_, PrimitiveType { Name: "any" }):
                return;
            case (SecretExpression secret, _):
                Check(secret.Value, to, path, where);
                return;
            case (ObjectExpression obj, ObjectType type):
                foreach (var (key, item) in obj.Properties)
                {
                    if (type.Properties.TryGetValue(key, out var propertyType))
                    {
                        Check(item, propertyType, $"{path}.{key}", where);
                    }
                    else
                    {
                        problems.Add(YamlMessages.DoesNotExist(where, $"{path}.{key}", type.Token, type.Properties.Keys));
                    }
                }
                foreach (var required in type.Required.Where(name => obj.Properties.All(property => property.Key != name)))
                {
                    problems.Add(YamlMessages.MissingRequired(where, $"{path}.{required}", type.Token));
                }
                return;
            case (ObjectExpression obj, MapType map):
                foreach (var (key, item) in obj.Properties)
                {
                    Check(item, map.Values, $"{path}.{key}", where);
                }
                return;
            case (ArrayExpression array, ArrayType list):
                for (var index = 0; index < array.Items.Length; index++)
                {
                    Check(array.Items[index], list.Items, $"{path}[{index}]", where);
                }
                return;
            case (ConstantExpression { Value: var constant }, EnumType enumeration) when constant.TryGetString(out var text):
                if (!enumeration.Values.Contains(text))
                {
                    problems.Add(YamlMessages.NotAllowed(where, path, text, enumeration));
                }
                return;
        }
        var from = TypeOf(value, where);
        if (!Assignable(from, to))
        {
            problems.Add(YamlMessages.CannotAssign(where, path, from, to));
        }
    }

    private static bool Assignable(SchemaType from, SchemaType to) => (from, to) switch
    {
        (PrimitiveType { Name: "any" }, _) or (_, PrimitiveType { Name: "any" }) => true,
        // An enum's value is a value of its underlying type.
        (EnumType enumeration, _) => Assignable(enumeration.Underlying, to),
        (_, PrimitiveType { Name: "string" }) => from is PrimitiveType { Name: "string" or "number" or "integer" or "boolean" },
        (_, PrimitiveType { Name: "number" or "integer" }) => from is PrimitiveType { Name: "number" or "integer" },
        (_, EnumType enumeration) => Assignable(from, enumeration.Underlying),
        (ArrayType fromList, ArrayType toList) => Assignable(fromList.Items, toList.Items),
        (MapType fromMap, MapType toMap) => Assignable(fromMap.Values, toMap.Values),
        (ObjectType fromObject, MapType toMap) => fromObject.Properties.Values.All(value => Assignable(value, toMap.Values)),
        (ObjectType fromObject, ObjectType toObject) => fromObject.Token == toObject.Token
            || (toObject.Required.All(fromObject.Properties.ContainsKey)
                && fromObject.Properties.All(property => toObject.Properties.TryGetValue(property.Key, out var type) && Assignable(property.Value, type))),
        _ => from == to,
    };

    private SchemaType OutputType(OutputExpression output, string where)
    {
        if (!resources.TryGetValue(output.Resource, out var resource) || output.Path.Steps.Length == 0)
        {
            return SchemaType.Any;
        }
        SchemaType current = resource.Outputs with
        {
            Properties = resource.Outputs.Properties.SetItem("id", SchemaType.String).SetItem("urn", SchemaType.String),
        };
        var path = output.Resource;
        foreach (var step in output.Path.Steps)
        {
            var next = (step, current) switch
            {
                (_, PrimitiveType { Name: "any" }) => SchemaType.Any,
                (string name, ObjectType obj) => obj.Properties.GetValueOrDefault(name),
                (string, MapType map) => map.Values,
                (int, ArrayType list) => list.Items,
                _ => null,
            };
            if (next is null)
            {
                problems.Add(current is ObjectType known && step is string missing
                    ? YamlMessages.DoesNotExist(where, missing, $"Resource {resource.Token}", known.Properties.Keys)
                    : YamlMessages.CannotAccess(where, $"{path}{(step is int index ? $"[{index}]" : $".{step}")}", current));
                return SchemaType.Any;
            }
            path += step is int i ? $"[{i}]" : $".{step}";
            current = next;
        }
        return current;
    }

    /// <summary>The type of a constant: the primitive it is, structurally through lists and objects; null is any.</summary>
    public static SchemaType TypeOf(PropertyValue value) => value.Plain.Match<SchemaType>(
        () => SchemaType.Any,
        _ => SchemaType.Boolean,
        _ => SchemaType.Number,
        _ => SchemaType.String,
        items => new ArrayType(items.Length > 0 ? TypeOf(items[0]) : SchemaType.Any),
        map => new ObjectType("", map.ToImmutableSortedDictionary(entry => entry.Key, entry => TypeOf(entry.Value), StringComparer.Ordinal), []),
        _ => SchemaType.Any,
        _ => SchemaType.Any,
        _ => SchemaType.Any,
        () => SchemaType.Any);
}
