namespace DialTone.Engine.Deployments;

/// <summary>
/// What the engine does with unknowns in what a provider returns (rpc.go UnmarshalProperties): depending on the
/// call it keeps them, rejects them naming the key that holds the first one, or drops them.
/// </summary>
internal static class UnknownValues
{
    /// <summary>
    /// The engine's error for the first unknown, in its order (keys sorted, depth first; the key of the innermost
    /// object holding it, "value" inside a secret), or null when there is none.
    /// </summary>
    public static string? Rejection(PropertyMap values) =>
        FirstKey(values) is { } key ? $"unexpected unknown property value for \"{key}\"" : null;

    /// <summary>The values with every unknown left out, as the engine reads them when it neither keeps nor rejects them.</summary>
    public static PropertyMap Drop(PropertyMap values) =>
        PropertyMap.From(values.Where(entry => !IsUnknown(entry.Value)).Select(entry => KeyValuePair.Create(entry.Key, Drop(entry.Value))));

    private static string? FirstKey(PropertyMap values) =>
        values.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => FirstKey(entry.Key, entry.Value)).FirstOrDefault(key => key is not null);

    private static string? FirstKey(string key, PropertyValue value)
    {
        if (value.IsSecret)
        {
            return FirstKey("value", value.Plain);
        }
        return value.IsComputed ? key
            : value.TryGetArray(out var items) ? items.Select(item => FirstKey(key, item)).FirstOrDefault(found => found is not null)
            : value.TryGetObject(out var map) ? FirstKey(map)
            : null;
    }

    // An unknown list item is left as null; an unknown object value, or a secret's unknown value, goes with its key.
    private static PropertyValue Drop(PropertyValue value)
    {
        var plain = value.Plain;
        var dropped = plain.TryGetArray(out var items) ? PropertyValue.Array(items.Select(item => IsUnknown(item) ? PropertyValue.Null : Drop(item)))
            : plain.TryGetObject(out var map) ? PropertyValue.Object(Drop(map))
            : plain;
        return dropped.WithSecret(value.IsSecret).WithDependencies(value.Dependencies);
    }

    private static bool IsUnknown(PropertyValue value) => value.IsComputed;
}
