using DialTone.Provider.Contracts;

namespace DialTone.Engine.State;

/// <summary>
/// URNs as the engine makes them (pulumi-protocol.md §5.2): <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified
/// type&gt;::&lt;name&gt;</c>, the qualified type being the parent's qualified type, '$', and the type; the root stack
/// type is left out. Provider references are <c>&lt;provider urn&gt;::&lt;id&gt;</c>.
/// </summary>
internal static class Urns
{
    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>The id of a provider that does not exist yet, in a preview.</summary>
    public const string UnknownId = Provider.Rpc.ValueConverter.UnknownString;

    public static string For(string stack, string project, string type, string name, string? parentUrn)
    {
        var parentType = parentUrn is null || Type(parentUrn) == StackType ? null : QualifiedType(parentUrn);
        return $"urn:pulumi:{stack}::{project}::{(parentType is null ? type : $"{parentType}${type}")}::{name}";
    }

    public static string Name(string urn) => Urn.Name(urn);

    public static string Type(string urn) => Urn.Type(urn);

    public static string Reference(string providerUrn, string id) => $"{providerUrn}::{id}";

    private static string QualifiedType(string urn) => urn.Split("::")[2];
}
