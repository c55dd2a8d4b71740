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
    public async Task More_calls_than_http2s_usual_hundred_streams_wait_at_once_on_one_connection_and_others_still_answer()
    {
        // The engine's grpc-go keeps one connection per plugin and queues streams beyond the server's limit; Construct
        // holds a stream open while its children's calls arrive, so the limit must be far above Kestrel's default 100.
        const int Held = 150;
        var arrived = 0;
        var allHeld = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await using var slowEngine = await TestServer.EngineAsync(async cancel =>
        {
            if (Interlocked.Increment(ref arrived) == Held)
            {
                allHeld.TrySetResult();
            }
            await release.Task.WaitAsync(cancel);
        });
        await using var plugin = await PluginProcess.StartDialToneAsync($"127.0.0.1:{slowEngine.Port}");
        using var oneConnection = new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = false });

        var held = Enumerable.Range(0, Held).Select(_ => oneConnection.SendAsync(ConfigureCall(plugin.Port))).ToArray();
        await allHeld.Task.WaitAsync(TimeSpan.FromMinutes(1));
        using var info = await oneConnection.SendAsync(GetPluginInfoRequest(plugin.Port, compressedFlag: 0));
        var infoStatus = await RawGrpc.StatusAsync(info);
        release.SetResult();
        var heldStatuses = await Task.WhenAll(held.Select(async call =>
        {
            using var response = await call;
            return await RawGrpc.StatusAsync(response);
        }));

        Assert.Equal("0", infoStatus);
        Assert.All(heldStatuses, status => Assert.Equal("0", status));
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

    private HttpRequestMessage GetPluginInfoRequest(byte compressedFlag) => GetPluginInfoRequest(Plugin.Port, compressedFlag);

    private static HttpRequestMessage GetPluginInfoRequest(int port, byte compressedFlag) =>
        RawGrpc.EmptyCall(port, "/pulumirpc.ResourceProvider/GetPluginInfo", compressedFlag);

    private static HttpRequestMessage ConfigureCall(int port)
    {
        var request = RawGrpc.EmptyCall(port, "/pulumirpc.ResourceProvider/Configure");
        request.Content = new ByteArrayContent(DialTone.Provider.Rpc.GrpcFrame.ToArray(
            new ConfigureRequest { Args = Structs.Of(), Urn = BootTests.ProviderUrn }));
        request.Content.Headers.ContentType = new("application/grpc");
        return request;
    }

    private async Task GetPluginInfoAsync(HttpClient http)
    {
        using var request = GetPluginInfoRequest(compressedFlag: 0);
        using var response = await http.SendAsync(request);
        Assert.Equal("0", await RawGrpc.StatusAsync(response));
    }
}
