using System.Collections.Immutable;
using DialTone.Provider.Values;

namespace DialTone.Provider.Contracts;

/// <summary>
/// The engine's resource monitor, as Construct uses it (pulumi-protocol.md §5): register the component and its
/// children, then the component's outputs. A child's registration blocks until the engine has created it, so no
/// call has a timeout.
/// </summary>
public interface IResourceMonitor : IDisposable
{
    Task<bool> SupportsFeatureAsync(string feature, CancellationToken cancel);

    Task<RegisterResourceResponse> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken cancel);

    Task RegisterResourceOutputsAsync(string urn, PropertyMap outputs, CancellationToken cancel);
}

/// <param name="Custom">True for a CRUD resource, false for a component.</param>
/// <param name="Object">The inputs; in a preview they may hold unknowns.</param>
/// <param name="PropertyDependencies">For each input, the URNs it was computed from.</param>
/// <param name="Provider">An explicit provider reference "urn::id", or empty to let the engine resolve it.</param>
public sealed record RegisterResourceRequest(
    string Type,
    string Name,
    string Parent,
    bool Custom,
    PropertyMap Object,
    ImmutableArray<string> Dependencies,
    ImmutableDictionary<string, ImmutableArray<string>> PropertyDependencies,
    string Provider,
    ImmutableDictionary<string, string> Providers,
    ResourceOptions Options);

/// <summary>The engine's Result enum, with its numbers.</summary>
public enum RegistrationResult
{
    Success = 0,
    Fail = 1,
    Skip = 2,
}

/// <param name="Id">The id of a custom resource; empty for a component, or in a preview for a new resource.</param>
/// <param name="Object">The resource's outputs; unknown values in a preview.</param>
/// <param name="Unknown">
/// The engine did not create the resource (a targeted update skips it) though it succeeded: its id and any output
/// the reply leaves out are unknown, in a preview or not.
/// </param>
public sealed record RegisterResourceResponse(string Urn, string Id, PropertyMap Object, RegistrationResult Result, bool Unknown);
