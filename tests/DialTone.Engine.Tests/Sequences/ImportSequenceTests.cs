namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// Adopting an existing resource (pulumi-protocol.md §4.6): the `import` option reads it with no state, then
/// checks the program's inputs against what was read and diffs; `pulumi import` reads, checks the read inputs
/// against themselves, and loads the schema for the code it generates.
/// </summary>
public sealed class ImportSequenceTests : WidgetStackTests
{
    private const string ExistingId = "widget-existing";

    private void MakeWidgetOutsideTheStack(string colour = "red") => MakeWidgetOutsideTheStack(ExistingId, colour);

    private static DeploymentProgram Adopting(string colour, string id = ExistingId) => DeploymentProgram.Of(
        WidgetNamed("a", $$"""{"name":"found","colour":"{{colour}}"}""", new ResourceOptions { Import = id }));

    [Fact]
    public async Task The_import_option_reads_with_the_id_alone_then_checks_the_program_inputs_against_what_was_read()
    {
        MakeWidgetOutsideTheStack();

        var run = await Stack.UpAsync(Adopting("red"));

        Assert.Equal(["Read a", "Check a", "Diff a"], run.TraceOf("a"));
        var read = run.Request<ReadRequest>("Read", "a");
        Assert.Equal((ExistingId, UrnOf("a")), (read.Id, read.Urn));
        Assert.Null(read.Properties);
        Assert.Null(read.Inputs);
        var check = run.Request<CheckRequest>("Check", "a");
        Structs.AssertJson("""{"name":"found","colour":"red","shape":"Round"}""", check.Olds);
        Structs.AssertJson("""{"name":"found","colour":"red"}""", check.News);
        Assert.Equal(["import a"], run.ResourceSteps);
        var a = run.Checkpoint.Named("a");
        Assert.Equal((ExistingId, ExistingId, "\"SN-found\""), (a.Id, a.ImportId, a.Outputs["serial"].ToString()));
    }

    [Fact]
    public async Task An_imported_resource_that_differs_from_the_program_is_updated_right_after_the_import()
    {
        MakeWidgetOutsideTheStack();

        var run = await Stack.UpAsync(Adopting("green"));

        Assert.Equal(["Read a", "Check a", "Diff a", "Update a"], run.TraceOf("a"));
        Assert.Equal(["import a", "update a"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_resource_already_imported_is_diffed_like_any_other_on_the_next_run()
    {
        MakeWidgetOutsideTheStack();
        await Stack.UpAsync(Adopting("red"));

        var run = await Stack.UpAsync(Adopting("red"));

        Assert.Equal(["Check a", "Diff a"], run.TraceOf("a"));
        Assert.Equal(["same a"], run.ResourceSteps);
    }

    [Fact]
    public async Task An_import_in_a_preview_reads_checks_and_diffs_and_saves_nothing()
    {
        MakeWidgetOutsideTheStack();

        var run = await Stack.PreviewAsync(Adopting("red"));

        Assert.Equal(["Read a", "Check a", "Diff a"], run.TraceOf("a"));
        Assert.Equal(ExistingId, run.Request<ReadRequest>("Read", "a").Id);
        Assert.Equal(["import a"], run.ResourceSteps);
        Assert.False(File.Exists(Stack.CheckpointPath));
    }

    [Fact]
    public async Task A_resource_that_still_names_its_import_id_may_not_be_replaced()
    {
        MakeWidgetOutsideTheStack();
        await Stack.UpAsync(Adopting("red"));
        var renamed = DeploymentProgram.Of(WidgetNamed("a", """{"name":"renamed","colour":"red"}""", new ResourceOptions { Import = ExistingId }));

        var preview = await Stack.PreviewAsync(renamed);
        var run = await Stack.UpAsync(renamed);

        const string Refusal = "previously-imported resources that still specify an ID may not be replaced; please remove the `import` " +
            "declaration from your program;\nname: \"found\" => \"renamed\"";
        Assert.Equal((Refusal, DiagnosticSeverity.Warning), (preview.Diagnostics.Single().Message, preview.Diagnostics.Single().Severity));
        Assert.Equal([Refusal], run.Errors);
        Assert.Empty(run.Calls("Create"));
        Assert.Equal(ExistingId, run.Checkpoint.Named("a").Id);
    }

    [Fact]
    public async Task Importing_an_id_that_does_not_exist_fails_naming_it()
    {
        var run = await Stack.UpAsync(Adopting("red", id: "widget-missing"));

        Assert.Equal(["resource 'widget-missing' does not exist"], run.Errors);
        Assert.False(run.Checkpoint.Contains("a"));
    }

    [Fact]
    public async Task An_unknown_value_from_the_import_s_Read_fails_the_import_and_saves_nothing()
    {
        MakeWidgetOutsideTheStack(colour: Provider.Rpc.ValueConverter.UnknownString);

        var run = await Stack.UpAsync(Adopting("red"));

        Assert.Equal(["unexpected unknown property value for \"colour\""], run.Errors);
        Assert.Equal(["import a failed"], run.ResourceSteps);
        Assert.False(run.Checkpoint.Contains("a"));
    }

    [Fact]
    public async Task Pulumi_import_reads_checks_the_read_inputs_against_themselves_and_loads_the_schema_on_its_own_process()
    {
        MakeWidgetOutsideTheStack();

        var run = await Stack.ImportAsync(Widget, "found", ExistingId);

        Assert.Equal(["Read found", "Check found"], run.TraceOf("found"));
        var check = run.Request<CheckRequest>("Check", "found");
        Assert.Equal(check.Olds, check.News);
        Structs.AssertJson("""{"name":"found","colour":"red","shape":"Round"}""", check.News);
        Assert.Equal(["Handshake", "GetPluginInfo", "GetSchema", "Cancel"],
            run.Rpcs.Where(call => call.Plugin == "schema").Select(call => call.ToString()));
        Assert.Equal(["import found"], run.ResourceSteps);
        Assert.Equal((ExistingId, ""), (run.Checkpoint.Named("found").Id, run.Checkpoint.Named("found").ImportId));
    }
}
