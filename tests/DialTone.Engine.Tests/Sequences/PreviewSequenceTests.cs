namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// `pulumi preview` (pulumi-protocol.md §4.2): Check, Diff for what exists, and Create or Update with preview=true;
/// nothing is deleted, nothing is written, and the checkpoint stays as it was.
/// </summary>
public sealed class PreviewSequenceTests : WidgetStackTests
{
    private static DeploymentProgram Red(string name = "a") => DeploymentProgram.Of(WidgetNamed("a", $$"""{"name":"{{name}}","colour":"red"}"""));

    private bool AnyWidgetMade => Directory.Exists(WidgetsDirectory) && Directory.EnumerateFiles(WidgetsDirectory).Any();

    [Fact]
    public async Task A_new_resource_is_checked_against_empty_olds_and_created_in_preview()
    {
        var run = await Stack.PreviewAsync(Red());

        Assert.Equal(["Check a", "Create a"], run.TraceOf("a"));
        var check = run.Request<CheckRequest>("Check", "a");
        Structs.AssertJson("{}", check.Olds);
        Structs.AssertJson("""{"name":"a","colour":"red"}""", check.News);
        Assert.Equal((UrnOf("a"), Widget, 32), (check.Urn, check.Type, check.RandomSeed.Length));
        var create = run.Request<CreateRequest>("Create", "a");
        Assert.True(create.Preview);
        Structs.AssertJson("""{"name":"a","colour":"red","shape":"Round"}""", create.Properties);
    }

    [Fact]
    public async Task A_preview_of_a_protected_replacement_fails_and_still_shows_every_step()
    {
        var protect = new ResourceOptions { Protect = true };
        await Stack.UpAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a"}""", protect)));

        var run = await Stack.PreviewAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"renamed"}""", protect),
            WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}""")));

        Assert.StartsWith($"unable to replace resource \"{UrnOf("a")}\"", Assert.Single(run.Errors));
        Assert.Equal(["create-replacement a", "replace a", "create b", "delete-replaced a"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_preview_writes_nothing_and_leaves_no_checkpoint()
    {
        var run = await Stack.PreviewAsync(Red());

        Assert.Equal(["create a"], run.ResourceSteps);
        Assert.False(AnyWidgetMade);
        Assert.False(File.Exists(Stack.CheckpointPath));
    }

    [Fact]
    public async Task An_unchanged_resource_is_checked_against_its_old_inputs_and_diffed_and_nothing_more()
    {
        var up = await Stack.UpAsync(Red());
        var a = up.Checkpoint.Named("a");

        var run = await Stack.PreviewAsync(Red());

        Assert.Equal(["Check a", "Diff a"], run.TraceOf("a"));
        Structs.AssertJson("""{"name":"a","colour":"red","shape":"Round"}""", run.Request<CheckRequest>("Check", "a").Olds);
        var diff = run.Request<DiffRequest>("Diff", "a");
        Assert.Equal(a.Id, diff.Id);
        Assert.Equal(Provider.Rpc.ValueConverter.ToStruct(a.Outputs), diff.Olds);
        Assert.Equal(Provider.Rpc.ValueConverter.ToStruct(a.Inputs), diff.OldInputs);
        Structs.AssertJson("""{"name":"a","colour":"red","shape":"Round"}""", diff.News);
        Assert.Empty(diff.IgnoreChanges);
        Assert.Equal(["same a"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_changed_resource_is_updated_in_preview_with_its_old_outputs_and_inputs()
    {
        var a = (await Stack.UpAsync(Red())).Checkpoint.Named("a");
        var checkpoint = File.ReadAllText(Stack.CheckpointPath);

        var run = await Stack.PreviewAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"green"}""")));

        Assert.Equal(["Check a", "Diff a", "Update a"], run.TraceOf("a"));
        var update = run.Request<UpdateRequest>("Update", "a");
        Assert.True(update.Preview);
        Assert.Equal((a.Id, Provider.Rpc.ValueConverter.ToStruct(a.Outputs)), (update.Id, update.Olds));
        Structs.AssertJson("""{"name":"a","colour":"green","shape":"Round"}""", update.News);
        Assert.Equal(Provider.Rpc.ValueConverter.ToStruct(a.Inputs), update.OldInputs);
        Assert.Equal(["update a"], run.ResourceSteps);
        Assert.Equal(checkpoint, File.ReadAllText(Stack.CheckpointPath));
    }

    [Fact]
    public async Task A_replaced_resource_is_checked_again_from_nothing_and_created_in_preview_and_its_delete_only_shown()
    {
        await Stack.UpAsync(Red());

        var run = await Stack.PreviewAsync(Red(name: "renamed"));

        Assert.Equal(["Check a", "Diff a", "Check a", "Create a"], run.TraceOf("a"));
        var recheck = (CheckRequest)run.Calls("Check", "a")[1].Request;
        Structs.AssertJson("{}", recheck.Olds);
        Structs.AssertJson("""{"name":"renamed","colour":"red"}""", recheck.News);
        var create = run.Request<CreateRequest>("Create", "a");
        Assert.True(create.Preview);
        Structs.AssertJson("""{"name":"renamed","colour":"red","shape":"Round"}""", create.Properties);
        Assert.Empty(run.Calls("Delete"));
        Assert.Equal(["create-replacement a", "replace a", "delete-replaced a"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_preview_Diff_gets_the_ignoreChanges_and_the_news_with_the_ignored_value_kept()
    {
        var ignoring = new ResourceOptions { IgnoreChanges = ["colour"] };
        await Stack.UpAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"red"}""", ignoring)));

        var run = await Stack.PreviewAsync(DeploymentProgram.Of(WidgetNamed("a", """{"name":"a","colour":"green"}""", ignoring)));

        var diff = run.Request<DiffRequest>("Diff", "a");
        Assert.Equal(["colour"], diff.IgnoreChanges);
        Structs.AssertJson("""{"name":"a","colour":"red","shape":"Round"}""", diff.News);
        Assert.Equal(["same a"], run.ResourceSteps);
    }

    [Fact]
    public async Task A_removed_resource_is_shown_deleted_without_a_Delete_call()
    {
        await Stack.UpAsync(Red());

        var run = await Stack.PreviewAsync(DeploymentProgram.Empty);

        Assert.Empty(run.Calls("Delete"));
        Assert.Equal(["delete a"], run.ResourceSteps);
        Assert.True(Stack.Checkpoint.Contains("a"));
    }
}
