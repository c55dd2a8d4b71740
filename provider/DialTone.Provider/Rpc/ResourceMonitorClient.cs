using System.Collections.Immutable;
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
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
            SupportsResultReporting = true,
            AliasSpecs = true,
        };
        message.Dependencies.AddRange(request.Dependencies);
        message.Providers.Add(request.Providers);
        foreach (var (property, urns) in request.PropertyDependencies)
        {
            message.PropertyDependencies[property] = new Wire.RegisterResourceRequest.Types.PropertyDependencies { Urns = { urns } };
        }
        SetOptions(message, request.Options);
        var reply = await _client.CallAsync(Service, "RegisterResource", message, Wire.RegisterResourceResponse.Parser, cancel);
        return new RegisterResourceResponse(reply.Urn, reply.Id, ValueConverter.ToMap(reply.Object),
            (RegistrationResult)reply.Result, reply.Unknown);
    }

    public Task RegisterResourceOutputsAsync(string urn, PropertyMap outputs, CancellationToken cancel) =>
        _client.CallAsync(Service, "RegisterResourceOutputs",
            new Wire.RegisterResourceOutputsRequest { Urn = urn, Outputs = ValueConverter.ToStruct(outputs) }, Empty.Parser, cancel);

    public void Dispose() => _client.Dispose();

    private static void SetOptions(Wire.RegisterResourceRequest message, ResourceOptions options)
    {
        if (options.Protect is { } protect)
        {
            message.Protect = protect;
        }
        if (options.RetainOnDelete is { } retain)
        {
            message.RetainOnDelete = retain;
        }
        if (options.DeleteBeforeReplace is { } deleteFirst)
        {
            message.DeleteBeforeReplace = deleteFirst;
            message.DeleteBeforeReplaceDefined = true;
        }
        if (options.CustomTimeouts is { } timeouts)
        {
            message.CustomTimeouts = new Wire.RegisterResourceRequest.Types.CustomTimeouts
            {
                Create = timeouts.Create, Update = timeouts.Update, Delete = timeouts.Delete, Read = timeouts.Read,
            };
        }
        message.DeletedWith = options.DeletedWith;
        message.IgnoreChanges.AddRange(Listed(options.IgnoreChanges));
        message.ReplaceOnChanges.AddRange(Listed(options.ReplaceOnChanges));
        message.AdditionalSecretOutputs.AddRange(Listed(options.AdditionalSecretOutputs));
        message.ReplaceWith.AddRange(Listed(options.ReplaceWith));
        message.Aliases.AddRange(Listed(options.Aliases).Select(ToWire));
    }

    private static Wire.Alias ToWire(Alias alias) => alias switch
    {
        UrnAlias urn => new Wire.Alias { Urn = urn.Urn },
        SpecAlias spec => new Wire.Alias { Spec = Spec(spec) },
        _ => throw new ArgumentOutOfRangeException(nameof(alias), alias, "An alias is a URN or a spec."),
    };

    private static Wire.Alias.Types.Spec Spec(SpecAlias alias)
    {
        var spec = new Wire.Alias.Types.Spec { Name = alias.Name, Type = alias.Type, Stack = alias.Stack, Project = alias.Project };
        if (alias.ParentUrn is { } parent)
        {
            spec.ParentUrn = parent;
        }
        else if (alias.NoParent)
        {
            spec.NoParent = true;
        }
        return spec;
    }

    private static IEnumerable<T> Listed<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
