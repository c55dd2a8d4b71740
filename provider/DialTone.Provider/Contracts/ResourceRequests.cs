using DialTone.Provider.Values;

namespace DialTone.Provider.Contracts;

// What the engine asks of one custom resource, free of protobuf types (Rpc/ converts the wire messages).
// Type and Name are always set (taken from the URN when the engine leaves them out); a timeout of null means none
// was given.

public sealed record CreateRequest(string Urn, string Type, string Name, PropertyMap Properties, TimeSpan? Timeout, bool Preview);

/// <param name="Id">The new resource's id; empty only in a preview.</param>
public sealed record CreateResponse(string Id, PropertyMap Properties);

/// <param name="Properties">The last outputs; empty on import.</param>
/// <param name="Inputs">The last checked inputs; null on import.</param>
public sealed record ReadRequest(string Id, string Urn, string Type, string Name, PropertyMap Properties, PropertyMap? Inputs);

/// <param name="Id">The id, or empty when the resource is gone.</param>
/// <param name="Inputs">The inputs that would produce this state (required for import); null keeps the old ones.</param>
public sealed record ReadResponse(string Id, PropertyMap Properties, PropertyMap? Inputs)
{
    public static ReadResponse Gone { get; } = new("", PropertyMap.Empty, null);
}

public sealed record UpdateRequest(
    string Id, string Urn, string Type, string Name, PropertyMap OldOutputs, PropertyMap OldInputs, PropertyMap News,
    IReadOnlyList<string> IgnoreChanges, TimeSpan? Timeout, bool Preview);

public sealed record UpdateResponse(PropertyMap Properties);

public sealed record DeleteRequest(
    string Id, string Urn, string Type, string Name, PropertyMap Properties, PropertyMap OldInputs, TimeSpan? Timeout);
