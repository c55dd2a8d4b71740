using System.Net;
using DialTone.Provider.Protocol;
using DialTone.Provider.Tests.Harness;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Wire;

/// <summary>The gRPC transport under load: big messages, many calls at once, requests it must refuse.</summary>
public sealed class TransportTests(SharedDialTone dialTone) : IClassFixture<SharedDialTone>
{
    private PluginProcess Plugin => dialTone.Plugin;

    [Fact]
    public async Task A_twenty_megabyte_message_round_trips()
    {
        var big = new string('x', 20 * 1024 * 1024);
        var news = Structs.Of(("lab", Structs.Text(big)));

        var reply = await Plugin.Client.CheckConfigAsync(new CheckRequest { Urn = BootTests.ProviderUrn, News = news });

        Assert.Equal(big, reply.Inputs.Fields["lab"].StringValue);
    }

    [Fact]
    public async Task Two_hundred_concurrent_calls_all_answer()
    {
        var calls = Enumerable.Range(0, 200).Select(i => Plugin.Client.CheckConfigAsync(new CheckRequest
        {
            Urn = BootTests.ProviderUrn, News = Structs.Of(("lab", Structs.Text($"lab{i}.db"))),
        }));

        var replies = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"lab{i}.db"), replies.Select(reply => reply.Inputs.Fields["lab"].StringValue));
    }

    [Fact]
    public async Task An_idle_connection_outlives_the_servers_idle_checks()
    {
        // Kestrel checks idle connections on its one-second heartbeat, and reads an infinite keep-alive limit as
        // already expired: it would close this connection at the next tick, racing the engine's next call (the
        // pitfall GrpcServer's one-day limit avoids). Two ticks pass here. That the limit is long is configuration,
        // not something a test can wait out.
        var connections = 0;
        using var http = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancel) =>
            {
                Interlocked.Increment(ref connections);
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        });

        await GetPluginInfoAsync(http);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await GetPluginInfoAsync(http);

        Assert.Equal(1, connections);
    }

    [Fact]
    public async Task A_compressed_request_is_refused_as_unimplemented()
    {
        using var http = new HttpClient();

        using var response = await http.SendAsync(GetPluginInfoRequest(compressedFlag: 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12", response.Headers.GetValues("grpc-status").Single());
        Assert.Equal("Compressed gRPC messages are not supported.", response.Headers.GetValues("grpc-message").Single());
    }

    private HttpRequestMessage GetPluginInfoRequest(byte compressedFlag) =>
        RawGrpc.EmptyCall(Plugin.Port, "/pulumirpc.ResourceProvider/GetPluginInfo", compressedFlag);

    private async Task GetPluginInfoAsync(HttpClient http)
    {
        using var request = GetPluginInfoRequest(compressedFlag: 0);
        using var response = await http.SendAsync(request);
        Assert.Equal("0", await RawGrpc.StatusAsync(response));
    }
}
