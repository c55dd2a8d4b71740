using System.Collections.Immutable;

namespace DialTone.Provider.Values;

/// <summary>What a <see cref="PropertyValue"/> holds; exactly one kind at a time.</summary>
public enum PropertyKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
    Asset,
    Archive,
    Resource,
    Computed,
}

/// <summary>
/// A Pulumi property value (pulumi-protocol.md §4.9): one kind, plus two independent flags, <see cref="IsSecret"/>
/// and <see cref="Dependencies"/>, that can only be changed by making a copy. Immutable, with structural equality.
/// <see cref="PropertyKind.Computed"/> is the value that is unknown until an apply (only ever seen in a preview).
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly object? _value;

    private PropertyValue(PropertyKind kind, object? value, bool isSecret, ImmutableArray<string> dependencies)
    {
        Kind = kind;
        _value = value;
        IsSecret = isSecret;
        Dependencies = dependencies.IsDefault ? [] : dependencies;
    }

    public static PropertyValue Null { get; } = new(PropertyKind.Null, null, false, []);

    public static PropertyValue Computed { get; } = new(PropertyKind.Computed, null, false, []);

    public static PropertyValue True { get; } = new(PropertyKind.Bool, true, false, []);

    public static PropertyValue False { get; } = new(PropertyKind.Bool, false, false, []);

    public PropertyKind Kind { get; }

    public bool IsSecret { get; }

    /// <summary>URNs of the resources this value was computed from (output values, §4.9).</summary>
    public ImmutableArray<string> Dependencies { get; }

    public bool IsNull => Kind == PropertyKind.Null;

    public bool IsComputed => Kind == PropertyKind.Computed;

    /// <summary>True when this value or anything inside it is unknown.</summary>
    public bool ContainsUnknowns => Kind switch
    {
        PropertyKind.Computed => true,
        PropertyKind.Array => ((ImmutableArray<PropertyValue>)_value!).Any(item => item.ContainsUnknowns),
        PropertyKind.Object => ((PropertyMap)_value!).Values.Any(item => item.ContainsUnknowns),
        _ => false,
    };

    /// <summary>True when this value or anything inside it is secret.</summary>
    public bool ContainsSecrets => IsSecret || Kind switch
    {
        PropertyKind.Array => ((ImmutableArray<PropertyValue>)_value!).Any(item => item.ContainsSecrets),
        PropertyKind.Object => ((PropertyMap)_value!).Values.Any(item => item.ContainsSecrets),
        _ => false,
    };

    public static PropertyValue Bool(bool value) => value ? True : False;

    public static PropertyValue Number(double value) => new(PropertyKind.Number, value, false, []);

    public static PropertyValue String(string value) => new(PropertyKind.String, value, false, []);

    public static PropertyValue Array(IEnumerable<PropertyValue> items) =>
        new(PropertyKind.Array, items.ToImmutableArray(), false, []);

    public static PropertyValue Object(PropertyMap map) => new(PropertyKind.Object, map, false, []);

    public static PropertyValue FromAsset(Asset asset) => new(PropertyKind.Asset, asset, false, []);

    public static PropertyValue FromArchive(Archive archive) => new(PropertyKind.Archive, archive, false, []);

    public static PropertyValue FromResource(ResourceReference reference) =>
        new(PropertyKind.Resource, reference, false, []);

    public PropertyValue WithSecret(bool isSecret = true) => new(Kind, _value, isSecret, Dependencies);

    public PropertyValue WithDependencies(IEnumerable<string> dependencies) =>
        new(Kind, _value, IsSecret, dependencies.Distinct().Order(StringComparer.Ordinal).ToImmutableArray());

    /// <summary>The same value without the secret flag and dependencies, at the top level only.</summary>
    public PropertyValue Plain => IsSecret || Dependencies.Length > 0 ? new(Kind, _value, false, []) : this;

    /// <summary>The dependencies of this value and of everything inside it.</summary>
    public IEnumerable<string> AllDependencies => Dependencies.Concat(Kind switch
    {
        PropertyKind.Array => ((ImmutableArray<PropertyValue>)_value!).SelectMany(item => item.AllDependencies),
        PropertyKind.Object => ((PropertyMap)_value!).Values.SelectMany(item => item.AllDependencies),
        _ => [],
    }).Distinct();

    /// <summary>The same value with no dependencies at any depth, for an engine that cannot take output values.</summary>
    public PropertyValue WithoutDependencies() => Kind switch
    {
        PropertyKind.Array => new(Kind, ((ImmutableArray<PropertyValue>)_value!).Select(item => item.WithoutDependencies()).ToImmutableArray(), IsSecret, []),
        PropertyKind.Object => new(Kind, PropertyMap.From(((PropertyMap)_value!).Select(item =>
            KeyValuePair.Create(item.Key, item.Value.WithoutDependencies()))), IsSecret, []),
        _ => new(Kind, _value, IsSecret, []),
    };

    public bool TryGetBool(out bool value) => TryGet(PropertyKind.Bool, out value);

    public bool TryGetNumber(out double value) => TryGet(PropertyKind.Number, out value);

    public bool TryGetString(out string value) => TryGetReference(PropertyKind.String, out value);

    public bool TryGetArray(out ImmutableArray<PropertyValue> value) => TryGet(PropertyKind.Array, out value);

    public bool TryGetObject(out PropertyMap value) => TryGetReference(PropertyKind.Object, out value);

    public bool TryGetAsset(out Asset value) => TryGetReference(PropertyKind.Asset, out value);

    public bool TryGetArchive(out Archive value) => TryGetReference(PropertyKind.Archive, out value);

    public bool TryGetResource(out ResourceReference value) => TryGetReference(PropertyKind.Resource, out value);

    /// <summary>Exhaustive dispatch on the kind: every case must be handled.</summary>
    public T Match<T>(
        Func<T> onNull,
        Func<bool, T> onBool,
        Func<double, T> onNumber,
        Func<string, T> onString,
        Func<ImmutableArray<PropertyValue>, T> onArray,
        Func<PropertyMap, T> onObject,
        Func<Asset, T> onAsset,
        Func<Archive, T> onArchive,
        Func<ResourceReference, T> onResource,
        Func<T> onComputed) => Kind switch
    {
        PropertyKind.Null => onNull(),
        PropertyKind.Bool => onBool((bool)_value!),
        PropertyKind.Number => onNumber((double)_value!),
        PropertyKind.String => onString((string)_value!),
        PropertyKind.Array => onArray((ImmutableArray<PropertyValue>)_value!),
        PropertyKind.Object => onObject((PropertyMap)_value!),
        PropertyKind.Asset => onAsset((Asset)_value!),
        PropertyKind.Archive => onArchive((Archive)_value!),
        PropertyKind.Resource => onResource((ResourceReference)_value!),
        _ => onComputed(),
    };

    public bool Equals(PropertyValue? other) =>
        other is not null
        && Kind == other.Kind
        && IsSecret == other.IsSecret
        && Dependencies.SequenceEqual(other.Dependencies)
        && Kind switch
        {
            PropertyKind.Array => ((ImmutableArray<PropertyValue>)_value!).SequenceEqual(
                (ImmutableArray<PropertyValue>)other._value!),
            _ => Equals(_value, other._value),
        };

    public override bool Equals(object? obj) => obj is PropertyValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, IsSecret, Kind == PropertyKind.Array ? 0 : _value);

    /// <summary>The value as messages and logs show it: a secret, at any depth, as <c>secret(***)</c>.</summary>
    public override string ToString()
    {
        if (IsSecret)
        {
            return "secret(***)";
        }
        return Match(
            () => "null",
            value => value ? "true" : "false",
            value => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            value => $"\"{value}\"",
            items => $"[{string.Join(", ", items)}]",
            map => map.ToString(),
            asset => asset.ToString(),
            archive => archive.ToString(),
            reference => reference.ToString(),
            () => "<unknown>");
    }

    private bool TryGet<T>(PropertyKind kind, out T value) where T : struct
    {
        value = Kind == kind ? (T)_value! : default;
        return Kind == kind;
    }

    private bool TryGetReference<T>(PropertyKind kind, out T value) where T : class
    {
        value = Kind == kind ? (T)_value! : null!;
        return Kind == kind;
    }
}
