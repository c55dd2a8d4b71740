using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using DialTone.Provider.Contracts;
using DialTone.Provider.Values;

namespace DialTone.Provider.Resources.Model;

/// <summary>
/// Typed binding both ways: property values into a declared record, and a record back into property values
/// (declared secrets wrapped). Binding needs known values: the model never binds during a preview. What cannot be
/// bound is reported by whose fault it is: checked inputs that do not bind are a bug in the provider; a saved state
/// that does not bind was written by a provider that declared it differently.
/// </summary>
public static class ValueBinder
{
    private static readonly MethodInfo MakeArrayMethod = typeof(ValueBinder).GetMethod(nameof(MakeArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo MakeMapMethod = typeof(ValueBinder).GetMethod(nameof(MakeMap), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Binds inputs that Check has passed; a value that does not bind is a bug in the provider.</summary>
    public static T BindChecked<T>(PropertyMap inputs, string token) =>
        Bind<T>(inputs, problem => new ProviderBugException(ResourceMessages.CheckMissed(token, problem)));

    /// <summary>Binds a saved state (old outputs or old inputs); one that does not bind fails the operation cleanly.</summary>
    public static T BindSaved<T>(PropertyMap saved, string urn) =>
        Bind<T>(saved, problem => new OperationFailedException(ResourceMessages.StateUnreadable(urn, problem)));

    public static PropertyMap ToMap<T>(T record) where T : class => ToMap(ShapeReflector.Object(typeof(T)), record);

    public static PropertyMap ToMap(ObjectShape shape, object record) => PropertyMap.From(shape.Properties
        .Select(property => (property, value: property.Member.GetValue(record)))
        .Where(entry => entry.value is not null)
        .Select(entry => KeyValuePair.Create(entry.property.Name,
            FromClr(entry.property.Type, entry.value!).WithSecret(entry.property.Secret))));

    public static PropertyValue FromClr(TypeShape shape, object value) => shape.Kind switch
    {
        ShapeKind.String => PropertyValue.String((string)value),
        ShapeKind.Integer or ShapeKind.Number => PropertyValue.Number(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        ShapeKind.Boolean => PropertyValue.Bool((bool)value),
        ShapeKind.Enum => PropertyValue.String(value.ToString()!),
        ShapeKind.Array => PropertyValue.Array(((IEnumerable)value).Cast<object>().Select(item => FromClr(shape.Element!, item))),
        ShapeKind.Map => PropertyValue.Object(PropertyMap.From(((IDictionary)value).Keys.Cast<string>()
            .Select(key => KeyValuePair.Create(key, FromClr(shape.Element!, ((IDictionary)value)[key]!))))),
        _ => PropertyValue.Object(ToMap(shape.Object!, value)),
    };

    /// <summary>Binds <paramref name="values"/>, turning a value that does not fit into the caller's kind of failure.</summary>
    private static T Bind<T>(PropertyMap values, Func<string, Exception> failure)
    {
        try
        {
            return (T)BindObject(ShapeReflector.Object(typeof(T)), values, null);
        }
        catch (BindingException problem)
        {
            throw failure(problem.Message);
        }
    }

    private static object BindObject(ObjectShape shape, PropertyMap values, PropertyPath? at)
    {
        var record = Activator.CreateInstance(shape.ClrType)!;
        foreach (var property in shape.Properties)
        {
            var value = values.Get(property.Name);
            if (!value.Plain.IsNull)
            {
                property.Member.SetValue(record, ToClr(property.Type, value, at?.AtName(property.Name) ?? PropertyPath.Root(property.Name)));
            }
        }
        return record;
    }

    private static object ToClr(TypeShape shape, PropertyValue value, PropertyPath where)
    {
        var plain = value.Plain;
        return shape.Kind switch
        {
            ShapeKind.String when plain.TryGetString(out var text) => text,
            ShapeKind.Integer when plain.TryGetNumber(out var number) && shape.HoldsInteger(number) =>
                shape.ClrType == typeof(int) ? (int)number : (object)(long)number,
            ShapeKind.Number when plain.TryGetNumber(out var number) => number,
            ShapeKind.Boolean when plain.TryGetBool(out var flag) => flag,
            ShapeKind.Enum when plain.TryGetString(out var text) && shape.EnumValues.Contains(text) => Enum.Parse(shape.ClrType, text),
            ShapeKind.Array when plain.TryGetArray(out var items) => MakeArrayMethod.MakeGenericMethod(shape.Element!.ClrType)
                .Invoke(null, [items.Select((item, index) => ToClr(shape.Element!, item, where.AtIndex(index))).ToList()])!,
            ShapeKind.Map when plain.TryGetObject(out var map) => MakeMapMethod.MakeGenericMethod(shape.Element!.ClrType)
                .Invoke(null, [map.Select(entry => KeyValuePair.Create(entry.Key, ToClr(shape.Element!, entry.Value, where.AtName(entry.Key)))).ToList()])!,
            ShapeKind.Object when plain.TryGetObject(out var map) => BindObject(shape.Object!, map, where),
            _ => throw new BindingException(ResourceMessages.CannotBind(where, shape, value)),
        };
    }

    private static ImmutableArray<T> MakeArray<T>(List<object> items) => [.. items.Cast<T>()];

    private static ImmutableDictionary<string, T> MakeMap<T>(List<KeyValuePair<string, object>> entries) =>
        entries.ToImmutableDictionary(entry => entry.Key, entry => (T)entry.Value);

    /// <summary>A value that does not fit its declared shape; the message names its path.</summary>
    private sealed class BindingException(string message) : Exception(message);
}
