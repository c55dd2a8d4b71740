namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>
/// A step that fails part-way (ErrorResourceInitFailed) leaves the checkpoint as the engine leaves it: the resource
/// saved with its id, its state and its init errors (and, for an update, its old inputs), the run failed, and
/// nothing that needed it started.
/// </summary>
public sealed class PartialFailureTests : WidgetStackTests
{
    private static DeploymentProgram Inspected(bool fail) => DeploymentProgram.Of(
        WidgetNamed("a", $$"""{"name":"a","failInspection":{{(fail ? "true" : "false")}}}"""),
        WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}"""));

    [Fact]
    public async Task A_partly_created_resource_is_saved_with_its_id_and_init_errors_and_its_dependents_never_start()
    {
        var run = await Stack.UpAsync(Inspected(fail: true));

        Assert.False(run.Succeeded);
        Assert.Equal(["create a failed"], run.ResourceSteps);
        Assert.Empty(run.TraceOf("b"));
        var a = run.Checkpoint.Named("a");
        Assert.StartsWith("widget-", a.Id);
        Assert.Equal(["widget a was made but failed its inspection"], a.InitErrors.AsEnumerable());
        Assert.StartsWith("SN-", a.Outputs["serial"].ToString().Trim('"'));
        Assert.False(run.Checkpoint.Contains("b"));
    }

    [Fact]
    public async Task The_next_run_updates_a_resource_with_init_errors_even_without_changes_and_clears_them()
    {
        var failed = (await Stack.UpAsync(Inspected(fail: true))).Checkpoint.Named("a");

        var run = await Stack.UpAsync(Inspected(fail: true));

        Assert.Equal(["Check a", "Diff a", "Update a"], run.TraceOf("a"));
        Assert.Equal(failed.Id, run.Request<UpdateRequest>("Update", "a").Id);
        Assert.Empty(run.Checkpoint.Named("a").InitErrors);
        Assert.Equal(["update a", "create b"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_partly_updated_resource_keeps_its_old_inputs_with_the_new_outputs_so_the_next_run_updates_it_again()
    {
        var before = (await Stack.UpAsync(Inspected(fail: false))).Checkpoint.Named("a");

        var failed = await Stack.UpAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"green","failInspection":true}""")));
        var next = await Stack.UpAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"green","failInspection":true}""")));

        Assert.Equal(["update a failed"], failed.ResourceSteps);
        var a = failed.Checkpoint.Named("a");
        Assert.Equal(before.Inputs, a.Inputs);
        Assert.Equal(("\"green\"", "true"), (a.Outputs["colour"].ToString(), a.Outputs["failInspection"].ToString()));
        Assert.Equal(["widget a was changed but failed its inspection"], a.InitErrors.AsEnumerable());
        Assert.Equal(["Check a", "Diff a", "Update a"], next.TraceOf("a"));
        Assert.Equal(before.Inputs, Provider.Rpc.ValueConverter.ToMap(next.Request<UpdateRequest>("Update", "a").OldInputs));
    }

    [Fact]
    public async Task A_partial_failure_that_gives_no_id_fails_the_create_and_saves_nothing()
    {
        SetPluginEnvironment("DIALTONE_TEST_PARTIAL_CREATE_WITHOUT_ID", "1");

        var run = await Stack.UpAsync(Inspected(fail: true));

        Assert.Equal([$"plugin returned empty resource.ID from create '{UrnOf("a")}'"], run.Errors);
        Assert.Equal(["create a failed"], run.ResourceSteps);
        Assert.False(run.Checkpoint.Contains("a"));
    }
}
