using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;
using DialTone.Provider.Tests.Harness;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Wire;

/// <summary>How the plugin starts, answers the bring-up calls and stops, started as the engine starts it.</summary>
public sealed class BootTests
{
    [Fact]
    public async Task The_port_line_is_the_only_thing_on_stdout_through_start_and_shutdown()
    {
        await using var engine = await EngineServer.StartAsync();
        await using var plugin = await PluginProcess.StartDialToneAsync(engine.Address);
        await plugin.Client.GetPluginInfoAsync();
        await plugin.Client.ConfigureAsync(new ConfigureRequest { Args = Structs.Of() });

        var (exitCode, _, restOfStdout) = await plugin.InterruptAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("", restOfStdout);
    }

    [Fact]
    public async Task Handshake_accepts_secrets_resources_and_output_values()
    {
        await using var engine = await EngineServer.StartAsync();
        await using var plugin = await PluginProcess.StartDialToneAsync(engine.Address);

        var reply = await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest
        {
            EngineAddress = engine.Address, RootDirectory = Repository.PluginBin, ProgramDirectory = Repository.Root,
            ConfigureWithUrn = true, SupportsViews = true, InvokeWithPreview = true, AcceptsByteString = true,
        });

        Assert.True(reply.AcceptSecrets);
        Assert.True(reply.AcceptResources);
        Assert.True(reply.AcceptOutputs);
        Assert.False(reply.SupportsAutonamingConfiguration);
        Assert.False(reply.AcceptsByteString);
    }

    [Fact]
    public async Task GetPluginInfo_reports_the_product_version()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");

        var info = await plugin.Client.GetPluginInfoAsync();

        Assert.Equal(ProductVersion.Declared, info.Version);
    }

    [Fact]
    public async Task Cancel_answers_ok_and_the_plugin_keeps_serving()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");

        await plugin.Client.CancelAsync();
        var info = await plugin.Client.GetPluginInfoAsync();

        Assert.Equal(ProductVersion.Declared, info.Version);
    }

    [Fact]
    public async Task Sigint_ends_the_plugin_with_exit_code_zero_before_the_engine_would_kill_it()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");
        await plugin.Client.GetPluginInfoAsync();

        var (exitCode, took, _) = await plugin.InterruptAsync();

        // The engine sends SIGKILL 5 s after SIGINT (pulumi-protocol.md §1.2); how fast it really is, the start-up
        // benchmark prints (tests/benchmarks/startup.js).
        Assert.Equal(0, exitCode);
        Assert.True(took < TimeSpan.FromSeconds(5), $"SIGINT took {took.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Cancel_ends_a_configure_waiting_on_a_slow_engine_with_cancelled()
    {
        var logArrived = new TaskCompletionSource();
        await using var slowEngine = await TestServer.EngineAsync(async cancel =>
        {
            logArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancel);
        });
        await using var plugin = await PluginProcess.StartDialToneAsync($"127.0.0.1:{slowEngine.Port}");
        var configuring = plugin.Client.ConfigureAsync(new ConfigureRequest { Args = Structs.Of(), Urn = ProviderUrn });
        await logArrived.Task;

        await plugin.Client.CancelAsync();

        var error = await Assert.ThrowsAsync<GrpcException>(() => configuring);
        Assert.Equal(GrpcStatusCode.Cancelled, error.Code);
    }

    [Fact]
    public async Task An_empty_engine_address_on_the_command_line_leaves_the_log_on_stderr_and_the_plugin_serving()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("");

        var info = await plugin.Client.GetPluginInfoAsync();

        Assert.Equal(ProductVersion.Declared, info.Version);
        Assert.Contains("Ignoring the engine address ''", plugin.StandardError);
    }

    [Fact]
    public async Task Handshake_with_an_empty_engine_address_still_loads_the_plugin()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");

        var reply = await plugin.Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = "", ConfigureWithUrn = true });

        Assert.True(reply.AcceptSecrets);
    }

    [Fact]
    public async Task Without_an_engine_address_the_plugin_waits_in_attach_mode_and_logs_to_the_engine_it_is_given()
    {
        await using var engine = await EngineServer.StartAsync();
        await using var plugin = await PluginProcess.StartDialToneAsync();

        await plugin.Client.AttachAsync(engine.Address);
        await plugin.Client.ConfigureAsync(new ConfigureRequest { Args = Structs.Of(), Urn = ProviderUrn });

        var log = await engine.WaitForLogAsync(entry => entry.Urn == ProviderUrn);
        Assert.Equal(LogSeverity.Debug, log.Severity);
        Assert.StartsWith("DialTone manages the lab at /", log.Message);
    }

    [Fact]
    public async Task Configure_logs_what_it_manages_to_the_engine_under_the_provider_urn()
    {
        await using var engine = await EngineServer.StartAsync();
        await using var plugin = await PluginProcess.StartDialToneAsync("--logtostderr", "-v=9", engine.Address);

        await plugin.Client.ConfigureAsync(new ConfigureRequest
        {
            Args = Structs.Of(("connectionUri", Structs.Text("http://ex01.contoso.com/PowerShell/"))),
            Urn = ProviderUrn,
        });

        var log = await engine.WaitForLogAsync(entry => entry.Urn == ProviderUrn);
        Assert.Equal("DialTone manages Exchange at http://ex01.contoso.com/PowerShell/ (Kerberos).", log.Message);
    }

    [Fact]
    public async Task An_unknown_method_answers_unimplemented()
    {
        await using var plugin = await PluginProcess.StartDialToneAsync("127.0.0.1:1");

        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            plugin.Client.CallAsync("GetMappings", new GetSchemaRequest(), GetSchemaResponse.Parser));

        Assert.Equal(GrpcStatusCode.Unimplemented, error.Code);
        Assert.Equal("Method /pulumirpc.ResourceProvider/GetMappings is not implemented.", error.Message);
    }

    internal const string ProviderUrn = "urn:pulumi:dev::recovery::pulumi:providers:dialtone::default";
}
