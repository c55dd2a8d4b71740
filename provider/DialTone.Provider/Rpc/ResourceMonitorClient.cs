using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Contracts;
using DialTone.Provider.Values;
using Wire = DialTone.Provider.Protocol;

namespace DialTone.Provider.Rpc;

/// <summary>The engine's pulumirpc.ResourceMonitor, at a Construct request's monitor endpoint.</summary>
public sealed class ResourceMonitorClient(string address) : IResourceMonitor
{
    private const string Service = "pulumirpc.ResourceMonitor";
    private readonly GrpcClient _client = new(address);

    public async Task<bool> SupportsFeatureAsync(string feature, CancellationToken cancel) =>
        (await _client.CallAsync(Service, "SupportsFeature", new Wire.SupportsFeatureRequest { Id = feature },
            Wire.SupportsFeatureResponse.Parser, cancel)).HasSupport;

    public async Task<RegisterResourceResponse> RegisterResourceAsync(RegisterResourceRequest request, CancellationToken cancel)
    {
        var message = new Wire.RegisterResourceRequest
        {
            Type = request.Type,
            Name = request.Name,
            Parent = request.Parent,
            Custom = request.Custom,
            Object = ValueConverter.ToStruct(request.Object),
            Provider = request.Provider,
            DeletedWith = request.Options.DeletedWith,
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
            SupportsResultReporting = true,
            AliasSpecs = true,
        };
        if (request.Options.Protect is { } protect)
        {
            message.Protect = protect;
        }
        if (request.Options.RetainOnDelete is { } retain)
        {
            message.RetainOnDelete = retain;
        }
        message.Dependencies.AddRange(request.Dependencies);
        message.Providers.Add(request.Providers);
        message.IgnoreChanges.AddRange(Listed(request.Options.IgnoreChanges));
        message.ReplaceOnChanges.AddRange(Listed(request.Options.ReplaceOnChanges));
        message.AdditionalSecretOutputs.AddRange(Listed(request.Options.AdditionalSecretOutputs));
        foreach (var (property, urns) in request.PropertyDependencies)
        {
            message.PropertyDependencies[property] = new Wire.RegisterResourceRequest.Types.PropertyDependencies { Urns = { urns } };
        }
        var reply = await _client.CallAsync(Service, "RegisterResource", message, Wire.RegisterResourceResponse.Parser, cancel);
        return new RegisterResourceResponse(reply.Urn, reply.Id, ValueConverter.ToMap(reply.Object), (RegistrationResult)reply.Result);
    }

    public Task RegisterResourceOutputsAsync(string urn, PropertyMap outputs, CancellationToken cancel) =>
        _client.CallAsync(Service, "RegisterResourceOutputs",
            new Wire.RegisterResourceOutputsRequest { Urn = urn, Outputs = ValueConverter.ToStruct(outputs) }, Empty.Parser, cancel);

    public void Dispose() => _client.Dispose();

    private static IEnumerable<string> Listed(System.Collections.Immutable.ImmutableArray<string> items) =>
        items.IsDefault ? [] : items;
}
