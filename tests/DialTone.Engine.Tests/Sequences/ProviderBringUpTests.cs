namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// The default provider's bring-up (pulumi-protocol.md §4.1, §7): loaded, checked, diffed when it exists, and
/// configured with the stack configuration as strings, on its own process for each run.
/// </summary>
public sealed class ProviderBringUpTests(ProviderBringUpTests.TwoUps ups) : WidgetStackTests, IClassFixture<ProviderBringUpTests.TwoUps>
{
    private static readonly DeploymentProgram OneWidget = DeploymentProgram.Of(WidgetNamed("a", """{"name":"a"}"""));

    /// <summary>Two ups of one widget on a new stack: the first brings a new provider up, the second an existing one.</summary>
    public sealed class TwoUps : SharedWidgetRuns
    {
        internal RunResult First { get; private set; } = null!;

        internal RunResult Second { get; private set; } = null!;

        private protected override async Task RunAsync()
        {
            First = await Stack.UpAsync(OneWidget);
            Second = await Stack.UpAsync(OneWidget);
        }
    }

    [Fact]
    public void A_new_provider_is_loaded_checked_and_configured_before_its_first_resource()
    {
        var run = ups.First;

        Assert.Equal(["Handshake", "GetPluginInfo", "CheckConfig default", "Configure default", "Check a", "Create a", "Cancel"], run.Trace);
    }

    [Fact]
    public void Handshake_gives_the_engine_address_and_the_plugin_directory_with_the_engine_flags()
    {
        var run = ups.First;

        var handshake = (ProviderHandshakeRequest)run.Calls("Handshake").Single().Request;
        var directory = Path.GetDirectoryName(Plugins.PluginPaths.TestPlugin);
        Assert.Equal((directory, directory), (handshake.RootDirectory, handshake.ProgramDirectory));
        Assert.StartsWith("127.0.0.1:", handshake.EngineAddress);
        Assert.Equal((true, true, true, true, true), (handshake.ConfigureWithUrn, handshake.SupportsViews,
            handshake.SupportsRefreshBeforeUpdate, handshake.InvokeWithPreview, handshake.AcceptsByteString));
    }

    [Fact]
    public void CheckConfig_of_a_new_provider_has_empty_olds_and_the_stack_config_as_strings()
    {
        var run = ups.First;

        var check = run.Request<CheckRequest>("CheckConfig", "default");
        Assert.Equal((ProviderUrn, "pulumi:providers:dialtonetest"), (check.Urn, check.Type));
        Structs.AssertJson("{}", check.Olds);
        Structs.AssertJson("""{"lab":"lab.db"}""", check.News);
    }

    [Fact]
    public void Configure_of_a_new_provider_in_an_update_gets_a_fresh_id_the_args_and_the_variables()
    {
        var run = ups.First;

        var configure = run.Request<ConfigureRequest>("Configure", "default");
        Assert.True(Guid.TryParse(configure.Id, out _));
        Assert.Equal((ProviderUrn, "pulumi:providers:dialtonetest"), (configure.Urn, configure.Type));
        Structs.AssertJson("""{"lab":"lab.db"}""", configure.Args);
        Assert.Equal("lab.db", Assert.Single(configure.Variables, variable => variable.Key == "dialtonetest:config:lab").Value);
        Assert.True(configure.AcceptSecrets && configure.AcceptResources && configure.SendsOldInputs && configure.SendsOldInputsToDelete);
        Assert.Equal($"{ProviderUrn}::{configure.Id}", run.Checkpoint.Named("a").Provider);
    }

    [Fact]
    public async Task Configure_of_a_new_provider_in_a_preview_gets_the_unknown_id()
    {
        var run = await Stack.PreviewAsync(OneWidget);

        Assert.Equal(Provider.Rpc.ValueConverter.UnknownString, run.Request<ConfigureRequest>("Configure", "default").Id);
    }

