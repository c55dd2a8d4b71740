using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Contracts;
using Wire = DialTone.Provider.Protocol;

namespace DialTone.Provider.Rpc;

/// <summary>
/// The pulumirpc.ResourceProvider service on the wire: each method turns the engine's message into a domain request,
/// asks the <see cref="IResourceProviderService"/>, and turns the answer back. Methods left out (Invoke, Call,
/// Parameterize, GetMapping) answer UNIMPLEMENTED, which the engine expects of a provider without them.
/// </summary>
public static class ResourceProviderEndpoint
{
    public const string Service = "pulumirpc.ResourceProvider";

    public static IEnumerable<UnaryMethod> Methods(IResourceProviderService provider) =>
    [
        Method<Wire.ProviderHandshakeRequest, Wire.ProviderHandshakeResponse>("Handshake", async (request, cancel) =>
        {
            await provider.HandshakeAsync(WireRequests.ToDomain(request), cancel);
            // Secrets, resource references and output values are all understood (Values/ models each of them).
            return new() { AcceptSecrets = true, AcceptResources = true, AcceptOutputs = true };
        }),
        Method<Empty, Wire.PluginInfo>("GetPluginInfo", (_, _) =>
            Task.FromResult(new Wire.PluginInfo { Version = provider.GetPluginVersion() })),
        Method<Wire.GetSchemaRequest, Wire.GetSchemaResponse>("GetSchema", (_, _) =>
            Task.FromResult(new Wire.GetSchemaResponse { Schema = provider.GetSchema() })),
        Method<Wire.CheckRequest, Wire.CheckResponse>("CheckConfig", async (request, cancel) =>
            WireResponses.ToWire(await provider.CheckConfigAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.DiffRequest, Wire.DiffResponse>("DiffConfig", async (request, cancel) =>
            WireResponses.ToWire(await provider.DiffConfigAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.ConfigureRequest, Wire.ConfigureResponse>("Configure", async (request, cancel) =>
        {
            await provider.ConfigureAsync(WireRequests.ToDomain(request), cancel);
            return new() { AcceptSecrets = true, SupportsPreview = true, AcceptResources = true, AcceptOutputs = true };
        }),
        Method<Wire.CheckRequest, Wire.CheckResponse>("Check", async (request, cancel) =>
            WireResponses.ToWire(await provider.CheckAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.DiffRequest, Wire.DiffResponse>("Diff", async (request, cancel) =>
            WireResponses.ToWire(await provider.DiffAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.CreateRequest, Wire.CreateResponse>("Create", async (request, cancel) =>
            WireResponses.ToWire(await provider.CreateAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.ReadRequest, Wire.ReadResponse>("Read", async (request, cancel) =>
            WireResponses.ToWire(await provider.ReadAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.UpdateRequest, Wire.UpdateResponse>("Update", async (request, cancel) =>
            WireResponses.ToWire(await provider.UpdateAsync(WireRequests.ToDomain(request), cancel))),
        Method<Wire.DeleteRequest, Empty>("Delete", async (request, cancel) =>
        {
            await provider.DeleteAsync(WireRequests.ToDomain(request), cancel);
            return new Empty();
        }),
        Method<Wire.ConstructRequest, Wire.ConstructResponse>("Construct", async (request, cancel) =>
            WireResponses.ToWire(await provider.ConstructAsync(WireRequests.ToDomain(request), cancel))),
        Method<Empty, Empty>("Cancel", (_, _) =>
        {
            provider.Cancel();
            return Task.FromResult(new Empty());
        }),
        Method<Wire.PluginAttach, Empty>("Attach", async (request, cancel) =>
        {
            await provider.AttachAsync(request.Address, cancel);
            return new Empty();
        }),
    ];

    private static UnaryMethod Method<TRequest, TResponse>(
        string name, Func<TRequest, CancellationToken, Task<TResponse>> handler)
        where TRequest : Google.Protobuf.IMessage<TRequest>, new()
        where TResponse : Google.Protobuf.IMessage<TResponse> =>
        UnaryMethod.Create(Service, name, new Google.Protobuf.MessageParser<TRequest>(() => new TRequest()), handler);
}
