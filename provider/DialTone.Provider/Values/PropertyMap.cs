using System.Collections;
using System.Collections.Immutable;

namespace DialTone.Provider.Values;

/// <summary>An immutable map of property names to values, ordered by name, with structural equality.</summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyMap>
{
    private readonly ImmutableSortedDictionary<string, PropertyValue> _items;

    private PropertyMap(ImmutableSortedDictionary<string, PropertyValue> items) => _items = items;

    public static PropertyMap Empty { get; } = new(ImmutableSortedDictionary.Create<string, PropertyValue>(StringComparer.Ordinal));

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<PropertyValue> Values => _items.Values;

    public PropertyValue this[string key] => _items[key];

    public static PropertyMap From(IEnumerable<KeyValuePair<string, PropertyValue>> items) =>
        new(Empty._items.SetItems(items));

    public PropertyMap With(string key, PropertyValue value) => new(_items.SetItem(key, value));

    public PropertyMap Without(string key) => new(_items.Remove(key));

    /// <summary>The value under <paramref name="key"/>, or <see cref="PropertyValue.Null"/> when absent.</summary>
    public PropertyValue Get(string key) => _items.GetValueOrDefault(key) ?? PropertyValue.Null;

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, out PropertyValue value) => _items.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, PropertyValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(PropertyMap? other) =>
        other is not null && Count == other.Count && _items.All(item => other.TryGetValue(item.Key, out var value) && item.Value.Equals(value));

    public override bool Equals(object? obj) => obj is PropertyMap other && Equals(other);

    public override int GetHashCode() => Count;

    public override string ToString() => $"{{{string.Join(", ", _items.Select(item => $"{item.Key}: {item.Value}"))}}}";
}
