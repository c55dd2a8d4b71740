using System.Collections.Concurrent;
using System.Diagnostics;
using Google.Protobuf;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Plugins;

/// <summary>Records every call the engine makes to its plugins, on the client side, in the order they started.</summary>
internal sealed class RpcRecorder
{
    private readonly ConcurrentQueue<RecordedRpc> _calls = new();

    public ImmutableArray<RecordedRpc> Calls => [.. _calls.OrderBy(call => call.Started)];

    /// <param name="address">The plugin's address, telling one process from another ("" for calls made to the engine).</param>
    public async Task<TResponse> RecordAsync<TResponse>(string plugin, string method, IMessage request, Func<Task<TResponse>> call,
        string address = "")
        where TResponse : IMessage
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await call();
            _calls.Enqueue(new RecordedRpc(plugin, method, request, response, null, started, Stopwatch.GetTimestamp()) { Address = address });
            return response;
        }
        catch (GrpcException error)
        {
            _calls.Enqueue(new RecordedRpc(plugin, method, request, null, error, started, Stopwatch.GetTimestamp()) { Address = address });
            throw;
        }
    }
}
