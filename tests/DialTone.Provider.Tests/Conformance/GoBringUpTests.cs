using System.Text.Json;
using System.Text.Json.Nodes;
using DialTone.Provider.Tests.Harness;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Conformance;

/// <summary>The bring-up RPCs called once by grpc-go, the engine's own gRPC stack (tests/conformance/go).</summary>
public sealed class GoBringUp : IAsyncLifetime
{
    public JsonElement Result { get; private set; }

    public async Task InitializeAsync()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");
        Result = await Harness.Conformance.RunAsync(Harness.Conformance.GoClient, [$"127.0.0.1:{plugin.Port}"], Path.GetTempPath());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class GoBringUpTests(GoBringUp bringUp) : IClassFixture<GoBringUp>
{
    private JsonElement Result => bringUp.Result;

    [Fact]
    public void Grpc_go_reads_the_handshake_flags() =>
        Assert.True(Result.GetProperty("handshake").GetProperty("AcceptSecrets").GetBoolean());

    [Fact]
    public void Grpc_go_reads_the_plugin_version() => Assert.Equal(ProductVersion.Declared, Result.GetProperty("version").GetString());

    [Fact]
    public void Grpc_go_reads_the_whole_schema_as_committed()
    {
        var read = JsonNode.Parse(Result.GetProperty("schema").GetString()!)!.AsObject();
        read.Remove("version");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "provider", "schema.json"))), read));
    }

    [Fact]
    public void Grpc_go_reads_check_failures()
    {
        var failure = Result.GetProperty("checkFailures")[0];

        Assert.Equal("authentication", failure.GetProperty("Property").GetString());
        Assert.StartsWith("dialtone:authentication is 'Token'", failure.GetProperty("Reason").GetString());
    }

    [Fact]
    public void Grpc_go_reads_the_configure_capabilities() =>
        Assert.True(Result.GetProperty("configure").GetProperty("SupportsPreview").GetBoolean());

    [Fact]
    public void Grpc_go_decodes_an_error_with_missing_key_details()
    {
        var missing = Result.GetProperty("missingKeys");

        Assert.Equal(3, missing.GetProperty("code").GetInt32());
        Assert.Equal("Missing required configuration: dialtone:password.", missing.GetProperty("message").GetString());
        Assert.Equal("type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys", missing.GetProperty("typeUrl").GetString());
        Assert.Equal("dialtone:password", missing.GetProperty("keys")[0].GetProperty("Name").GetString());
    }

    [Fact]
    public void Grpc_go_gets_unimplemented_for_an_unknown_method() =>
        Assert.Equal(12, Result.GetProperty("unknownMethodCode").GetInt32());

    [Fact]
    public void Grpc_go_gets_ok_from_cancel() => Assert.Equal(0, Result.GetProperty("cancelCode").GetInt32());
}
