using DialTone.Provider.Host;
using DialTone.Provider.Tests.Harness;

namespace DialTone.Provider.Tests.Unit;

/// <summary>Logging never fails the caller: what cannot reach the engine goes to stderr.</summary>
public sealed class EngineLogTests
{
    [Fact]
    public async Task A_message_in_flight_when_the_engine_changes_goes_to_stderr_instead_of_failing_the_caller()
    {
        var arrived = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var engine = await TestServer.EngineAsync(async _ =>
        {
            arrived.TrySetResult();
            await release.Task;
        });
        var stderr = new StringWriter();
        using var log = new EngineLog(stderr);
        log.Connect($"127.0.0.1:{engine.Port}");

        var logging = log.LogAsync(Contracts.LogSeverity.Info, "Making widget w1");
        await arrived.Task;
        log.Connect("127.0.0.1:1");
        await logging;
        release.SetResult();

        Assert.EndsWith("info: Making widget w1", stderr.ToString().TrimEnd());
    }

    [Fact]
    public void An_empty_engine_address_is_ignored_with_a_note_on_stderr()
    {
        var stderr = new StringWriter();
        using var log = new EngineLog(stderr);

        log.Connect("");

        Assert.Equal("Ignoring the engine address '': it is not host:port. Logs go to stderr.", stderr.ToString().TrimEnd());
    }
}
