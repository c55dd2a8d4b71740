namespace DialTone.Engine.Tests.Components;

/// <summary>
/// The test plugin's component over a stack's life: preview, up, a change, up, a child it no longer makes, and
/// destroy, with the calls Construct makes to the engine's ResourceMonitor each time.
/// </summary>
public sealed class ComponentLifecycleTests : ComponentStackTests
{
    private static readonly string[] FullConstruction =
    [
        "SupportsFeature outputValues", "RegisterResource pair", "RegisterResource pair-first", "RegisterResource pair-second",
        "RegisterResourceOutputs pair",
    ];

    private static readonly string[] Children = ["pair-first", "pair-second"];

    [Fact]
    public async Task A_preview_constructs_with_dry_run_creates_nothing_and_leaves_outputs_unknown()
    {
        var run = await Stack.PreviewAsync(PairProgram("{}"));

        Assert.True(run.Request<ConstructRequest>("Construct", "pair").DryRun);
        Assert.Equal(FullConstruction, run.MonitorTrace);
        Assert.All(run.Calls("Create"), create => Assert.True(((CreateRequest)create.Request).Preview));
        Assert.Equal(["create pair", "create pair-first", "create pair-second"], run.ResourceSteps);
        Assert.True(run.Outputs["firstSerial"].IsComputed);
        Assert.False(Directory.Exists(WidgetsDirectory));
        var registered = (RegisterResourceResponse)run.MonitorCalls.Single(call => call.Subject == "pair-first").Response!;
        Assert.Equal((ChildUrn("pair-first"), ""), (registered.Urn, registered.Id));
        Assert.Equal(Provider.Rpc.ValueConverter.UnknownString, registered.Object.Fields["serial"].StringValue);
        Assert.Equal("pair-first", registered.Object.Fields["name"].StringValue);
    }

    [Fact]
    public async Task Up_creates_the_children_and_a_second_identical_up_changes_nothing()
    {
        var first = await Stack.UpAsync(PairProgram("{}"));

        var run = await Stack.UpAsync(PairProgram("{}"));

        Assert.Equal(FullConstruction, first.MonitorTrace);
        var created = (RegisterResourceResponse)first.MonitorCalls.Single(call => call.Subject == "pair-first").Response!;
        var child = first.Checkpoint.Named("pair-first");
        Assert.Equal((child.Id, child.Outputs["serial"].ToString().Trim('"')), (created.Id, created.Object.Fields["serial"].StringValue));
        Assert.Equal(FullConstruction, run.MonitorTrace);
        Assert.Equal(["Check pair-first", "Diff pair-first", "Check pair-second", "Diff pair-second"], run.Trace.Where(call => call.Contains("pair-")));
        Assert.Equal(["same pair", "same pair-first", "same pair-second"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_changed_component_input_updates_its_children_and_its_preview_shows_it_first()
    {
        await Stack.UpAsync(PairProgram("""{"colour":"red"}"""));

        var preview = await Stack.PreviewAsync(PairProgram("""{"colour":"blue"}"""));
        var run = await Stack.UpAsync(PairProgram("""{"colour":"blue"}"""));

        Assert.Equal(["same pair", "update pair-first", "update pair-second"], preview.ResourceSteps);
        Assert.Equal(["same pair", "update pair-first", "update pair-second"], run.ResourceSteps);
        Assert.Equal(["Check pair-first", "Diff pair-first", "Update pair-first", "Check pair-second", "Diff pair-second", "Update pair-second"],
            run.Trace.Where(call => call.Contains("pair-")));
        Assert.All(Children, name => Assert.Equal("\"blue\"", run.Checkpoint.Named(name).Outputs["colour"].ToString()));
        var registration = (RegisterResourceRequest)run.MonitorCalls.Single(call => call.Subject == "pair-first").Request;
        Assert.Equal(("blue", Widget, PairUrn), (registration.Object.Fields["colour"].StringValue, registration.Type, registration.Parent));
    }

    [Fact]
    public async Task A_child_a_later_construct_no_longer_registers_is_deleted_at_the_end()
    {
        var second = (await Stack.UpAsync(PairProgram("{}"))).Checkpoint.Named("pair-second");

        var run = await Stack.UpAsync(PairProgram("""{"firstOnly":true}"""));

        Assert.Equal(["SupportsFeature outputValues", "RegisterResource pair", "RegisterResource pair-first", "RegisterResourceOutputs pair"],
            run.MonitorTrace);
        Assert.Equal(second.Id, run.Request<DeleteRequest>("Delete", "pair-second").Id);
        Assert.Equal(["same pair", "same pair-first", "delete pair-second"], run.ResourceSteps);
        Assert.False(run.Checkpoint.Contains("pair-second"));
    }

    [Fact]
    public async Task Destroy_deletes_the_children_before_the_component_without_constructing()
    {
        await Stack.UpAsync(PairProgram("{}"));

        var run = await Stack.DestroyAsync();

        Assert.Empty(run.MonitorCalls);
        Assert.Equal(["Delete pair-second", "Delete pair-first"], run.Calls("Delete").Select(call => call.ToString()));
        Assert.Equal(["delete pair-second", "delete pair-first", "delete pair"], run.ResourceSteps);
        Assert.Empty(run.Checkpoint.Resources);
    }
}
