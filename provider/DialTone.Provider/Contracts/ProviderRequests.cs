using DialTone.Provider.Values;

namespace DialTone.Provider.Contracts;

// What the engine asks of the provider as a whole, free of protobuf types (Rpc/ converts the wire messages).

/// <param name="EngineAddress">Where the engine's Engine service listens (host:port).</param>
/// <param name="RootDirectory">The plugin's directory; absent in attach mode.</param>
/// <param name="ProgramDirectory">The Pulumi program's directory; absent in attach mode.</param>
public sealed record HandshakeRequest(string EngineAddress, string? RootDirectory, string? ProgramDirectory);

/// <param name="Args">The checked configuration, which may hold secrets and still carries the engine's version key.</param>
/// <param name="Variables">The deprecated form, "dialtone:config:key" to a string, read when Args is empty.</param>
public sealed record ConfigureRequest(PropertyMap Args, IReadOnlyDictionary<string, string> Variables, string? Urn, string? Id);

/// <summary>Check and CheckConfig: validate the new inputs against the old ones.</summary>
public sealed record CheckRequest(string Urn, string Type, string Name, PropertyMap Olds, PropertyMap News, byte[] RandomSeed);

/// <param name="Property">The property path at fault (see <see cref="PropertyPath"/>).</param>
/// <param name="Reason">What is wrong and how to fix it.</param>
public sealed record CheckFailure(string Property, string Reason);

/// <param name="Inputs">The checked inputs: always present, defaults applied.</param>
public sealed record CheckResponse(PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures);

/// <summary>Diff and DiffConfig: what changes between the old state and the new checked inputs.</summary>
public sealed record DiffRequest(
    string Id, string Urn, string Type, string Name, PropertyMap OldOutputs, PropertyMap OldInputs, PropertyMap News,
    IReadOnlyList<string> IgnoreChanges);

/// <summary>The engine's DiffChanges, with its numbers.</summary>
public enum DiffChanges
{
    Unknown = 0,
    None = 1,
    Some = 2,
}

/// <summary>The engine's PropertyDiff.Kind, with its numbers.</summary>
public enum PropertyDiffKind
{
    Add = 0,
    AddReplace = 1,
    Delete = 2,
    DeleteReplace = 3,
    Update = 4,
    UpdateReplace = 5,
}

public sealed record PropertyDiff(PropertyDiffKind Kind, bool InputDiff = true);

/// <param name="Replaces">Top-level properties whose change forces a replacement.</param>
/// <param name="Diffs">Top-level properties that changed.</param>
/// <param name="DetailedDiff">Property paths that changed and how.</param>
public sealed record DiffResponse(
    DiffChanges Changes,
    IReadOnlyList<string> Replaces,
    IReadOnlyList<string> Diffs,
    IReadOnlyDictionary<string, PropertyDiff> DetailedDiff,
    bool DeleteBeforeReplace = false)
{
    public static DiffResponse NoChanges { get; } = new(DiffChanges.None, [], [], new Dictionary<string, PropertyDiff>());
}
