using System.Text.Json;
using DialTone.Provider.Tests.Harness;

namespace DialTone.Provider.Tests.Conformance;

/// <summary>A resource's lifetime run once by Pulumi's own generated stubs against the test plugin (lifecycle.js).</summary>
public sealed class NodeLifecycle : IAsyncLifetime
{
    private readonly DirectoryInfo _lab = Directory.CreateTempSubdirectory("dialtone-node-lifecycle-");

    public JsonElement Result { get; private set; }

    public async Task InitializeAsync() =>
        Result = await Harness.Conformance.RunNodeAsync("lifecycle.js", PluginPaths.TestPlugin, _lab.FullName);

    public Task DisposeAsync()
    {
        _lab.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class NodeLifecycleTests(NodeLifecycle lifecycle) : IClassFixture<NodeLifecycle>
{
    private JsonElement Result => lifecycle.Result;

    [Fact]
    public void Pulumi_stubs_read_every_check_failure_with_its_property() =>
        Assert.Equal(["name", "colour", "shape"],
            Result.GetProperty("checkFailures").EnumerateArray().Select(failure => failure.GetProperty("property").GetString()));

    [Fact]
    public void Pulumi_stubs_read_a_preview_create_with_no_id_and_unknown_outputs()
    {
        var preview = Result.GetProperty("preview");

        Assert.Equal("", preview.GetProperty("id").GetString());
        Assert.Equal(Rpc.ValueConverter.UnknownString, preview.GetProperty("properties").GetProperty("serial").GetString());
    }

    [Fact]
    public void Pulumi_stubs_read_a_created_widget_with_its_declared_secret_output_wrapped()
    {
        var properties = Result.GetProperty("created").GetProperty("properties");

        Assert.Equal("""{"4dabf18193072939515e22adb298388d":"1b47061264138c4ac30d75fd1eb44270","value":7}""",
            properties.GetProperty("passwordLength").Compact());
    }

    [Fact]
    public void Pulumi_stubs_read_a_plain_property_given_as_a_secret_wrapped_as_a_secret_output()
    {
        var properties = Result.GetProperty("created").GetProperty("properties");

        Assert.Equal("""{"4dabf18193072939515e22adb298388d":"1b47061264138c4ac30d75fd1eb44270","value":"red"}""",
            properties.GetProperty("colour").Compact());
    }

    [Fact]
    public void Pulumi_stubs_read_a_replace_from_diff()
    {
        var diff = Result.GetProperty("diff");

        Assert.Equal(2, diff.GetProperty("changes").GetInt32());
        Assert.Equal("name", diff.GetProperty("replacesList")[0].GetString());
        Assert.True(diff.GetProperty("hasdetaileddiff").GetBoolean());
    }

    [Fact]
    public void Pulumi_stubs_decode_a_partial_failure_as_error_resource_init_failed_with_id_and_state()
    {
        var failure = Result.GetProperty("partialFailure");
        var details = failure.GetProperty("details")[0];

        Assert.Equal(2, failure.GetProperty("code").GetInt32());
        Assert.Equal("type.googleapis.com/pulumirpc.ErrorResourceInitFailed", details.GetProperty("typeUrl").GetString());
        Assert.StartsWith("widget-", details.GetProperty("id").GetString());
        Assert.Equal("widget w1 was made but failed its inspection", details.GetProperty("reasons")[0].GetString());
        Assert.StartsWith("SN-", details.GetProperty("properties").GetProperty("serial").GetString());
    }
}
