using System.Collections.Immutable;
using DialTone.Provider.Values;

namespace DialTone.Provider.Contracts;

/// <summary>
/// Construct: build a component by registering it and its children with the engine's resource monitor
/// (pulumi-protocol.md §5). The inputs are not checked by the engine; dependencies travel inside the values.
/// </summary>
public sealed record ConstructRequest(
    string Project,
    string Stack,
    string Organization,
    string Type,
    string Name,
    string Parent,
    PropertyMap Inputs,
    bool DryRun,
    string MonitorEndpoint,
    ImmutableDictionary<string, string> Providers,
    ImmutableArray<string> Dependencies,
    ResourceOptions Options);

/// <summary>
/// The resource options a component passes on to its own registration, as Pulumi's SDKs do. Aliases matter most:
/// the engine derives the aliases of the component's children from the component's own, so a renamed component
/// keeps its children instead of replacing them.
/// </summary>
public sealed record ResourceOptions(
    bool? Protect = null,
    bool? RetainOnDelete = null,
    string DeletedWith = "",
    ImmutableArray<string> IgnoreChanges = default,
    ImmutableArray<string> ReplaceOnChanges = default,
    ImmutableArray<string> AdditionalSecretOutputs = default,
    ImmutableArray<Alias> Aliases = default,
    CustomTimeouts? CustomTimeouts = null,
    bool? DeleteBeforeReplace = null,
    ImmutableArray<string> ReplaceWith = default);

/// <summary>An earlier identity of a resource (pulumi-protocol.md §3.6): its old URN, or what differed.</summary>
public abstract record Alias;

public sealed record UrnAlias(string Urn) : Alias;

/// <param name="ParentUrn">The old parent; null with <paramref name="NoParent"/> false means the parent did not change.</param>
/// <param name="NoParent">The resource had no parent.</param>
public sealed record SpecAlias(string Name, string Type, string Stack, string Project, string? ParentUrn, bool NoParent) : Alias;

/// <summary>Custom timeouts as the user wrote them ("5m"); empty when not given.</summary>
public sealed record CustomTimeouts(string Create, string Update, string Delete, string Read);

/// <param name="State">The component's outputs; a value's dependencies are the URNs it was computed from.</param>
public sealed record ConstructResponse(string Urn, PropertyMap State);
