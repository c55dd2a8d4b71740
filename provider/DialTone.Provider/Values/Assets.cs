using System.Collections.Immutable;

namespace DialTone.Provider.Values;

/// <summary>A Pulumi asset: a blob given by exactly one of text, a local path or a URI (pulumi-protocol.md §4.9).</summary>
public sealed record Asset(string Hash, string? Text = null, string? Path = null, string? Uri = null);

/// <summary>
/// A Pulumi archive: a set of named assets or archives, or a local path or URI to one. Only one of
/// <see cref="Assets"/>, <see cref="Path"/> and <see cref="Uri"/> is set.
/// </summary>
public sealed record Archive(string Hash, ImmutableSortedDictionary<string, PropertyValue>? Assets = null,
    string? Path = null, string? Uri = null)
{
    public bool Equals(Archive? other) =>
        other is not null && Hash == other.Hash && Path == other.Path && Uri == other.Uri
        && (Assets is null ? other.Assets is null : other.Assets is not null && PropertyMap.From(Assets).Equals(PropertyMap.From(other.Assets)));

    public override int GetHashCode() => HashCode.Combine(Hash, Path, Uri);
}

/// <summary>
/// A reference to another resource by URN; <see cref="Id"/> is set for custom resources (empty when the id is
/// not known yet, as in a preview) and absent for components.
/// </summary>
public sealed record ResourceReference(string Urn, string? Id = null, string PackageVersion = "");
