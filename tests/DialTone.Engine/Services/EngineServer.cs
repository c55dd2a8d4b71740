using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Services;

/// <summary>
/// The engine's own gRPC services, hosted on 127.0.0.1: pulumirpc.Engine, which records every Log a plugin sends,
/// and whatever further services are given (the ResourceMonitor, for Construct). Plugins are started with its
/// address, as the engine starts them.
/// </summary>
internal sealed class EngineServer : IAsyncDisposable
{
    private readonly GrpcServer _server;

    private EngineServer(GrpcServer server, ConcurrentQueue<LogRequest> logs)
    {
        _server = server;
        Logs = logs;
    }

    public string Address => $"127.0.0.1:{_server.Port}";

    public ConcurrentQueue<LogRequest> Logs { get; }

    public static async Task<EngineServer> StartAsync(params UnaryMethod[] moreMethods)
    {
        var logs = new ConcurrentQueue<LogRequest>();
        var log = UnaryMethod.Create<LogRequest, Empty>("pulumirpc.Engine", "Log", LogRequest.Parser, (request, _) =>
        {
            logs.Enqueue(request);
            return Task.FromResult(new Empty());
        });
        var server = await GrpcServer.StartAsync([log, .. moreMethods], () => CancellationToken.None,
            (_, exception) => ErrorMapping.ToGrpc(exception), CancellationToken.None);
        return new EngineServer(server, logs);
    }

    /// <summary>Waits until a log matching <paramref name="match"/> has arrived.</summary>
    public async Task<LogRequest> WaitForLogAsync(Func<LogRequest, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (Logs.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(10, timeout.Token);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
