using Google.Protobuf.WellKnownTypes;
using DialTone.Engine.Deployments;
using DialTone.Engine.Plugins;
using DialTone.Engine.Programs;
using DialTone.Engine.Wire;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Services;

/// <summary>
/// The engine's pulumirpc.ResourceMonitor, where a component's Construct registers itself and its children
/// (pulumi-protocol.md §5, source_eval.go RegisterResource): a component registration answers at once with its
/// URN; a custom child's registration blocks while the engine runs its steps on the child's provider, which is
/// usually the very process whose Construct is waiting. Every call is recorded as it arrives.
/// </summary>
internal sealed class ResourceMonitor : IAsyncDisposable
{
    private const string Service = "pulumirpc.ResourceMonitor";

    /// <summary>The features the harness honours; the engine would also claim aliasSpecs, transforms and more.</summary>
    private static readonly HashSet<string> Features = ["secrets", "resourceReferences", "outputValues"];

    private readonly GrpcServer _server;

    private ResourceMonitor(GrpcServer server) => _server = server;

    public string Address => $"127.0.0.1:{_server.Port}";

    public static async Task<ResourceMonitor> StartAsync(ResourceRegistrar registrar, RpcRecorder recorder)
    {
        UnaryMethod Method<TRequest, TResponse>(string name, Google.Protobuf.MessageParser<TRequest> parser, Func<TRequest, Task<TResponse>> handle)
            where TRequest : Google.Protobuf.IMessage<TRequest>
            where TResponse : Google.Protobuf.IMessage<TResponse> =>
            UnaryMethod.Create<TRequest, TResponse>(Service, name, parser, (request, _) =>
                recorder.RecordAsync("monitor", name, request, () => handle(request)));

        var server = await GrpcServer.StartAsync(
            [
                Method("SupportsFeature", SupportsFeatureRequest.Parser, request =>
                    Task.FromResult(new SupportsFeatureResponse { HasSupport = Features.Contains(request.Id) })),
                Method("RegisterResource", RegisterResourceRequest.Parser, request => RegisterAsync(registrar, request)),
                Method("RegisterResourceOutputs", RegisterResourceOutputsRequest.Parser, request =>
                {
                    registrar.RegisterOutputs(request.Urn, ValueConverter.ToMap(request.Outputs).WithoutDependencies());
                    return Task.FromResult(new Empty());
                }),
            ],
            () => CancellationToken.None, (_, exception) => ErrorMapping.ToGrpc(exception), CancellationToken.None);
        return new ResourceMonitor(server);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static async Task<RegisterResourceResponse> RegisterAsync(ResourceRegistrar registrar, RegisterResourceRequest request)
    {
        var goal = GoalOf(request);
        ResourceOutputs registered;
        try
        {
            registered = await registrar.RegisterAsync(goal);
        }
        catch (Exception exception) when (exception is StepFailedException or SkippedException)
        {
            return request.SupportsResultReporting
                ? new RegisterResourceResponse { Urn = registrar.UrnOf(goal), Result = Result.Fail }
                : throw new GrpcException(GrpcStatusCode.Internal, "resource registration failed");
        }
        return Answer(request, registered);
    }

    /// <summary>
    /// The reply to a registration that succeeded, as source_eval.go RegisterResource marshals it: unknowns only for
    /// a caller that supports partial values, secrets and resource references only for one that accepts them.
    /// </summary>
    public static RegisterResourceResponse Answer(RegisterResourceRequest request, ResourceOutputs registered)
    {
        var outputs = request.SupportsPartialValues
            ? registered.Outputs
            : PropertyMap.From(registered.Outputs.Where(output => !output.Value.ContainsUnknowns));
        return new RegisterResourceResponse
        {
            Urn = registered.Urn, Id = registered.Id,
            Object = ValueConverter.ToStruct(Marshalling.Marshal(outputs, request.AcceptSecrets, request.AcceptResources)),
        };
    }

    // What the engine makes of a registration: output values taken apart into values and property dependencies, and
    // a request without property dependencies read as every property depending on every dependency.
    private static Goal GoalOf(RegisterResourceRequest request)
    {
        var inputs = ValueConverter.ToMap(request.Object);
        var propertyDependencies = request.PropertyDependencies.Count > 0 || request.Remote
            ? request.PropertyDependencies.ToImmutableSortedDictionary(entry => entry.Key, entry => entry.Value.Urns.ToImmutableArray(), StringComparer.Ordinal)
            : inputs.Keys.ToImmutableSortedDictionary(key => key, _ => request.Dependencies.ToImmutableArray(), StringComparer.Ordinal);
        return new Goal(request.Type, request.Name, request.Custom, request.Remote ? inputs : inputs.WithoutDependencies())
        {
            Parent = request.Parent.Length > 0 ? request.Parent : null,
            Dependencies = [.. request.Dependencies],
            PropertyDependencies = propertyDependencies.Where(entry => entry.Value.Length > 0).ToImmutableSortedDictionary(StringComparer.Ordinal),
            Provider = request.Provider,
            Providers = request.Providers.ToImmutableDictionary(),
            Protect = request.HasProtect ? request.Protect : null,
            DeleteBeforeReplace = request.DeleteBeforeReplaceDefined || request.DeleteBeforeReplace ? request.DeleteBeforeReplace : null,
            RetainOnDelete = request.HasRetainOnDelete ? request.RetainOnDelete : null,
            IgnoreChanges = [.. request.IgnoreChanges],
            AdditionalSecretOutputs = [.. request.AdditionalSecretOutputs],
            ImportId = request.ImportId,
            Remote = request.Remote,
        };
    }
}
