using DialTone.Provider.Contracts;
using DialTone.Provider.Values;

namespace DialTone.Provider.Resources.Model;

/// <summary>
/// The default Check: every declared input against its shape, at every depth, collecting every failure with its
/// property path; declared defaults filled in. Unknown values (a preview) pass unjudged, and secret or dependency
/// wrappers are kept on what is returned.
/// </summary>
public static class ValueChecker
{
    public static (PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures) Check(ObjectShape shape, PropertyMap news)
    {
        var failures = new List<CheckFailure>();
        var inputs = CheckObject(shape, news, null, failures);
        return (inputs, failures);
    }

    private static PropertyMap CheckObject(ObjectShape shape, PropertyMap values, PropertyPath? at, List<CheckFailure> failures)
    {
        var checkedValues = values;
        foreach (var name in values.Keys.Where(name => shape.Find(name) is null))
        {
            failures.Add(Failure(Step(at, name), ResourceMessages.NotAProperty(Step(at, name), shape)));
        }
        foreach (var property in shape.Properties)
        {
            var path = Step(at, property.Name);
            var value = values.Get(property.Name);
            if (!value.Plain.IsNull)
            {
                checkedValues = checkedValues.With(property.Name, CheckValue(property.Type, value, path, failures));
            }
            else if (property.Default is { } fallback)
            {
                checkedValues = checkedValues.With(property.Name, ValueBinder.FromClr(property.Type, fallback));
            }
            else if (!property.Optional)
            {
                failures.Add(Failure(path, ResourceMessages.Required(path, property)));
            }
        }
        return checkedValues;
    }

    private static PropertyValue CheckValue(TypeShape shape, PropertyValue value, PropertyPath path, List<CheckFailure> failures)
    {
        var plain = value.Plain;
        if (plain.IsComputed)
        {
            return value;
        }
        if (shape.Kind == ShapeKind.Integer && plain.TryGetNumber(out var whole) && double.IsInteger(whole) && !shape.HoldsInteger(whole))
        {
            failures.Add(Failure(path, ResourceMessages.OutOfRange(path, shape, value)));
            return value;
        }
        var checkedValue = shape.Kind switch
        {
            ShapeKind.String when plain.TryGetString(out _) => plain,
            ShapeKind.Integer when plain.TryGetNumber(out var number) && double.IsInteger(number) => plain,
            ShapeKind.Number when plain.TryGetNumber(out _) => plain,
            ShapeKind.Boolean when plain.TryGetBool(out _) => plain,
            ShapeKind.Enum when plain.TryGetString(out var text) && shape.EnumValues.Contains(text) => plain,
            ShapeKind.Array when plain.TryGetArray(out var items) =>
                PropertyValue.Array(items.Select((item, index) => CheckValue(shape.Element!, item, path.AtIndex(index), failures))),
            ShapeKind.Map when plain.TryGetObject(out var map) => PropertyValue.Object(PropertyMap.From(map.Select(entry =>
                KeyValuePair.Create(entry.Key, CheckValue(shape.Element!, entry.Value, path.AtName(entry.Key), failures))))),
            ShapeKind.Object when plain.TryGetObject(out var map) => PropertyValue.Object(CheckObject(shape.Object!, map, path, failures)),
            _ => null,
        };
        if (checkedValue is null)
        {
            failures.Add(Failure(path, ResourceMessages.WrongShape(path, shape, value)));
            return value;
        }
        return checkedValue.WithSecret(value.IsSecret).WithDependencies(value.Dependencies);
    }

    private static PropertyPath Step(PropertyPath? at, string name) => at?.AtName(name) ?? PropertyPath.Root(name);

    private static CheckFailure Failure(PropertyPath path, string reason) => new(path.ToString(), reason);
}
