using System.Text.Json;
using DialTone.Provider.Tests.Harness;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Conformance;

/// <summary>The bring-up run once by Pulumi's own generated stubs (tests/conformance/node/bringup.js).</summary>
public sealed class NodeBringUp : IAsyncLifetime
{
    public JsonElement Result { get; private set; }

    public async Task InitializeAsync() => Result = await Harness.Conformance.RunNodeAsync("bringup.js", Repository.ProviderLauncher);

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class NodeBringUpTests(NodeBringUp bringUp) : IClassFixture<NodeBringUp>
{
    private JsonElement Result => bringUp.Result;

    [Fact]
    public void Pulumi_stubs_read_the_handshake_flags()
    {
        var handshake = Result.GetProperty("handshake");

        Assert.True(handshake.GetProperty("acceptSecrets").GetBoolean());
        Assert.True(handshake.GetProperty("acceptResources").GetBoolean());
        Assert.True(handshake.GetProperty("acceptOutputs").GetBoolean());
    }

    [Fact]
    public void Pulumi_stubs_read_the_plugin_version() =>
        Assert.Equal(ProductVersion.Declared, Result.GetProperty("version").GetString());

    [Fact]
    public void Pulumi_stubs_read_the_schema() => Assert.Equal("dialtone", Result.GetProperty("schemaName").GetString());

    [Fact]
    public void Pulumi_stubs_get_the_checked_config_back_with_the_version_key() =>
        Assert.Equal("""{"lab":"contoso.db","version":"0.1.0"}""", Result.GetProperty("checkConfigInputs").GetRawText());

    [Fact]
    public void Pulumi_stubs_read_the_configure_capabilities()
    {
        var configure = Result.GetProperty("configure");

        Assert.True(configure.GetProperty("acceptsecrets").GetBoolean());
        Assert.True(configure.GetProperty("supportspreview").GetBoolean());
    }

    [Fact]
    public void The_provider_logs_into_the_engine_service_hosted_by_pulumi_stubs()
    {
        var log = Result.GetProperty("log");

        Assert.Equal(0, log.GetProperty("severity").GetInt32());
        Assert.Equal("DialTone manages the lab at /labs/contoso.db.", log.GetProperty("message").GetString());
        Assert.Equal("urn:pulumi:dev::recovery::pulumi:providers:dialtone::default", log.GetProperty("urn").GetString());
    }

    [Fact]
    public void Pulumi_stubs_decode_the_missing_keys_of_a_configure_error()
    {
        var missing = Result.GetProperty("missingKeys");
        var detail = missing.GetProperty("decoded")[0];

        Assert.Equal(3, missing.GetProperty("code").GetInt32());
        Assert.Equal("Missing required configuration: dialtone:username.", missing.GetProperty("details").GetString());
        Assert.Equal("type.googleapis.com/pulumirpc.ConfigureErrorMissingKeys", detail.GetProperty("typeUrl").GetString());
        Assert.Equal("dialtone:username", detail.GetProperty("keys")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Pulumi_stubs_get_unimplemented_for_an_unknown_method() =>
        Assert.Equal(12, Result.GetProperty("unknownMethodCode").GetInt32());

    [Fact]
    public void Pulumi_stubs_get_ok_from_cancel() => Assert.Equal("ok", Result.GetProperty("cancel").GetString());

    [Fact]
    public void Sigint_from_the_engine_ends_the_plugin_cleanly_with_nothing_more_on_stdout()
    {
        Assert.Equal(0, Result.GetProperty("exit").GetProperty("code").GetInt32());
        Assert.Equal("", Result.GetProperty("stdoutAfterPort").GetString());
    }
}
