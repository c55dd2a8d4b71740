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

/// <summary>The resource options a component passes on to its own registration.</summary>
public sealed record ResourceOptions(
    bool? Protect = null,
    bool? RetainOnDelete = null,
    string DeletedWith = "",
    ImmutableArray<string> IgnoreChanges = default,
    ImmutableArray<string> ReplaceOnChanges = default,
    ImmutableArray<string> AdditionalSecretOutputs = default);

/// <param name="State">The component's outputs; a value's dependencies are the URNs it was computed from.</param>
public sealed record ConstructResponse(string Urn, PropertyMap State);
