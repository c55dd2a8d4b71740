using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Rpc;
using DialTone.Provider.Tests.Harness;

namespace DialTone.Provider.Tests.Unit;

/// <summary>The server's handling of a caller's deadline (the grpc-timeout header).</summary>
public sealed class GrpcServerTests
{
    private const string Path = "/test.Slow/Wait";

    private static Task<GrpcServer> StartAsync(TimeSpan wait) => TestServer.StartAsync(
        UnaryMethod.Create<Empty, Empty>("test.Slow", "Wait", Empty.Parser, async (_, cancel) =>
        {
            await Task.Delay(wait, cancel);
            return new Empty();
        }));

    private static async Task<string> CallAsync(GrpcServer server, string timeout)
    {
        using var http = new HttpClient();
        using var request = RawGrpc.EmptyCall(server.Port, Path);
        request.Headers.TryAddWithoutValidation("grpc-timeout", timeout);
        using var response = await http.SendAsync(request);
        return await RawGrpc.StatusAsync(response);
    }

    [Fact]
    public async Task A_deadline_longer_than_a_timer_can_hold_is_served_as_no_deadline()
    {
        await using var server = await StartAsync(TimeSpan.Zero);

        // 99,999,999 hours: the largest grpc-timeout, as grpc-js sends a deadline years away.
        Assert.Equal("0", await CallAsync(server, "99999999H"));
    }

    [Fact]
    public async Task A_call_still_running_at_its_deadline_ends_with_deadline_exceeded()
    {
        await using var server = await StartAsync(Timeout.InfiniteTimeSpan);

        Assert.Equal("4", await CallAsync(server, "50m"));
    }
}
