using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Provider.Tests.Harness;

/// <summary>In-process gRPC servers on 127.0.0.1 for tests that play the other side, such as an engine that is slow.</summary>
internal static class TestServer
{
    public static Task<GrpcServer> StartAsync(params UnaryMethod[] methods) => GrpcServer.StartAsync(
        methods, () => CancellationToken.None, (_, exception) => ErrorMapping.ToGrpc(exception), CancellationToken.None);

    /// <summary>The engine's pulumirpc.Engine, whose Log runs <paramref name="log"/> (given the call's token) before it answers.</summary>
    public static Task<GrpcServer> EngineAsync(Func<CancellationToken, Task> log) =>
        StartAsync(UnaryMethod.Create<LogRequest, Empty>("pulumirpc.Engine", "Log", LogRequest.Parser, async (_, cancel) =>
        {
            await log(cancel);
            return new Empty();
        }));
}
