using System.Text.Json.Nodes;

namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// `pulumi refresh` (pulumi-protocol.md §4.4): the provider is configured from the checkpoint without CheckConfig,
/// every custom resource is read with its last outputs and inputs, and drift is shown through Diff with the roles
/// inverted.
/// </summary>
public sealed class RefreshSequenceTests : WidgetStackTests
{
    private static readonly DeploymentProgram RedWidget = DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"red"}"""));

    /// <summary>Changes a widget behind the stack's back, as someone would outside Pulumi.</summary>
    private void Repaint(string id, string colour)
    {
        var file = Path.Combine(WidgetsDirectory, id + ".json");
        var widget = JsonNode.Parse(File.ReadAllText(file))!;
        widget["Colour"] = colour;
        File.WriteAllText(file, widget.ToJsonString());
    }

    [Fact]
    public async Task Refresh_configures_from_the_checkpoint_and_reads_with_the_last_outputs_and_inputs()
    {
        var a = (await Stack.UpAsync(RedWidget)).Checkpoint.Named("a");

        var run = await Stack.RefreshAsync();

        Assert.Equal(["Handshake", "GetPluginInfo", "Configure default", "Read a", "Diff a", "Cancel"], run.Trace);
        var read = run.Request<ReadRequest>("Read", "a");
        Assert.Equal((a.Id, UrnOf("a"), Widget), (read.Id, read.Urn, read.Type));
        Assert.Equal((Provider.Rpc.ValueConverter.ToStruct(a.Outputs), Provider.Rpc.ValueConverter.ToStruct(a.Inputs)), (read.Properties, read.Inputs));
        Assert.Equal(["refresh a (same)"], run.ResourceSteps);
    }

    [Fact]
    public async Task Drift_is_diffed_with_the_refreshed_state_as_olds_and_the_old_inputs_as_news_and_saved()
    {
        var a = (await Stack.UpAsync(RedWidget)).Checkpoint.Named("a");
        Repaint(a.Id, "green");

        var run = await Stack.RefreshAsync();

        var diff = run.Request<DiffRequest>("Diff", "a");
        Structs.AssertJson("""{"name":"a","colour":"green","shape":"Round","serial":"SN-x"}""".Replace("SN-x", a.Outputs["serial"].ToString().Trim('"')), diff.Olds);
        Structs.AssertJson("""{"name":"a","colour":"green","shape":"Round"}""", diff.OldInputs);
        Structs.AssertJson("""{"name":"a","colour":"red","shape":"Round"}""", diff.News);
        var step = Assert.Single(run.Steps, step => step.Name == "a");
        Assert.Equal("refresh a (update)", step.ToString());
        Assert.Equal(["colour"], step.Diffs.AsEnumerable());
        Assert.Equal("\"green\"", run.Checkpoint.Named("a").Outputs["colour"].ToString());
        Assert.Equal("\"green\"", run.Checkpoint.Named("a").Inputs["colour"].ToString());
    }

    [Fact]
    public async Task The_drift_Diff_gets_the_resource_s_ignoreChanges()
    {
        await Stack.UpAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"red"}""",
            new ResourceOptions { IgnoreChanges = ["colour"] })));

        var run = await Stack.RefreshAsync();

        Assert.Equal(["colour"], run.Request<DiffRequest>("Diff", "a").IgnoreChanges);
    }

    [Fact]
    public async Task A_resource_that_is_gone_leaves_the_checkpoint()
    {
        var a = (await Stack.UpAsync(RedWidget)).Checkpoint.Named("a");
        File.Delete(Path.Combine(WidgetsDirectory, a.Id + ".json"));

        var run = await Stack.RefreshAsync();

        Assert.Equal(["Read a"], run.TraceOf("a"));
        Assert.Equal(["refresh a (delete)"], run.ResourceSteps);
        Assert.False(run.Checkpoint.Contains("a"));
    }

    [Fact]
    public async Task What_referred_to_a_resource_found_gone_no_longer_does_and_its_child_is_left_without_a_parent()
    {
        var up = await Stack.UpAsync(DeploymentProgram.Of(RedWidget.Resources[0],
            WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}""", new ResourceOptions { Parent = "a", DependsOn = ["a"] })));
        var before = up.Checkpoint.Named("b");
        Assert.Equal((UrnOf("a"), UrnOf("a"), UrnOf("a")),
            (before.Parent, Assert.Single(before.Dependencies), Assert.Single(before.PropertyDependencies["labels"])));
        File.Delete(Path.Combine(WidgetsDirectory, up.Checkpoint.Named("a").Id + ".json"));

        var run = await Stack.RefreshAsync();

        var b = run.Checkpoint.Named("b");
        Assert.Equal((null, 0, false), (b.Parent, b.Dependencies.Length, b.PropertyDependencies.ContainsKey("labels")));
        Assert.Null(Stack.Checkpoint.Named("b").Parent);
    }

    [Fact]
    public async Task A_refresh_preview_reads_too_but_keeps_the_checkpoint()
    {
        var a = (await Stack.UpAsync(RedWidget)).Checkpoint.Named("a");
        Repaint(a.Id, "green");
        var checkpoint = File.ReadAllText(Stack.CheckpointPath);

        var run = await Stack.RefreshAsync(preview: true);

        Assert.Equal(["Read a", "Diff a"], run.TraceOf("a"));
        Assert.Equal(["refresh a (update)"], run.ResourceSteps);
        Assert.Equal(checkpoint, File.ReadAllText(Stack.CheckpointPath));
    }

    [Fact]
    public async Task An_unknown_value_from_Read_fails_the_refresh_even_in_a_preview()
    {
        var a = (await Stack.UpAsync(RedWidget)).Checkpoint.Named("a");
        Repaint(a.Id, Provider.Rpc.ValueConverter.UnknownString);

        var run = await Stack.RefreshAsync(preview: true);

        Assert.Equal(["unexpected unknown property value for \"colour\""], run.Errors);
        Assert.Equal(["refresh a failed"], run.ResourceSteps);
    }
}
