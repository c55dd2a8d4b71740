using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Host;
using DialTone.Provider.Rpc;

namespace DialTone.Provider.Tests.Unit;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancel_ends_a_call_in_flight_with_cancelled_and_later_calls_run()
    {
        var cancellation = new CallCancellation();
        var started = new TaskCompletionSource();
        var slow = UnaryMethod.Create<Empty, Empty>("test.Slow", "Wait", Empty.Parser, async (_, cancel) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancel);
            return new Empty();
        });
        var quick = UnaryMethod.Create<Empty, Empty>("test.Slow", "Now", Empty.Parser, (_, _) => Task.FromResult(new Empty()));
        await using var server = await GrpcServer.StartAsync([slow, quick], () => cancellation.Token,
            (_, exception) => ErrorMapping.ToGrpc(exception), CancellationToken.None);
        using var client = new GrpcClient($"127.0.0.1:{server.Port}");

        var inFlight = client.CallAsync("test.Slow", "Wait", new Empty(), Empty.Parser, CancellationToken.None);
        await started.Task;
        cancellation.CancelAll();

        var error = await Assert.ThrowsAsync<GrpcException>(() => inFlight);
        Assert.Equal(GrpcStatusCode.Cancelled, error.Code);
        await client.CallAsync("test.Slow", "Now", new Empty(), Empty.Parser, CancellationToken.None);
    }

    [Fact]
    public async Task A_call_taking_its_token_while_cancel_runs_gets_a_usable_token()
    {
        // A call takes its token as it arrives, whenever that is; this races many arrivals against many Cancels.
        var cancellation = new CallCancellation();
        using var done = new CancellationTokenSource();
        var arrivals = Enumerable.Range(0, 3).Select(arrival => Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                _ = cancellation.Token;
            }
        })).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        while (clock.Elapsed < TimeSpan.FromSeconds(1) && arrivals.TrueForAll(arrival => !arrival.IsCompleted))
        {
            cancellation.CancelAll();
        }
        await done.CancelAsync();

        await Task.WhenAll(arrivals);
    }
}
