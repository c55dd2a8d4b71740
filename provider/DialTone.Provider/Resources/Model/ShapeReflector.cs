using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;

namespace DialTone.Provider.Resources.Model;

/// <summary>
/// Reflects a record's declared properties once into an <see cref="ObjectShape"/>. Everything the model does later
/// reads that plain data; an unsupported declaration fails here, at start-up, naming Type.Member and the fix.
/// </summary>
public static class ShapeReflector
{
    private static readonly ConcurrentDictionary<Type, ObjectShape> Cache = new();
    private static readonly NullabilityInfoContext Nullability = new();

    public static ObjectShape Object(Type type) => Cache.GetOrAdd(type, Reflect);

    /// <summary>
    /// Refuses two nested records or enums of one name among <paramref name="shapes"/>: each becomes the schema type
    /// of its name, so they would silently share one.
    /// </summary>
    public static void RefuseSharedSchemaNames(IEnumerable<ObjectShape> shapes)
    {
        var owners = new Dictionary<string, Type>();
        void Visit(TypeShape shape)
        {
            if (shape.Element is { } element)
            {
                Visit(element);
                return;
            }
            if (shape.Kind is not (ShapeKind.Enum or ShapeKind.Object))
            {
                return;
            }
            if (owners.TryAdd(shape.SchemaName, shape.ClrType))
            {
                foreach (var property in shape.Object?.Properties ?? [])
                {
                    Visit(property.Type);
                }
            }
            else if (owners[shape.SchemaName] != shape.ClrType)
            {
                throw new DeclarationException($"{owners[shape.SchemaName].FullName} and {shape.ClrType.FullName} would both be "
                    + $"the schema type named {shape.SchemaName}: rename one of them.");
            }
        }
        foreach (var property in shapes.SelectMany(shape => shape.Properties))
        {
            Visit(property.Type);
        }
    }

    private static ObjectShape Reflect(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new DeclarationException($"{type.Name}: declare it as a record with a parameterless constructor and "
                + "init properties, so the model can build it from the engine's values.");
        }
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.IsDefined(typeof(PropertyAttribute)))
            .OrderBy(property => property.MetadataToken)
            .Select(property => Property(type, property))
            .ToImmutableArray();
        return new ObjectShape(type, properties);
    }

    private static PropertyShape Property(Type owner, PropertyInfo member)
    {
        var declared = member.GetCustomAttribute<PropertyAttribute>()!;
        var where = $"{owner.Name}.{member.Name}";
        if (member.SetMethod is null)
        {
            throw new DeclarationException($"{where}: a declared property needs an init accessor ({{ get; init; }}).");
        }
        var nullable = Nullability.Create(member).WriteState == NullabilityState.Nullable;
        if (declared.Optional && !nullable && declared.Default is null)
        {
            throw new DeclarationException($"{where}: an optional property needs a nullable type or a Default.");
        }
        if (!declared.Optional && nullable)
        {
            throw new DeclarationException($"{where}: a nullable property must be declared Optional = true.");
        }
        var name = declared.Name ?? char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        var shape = Shape(where, Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType);
        if (declared.Default is { } fallback && !Fits(shape, fallback))
        {
            throw new DeclarationException($"{where}: the Default {fallback} is not {shape.Describe()}.");
        }
        return new PropertyShape(name, member, shape,
            declared.Description, declared.Optional, declared.Secret, declared.ReplaceOnChanges, declared.RecomputedOnUpdate,
            declared.Default);
    }

    private static bool Fits(TypeShape shape, object fallback) => shape.Kind switch
    {
        ShapeKind.String => fallback is string,
        ShapeKind.Enum => fallback is string name && shape.EnumValues.Contains(name),
        ShapeKind.Boolean => fallback is bool,
        ShapeKind.Integer => fallback is int or long,
        ShapeKind.Number => fallback is int or long or double,
        _ => false,
    };

    private static TypeShape Shape(string where, Type type)
    {
        if (type == typeof(string))
        {
            return new TypeShape(ShapeKind.String, type);
        }
        if (type == typeof(int) || type == typeof(long))
        {
            return new TypeShape(ShapeKind.Integer, type);
        }
        if (type == typeof(double))
        {
            return new TypeShape(ShapeKind.Number, type);
        }
        if (type == typeof(bool))
        {
            return new TypeShape(ShapeKind.Boolean, type);
        }
        if (type.IsEnum)
        {
            return new TypeShape(ShapeKind.Enum, type, EnumValues: [.. Enum.GetNames(type)]);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return new TypeShape(ShapeKind.Array, type, Element: Shape(where, type.GetGenericArguments()[0]));
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>)
            && type.GetGenericArguments()[0] == typeof(string))
        {
            return new TypeShape(ShapeKind.Map, type, Element: Shape(where, type.GetGenericArguments()[1]));
        }
        if (type.IsClass && type.GetProperties().Any(property => property.IsDefined(typeof(PropertyAttribute))))
        {
            return new TypeShape(ShapeKind.Object, type, Object: Object(type));
        }
        throw new DeclarationException($"{where}: {type.Name} is not supported. Use string, int, long, double, bool, an "
            + "enum, ImmutableArray<T>, ImmutableDictionary<string, T> or a record of declared properties.");
    }
}