    [Fact]
    public void An_existing_provider_is_checked_against_its_old_config_diffed_and_configured_with_its_id()
    {
        var providerId = ups.First.Checkpoint.Named("default").Id;
        var run = ups.Second;

        Assert.Equal(["Handshake", "GetPluginInfo", "CheckConfig default", "DiffConfig default", "Configure default"], run.Trace.Take(5));
        Structs.AssertJson("""{"lab":"lab.db"}""", run.Request<CheckRequest>("CheckConfig", "default").Olds);
        var diff = run.Request<DiffRequest>("DiffConfig", "default");
        Structs.AssertJson("""{"lab":"lab.db"}""", diff.Olds);
        Structs.AssertJson("""{"lab":"lab.db"}""", diff.OldInputs);
        Structs.AssertJson("""{"lab":"lab.db"}""", diff.News);
        var configure = run.Request<ConfigureRequest>("Configure", "default");
        Assert.Equal(providerId, configure.Id);
        Structs.AssertJson("""{"lab":"lab.db"}""", configure.Args);
        Assert.Contains("same default", run.Steps.Select(step => step.ToString()));
    }

    [Fact]
    public async Task An_unchanged_provider_is_configured_with_its_old_inputs_not_the_new_ones_that_differ_only_in_secrecy()
    {
        Stack.WithConfig("dialtonetest:password", "hunter2");
        await Stack.UpAsync(OneWidget);
        Stack.WithConfig("dialtonetest:password", "hunter2", secret: true);

        var run = await Stack.UpAsync(OneWidget);

        Assert.Contains("same default", run.Steps.Select(step => step.ToString()));
        Structs.AssertJson("""{"lab":"lab.db","password":"hunter2"}""", run.Request<ConfigureRequest>("Configure", "default").Args);
        Assert.True(run.Checkpoint.Named("default").Inputs["password"].IsSecret);
    }

    [Fact]
    public async Task A_changed_config_value_updates_the_provider_in_place()
    {
        await Stack.UpAsync(OneWidget);
        Stack.WithConfig("dialtonetest:domainController", "dc01.contoso.com");

        var run = await Stack.UpAsync(OneWidget);

        Assert.Contains("update default", run.Steps.Select(step => step.ToString()));
        Structs.AssertJson("""{"lab":"lab.db","domainController":"dc01.contoso.com"}""", run.Request<ConfigureRequest>("Configure", "default").Args);
    }

    [Fact]
    public async Task Secret_config_is_plain_in_CheckConfig_and_the_variables_and_secret_in_the_args_and_the_checkpoint()
    {
        Stack.WithConfig("dialtonetest:password", "hunter2", secret: true);

        var run = await Stack.UpAsync(OneWidget);

        Structs.AssertJson("""{"lab":"lab.db","password":"hunter2"}""", run.Request<CheckRequest>("CheckConfig", "default").News);
        var configure = run.Request<ConfigureRequest>("Configure", "default");
        Structs.AssertJson("""{"lab":"lab.db","password":{"secret":"hunter2"}}""", configure.Args);
        Assert.Equal("hunter2", configure.Variables["dialtonetest:config:password"]);
        Assert.True(run.Checkpoint.Named("default").Inputs["password"].IsSecret);
    }

    [Fact]
    public async Task A_requested_version_names_the_provider_and_joins_its_config_but_not_the_variables()
    {
        Stack.Settings = Stack.Settings with { ProviderVersions = Stack.Settings.ProviderVersions.Add("dialtonetest", "0.1.0") };

        var run = await Stack.UpAsync(OneWidget);

        var check = run.Request<CheckRequest>("CheckConfig", "default_0_1_0");
        Assert.Equal(ProviderUrn + "_0_1_0", check.Urn);
        Structs.AssertJson("""{"lab":"lab.db","version":"0.1.0"}""", check.News);
        var configure = run.Request<ConfigureRequest>("Configure", "default_0_1_0");
        Structs.AssertJson("""{"lab":"lab.db","version":"0.1.0"}""", configure.Args);
        Assert.DoesNotContain("dialtonetest:config:version", configure.Variables.Keys);
    }

    [Fact]
    public void A_run_ends_with_Cancel_and_the_plugin_exits_cleanly_on_SIGINT()
    {
        var run = ups.First;

        Assert.Equal("Cancel", run.Trace[^1]);
        Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.Message.Contains("exited prematurely"));
    }

    [Fact]
    public async Task A_plugin_that_acknowledged_Cancel_is_killed_without_an_error_when_it_ignores_SIGINT()
    {
        // The launcher shell ignores SIGINT and waits for the plugin, so only the kill after 5 s ends it.
        LaunchPluginWith($"trap '' INT\n'{Plugins.PluginPaths.TestPlugin}' \"$@\"");

        var run = await Stack.UpAsync(OneWidget);

        Assert.Equal("Cancel", run.Trace[^1]);
        Assert.Empty(run.Errors);
    }
}
