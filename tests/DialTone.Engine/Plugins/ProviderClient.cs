using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Plugins;

/// <summary>
/// The engine's side of pulumirpc.ResourceProvider: typed calls to a running plugin, each recorded when a recorder
/// is given.
/// </summary>
internal sealed class ProviderClient(string address, RpcRecorder? recorder = null, string label = "") : IDisposable
{
    private readonly GrpcClient _grpc = new(address);

    public Task<TResponse> CallAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser)
        where TResponse : IMessage<TResponse>
    {
        Task<TResponse> Call() => _grpc.CallAsync(ResourceProviderEndpoint.Service, method, request, parser, CancellationToken.None);
        return recorder is null ? Call() : recorder.RecordAsync(label, method, request, Call, address);
    }

    public Task<ProviderHandshakeResponse> HandshakeAsync(ProviderHandshakeRequest request) =>
        CallAsync("Handshake", request, ProviderHandshakeResponse.Parser);

    public Task<PluginInfo> GetPluginInfoAsync() => CallAsync("GetPluginInfo", new Empty(), PluginInfo.Parser);

    public Task<GetSchemaResponse> GetSchemaAsync() => CallAsync("GetSchema", new GetSchemaRequest(), GetSchemaResponse.Parser);

    public Task<CheckResponse> CheckConfigAsync(CheckRequest request) => CallAsync("CheckConfig", request, CheckResponse.Parser);

    public Task<DiffResponse> DiffConfigAsync(DiffRequest request) => CallAsync("DiffConfig", request, DiffResponse.Parser);

    public Task<ConfigureResponse> ConfigureAsync(ConfigureRequest request) =>
        CallAsync("Configure", request, ConfigureResponse.Parser);

    public Task<CheckResponse> CheckAsync(CheckRequest request) => CallAsync("Check", request, CheckResponse.Parser);

    public Task<DiffResponse> DiffAsync(DiffRequest request) => CallAsync("Diff", request, DiffResponse.Parser);

    public Task<CreateResponse> CreateAsync(CreateRequest request) => CallAsync("Create", request, CreateResponse.Parser);

    public Task<ReadResponse> ReadAsync(ReadRequest request) => CallAsync("Read", request, ReadResponse.Parser);

    public Task<UpdateResponse> UpdateAsync(UpdateRequest request) => CallAsync("Update", request, UpdateResponse.Parser);

    public Task DeleteAsync(DeleteRequest request) => CallAsync("Delete", request, Empty.Parser);

    public Task<ConstructResponse> ConstructAsync(ConstructRequest request) =>
        CallAsync("Construct", request, ConstructResponse.Parser);

    public Task CancelAsync() => CallAsync("Cancel", new Empty(), Empty.Parser);

    public Task AttachAsync(string engineAddress) =>
        CallAsync("Attach", new PluginAttach { Address = engineAddress }, Empty.Parser);

    public void Dispose() => _grpc.Dispose();
}
