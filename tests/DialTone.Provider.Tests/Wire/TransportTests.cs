using System.Net;
using DialTone.Provider.Protocol;
using DialTone.Provider.Tests.Harness;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Wire;

/// <summary>The gRPC transport under load: big messages, many calls at once, requests it must refuse.</summary>
public sealed class TransportTests : RunningDialTone
{
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
    public async Task A_compressed_request_is_refused_as_unimplemented()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{Plugin.Port}/pulumirpc.ResourceProvider/GetPluginInfo")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([1, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12", response.Headers.GetValues("grpc-status").Single());
        Assert.Equal("Compressed gRPC messages are not supported.", response.Headers.GetValues("grpc-message").Single());
    }

    [Fact]
    public async Task GetSchema_serves_the_dialtone_package_with_its_configuration_keys()
    {
        var reply = await Plugin.Client.GetSchemaAsync();

        using var schema = System.Text.Json.JsonDocument.Parse(reply.Schema);
        Assert.Equal("dialtone", schema.RootElement.GetProperty("name").GetString());
        Assert.Equal(ProductVersion.Declared, schema.RootElement.GetProperty("version").GetString());
        Assert.Equal(["lab", "connectionUri", "username", "password", "authentication", "shell", "domainController"],
            schema.RootElement.GetProperty("config").GetProperty("variables").EnumerateObject().Select(key => key.Name));
        Assert.True(schema.RootElement.GetProperty("config").GetProperty("variables").GetProperty("password").GetProperty("secret").GetBoolean());
    }
}
