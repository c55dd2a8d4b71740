namespace DialTone.Provider.Contracts;

/// <summary>
/// Pulumi resource URNs: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;</c>, where the
/// qualified type is the chain of parent types and the type itself joined by '$' (pulumi-protocol.md §5.2).
/// </summary>
public static class Urn
{
    private const string Separator = "::";

    /// <summary>The resource's own type, the last link of the qualified type.</summary>
    public static string Type(string urn) => Parts(urn) is { Length: >= 4 } parts ? parts[2].Split('$')[^1] : "";

    /// <summary>The resource's name, everything after the qualified type (a name may itself contain "::").</summary>
    public static string Name(string urn) => Parts(urn) is { Length: >= 4 } parts ? string.Join(Separator, parts[3..]) : "";

    private static string[] Parts(string urn) =>
        urn.StartsWith("urn:pulumi:", StringComparison.Ordinal) ? urn.Split(Separator) : [];
}
