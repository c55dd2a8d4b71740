using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// `pulumi up` (pulumi-protocol.md §4.3): creates, updates, replacements in both orders, and deletes of what the
/// program no longer declares, with the exact arguments of each call.
/// </summary>
public sealed class UpSequenceTests : WidgetStackTests
{
    private static DeploymentProgram One(string properties, ResourceOptions? options = null) =>
        DeploymentProgram.Of(WidgetNamed("a", properties, options));

    [Fact]
    public async Task Create_outside_a_preview_saves_the_id_and_outputs_it_returns()
    {
        var run = await Stack.UpAsync(One("""{"name":"a"}"""));

        var check = run.Request<CheckRequest>("Check", "a");
        Assert.Equal((UrnOf("a"), "a", Widget), (check.Urn, check.Name, check.Type));
        Structs.AssertJson("{}", check.Olds);
        Structs.AssertJson("""{"name":"a"}""", check.News);
        var create = run.Calls("Create", "a").Single();
        var request = (CreateRequest)create.Request;
        Assert.Equal((false, UrnOf("a"), "a", Widget), (request.Preview, request.Urn, request.Name, request.Type));
        Structs.AssertJson("""{"name":"a","colour":"blue","shape":"Round"}""", request.Properties);
        var created = (CreateResponse)create.Response!;
        var a = run.Checkpoint.Named("a");
        Assert.Equal(created.Id, a.Id);
        Assert.Equal(Provider.Rpc.ValueConverter.ToMap(created.Properties), a.Outputs);
        Assert.True(File.Exists(Path.Combine(WidgetsDirectory, a.Id + ".json")));
    }

    [Fact]
    public async Task The_logs_a_plugin_sends_the_engine_are_kept_with_their_resource()
    {
        var run = await Stack.UpAsync(One("""{"name":"a"}"""));

        var progress = Assert.Single(run.Logs, log => log.Ephemeral);
        Assert.Equal(("Making widget a", UrnOf("a"), LogSeverity.Info), (progress.Message, progress.Urn, progress.Severity));
    }

    [Fact]
    public async Task Update_gets_the_id_old_outputs_new_checked_inputs_and_old_inputs_and_keeps_the_id()
    {
        var a = (await Stack.UpAsync(One("""{"name":"a","colour":"red"}"""))).Checkpoint.Named("a");

        var run = await Stack.UpAsync(One("""{"name":"a","colour":"green"}"""));

        Assert.Equal(["Check a", "Diff a", "Update a"], run.TraceOf("a"));
        var update = run.Request<UpdateRequest>("Update", "a");
        Assert.False(update.Preview);
        Assert.Equal((a.Id, Provider.Rpc.ValueConverter.ToStruct(a.Outputs), Provider.Rpc.ValueConverter.ToStruct(a.Inputs)),
            (update.Id, update.Olds, update.OldInputs));
        Structs.AssertJson("""{"name":"a","colour":"green","shape":"Round"}""", update.News);
        var updated = run.Checkpoint.Named("a");
        Assert.Equal((a.Id, "green", a.Outputs["serial"]), (updated.Id, updated.Outputs["colour"].ToString().Trim('"'), updated.Outputs["serial"]));
    }

    [Fact]
    public async Task A_replacement_is_created_first_and_the_old_resource_deleted_at_the_end_with_its_outputs_and_inputs()
    {
        var old = (await Stack.UpAsync(One("""{"name":"a"}"""))).Checkpoint.Named("a");

        var run = await Stack.UpAsync(One("""{"name":"renamed"}"""));

        Assert.Equal(["Check a", "Diff a", "Check a", "Create a", "Delete a"], run.TraceOf("a"));
        var recheck = (CheckRequest)run.Calls("Check", "a")[1].Request;
        Structs.AssertJson("{}", recheck.Olds);
        Structs.AssertJson("""{"name":"renamed"}""", recheck.News);
        Structs.AssertJson("""{"name":"renamed","colour":"blue","shape":"Round"}""", run.Request<CreateRequest>("Create", "a").Properties);
        var delete = run.Request<DeleteRequest>("Delete", "a");
        Assert.Equal((old.Id, Provider.Rpc.ValueConverter.ToStruct(old.Outputs), Provider.Rpc.ValueConverter.ToStruct(old.Inputs)),
            (delete.Id, delete.Properties, delete.OldInputs));
        Assert.Equal(["create-replacement a", "replace a", "delete-replaced a"], run.ResourceSteps);
        Assert.NotEqual(old.Id, run.Checkpoint.Named("a").Id);
        Assert.Single(run.Checkpoint.Resources, resource => resource.Name == "a");
    }

    [Fact]
    public async Task Delete_before_replace_deletes_the_old_resource_before_creating_the_new_one()
    {
        var options = new ResourceOptions { DeleteBeforeReplace = true };
        var old = (await Stack.UpAsync(One("""{"name":"a"}""", options))).Checkpoint.Named("a");

        var run = await Stack.UpAsync(One("""{"name":"renamed"}""", options));

        Assert.Equal(["Check a", "Diff a", "Check a", "Delete a", "Create a"], run.TraceOf("a"));
        var delete = run.Request<DeleteRequest>("Delete", "a");
        Assert.Equal((old.Id, Provider.Rpc.ValueConverter.ToStruct(old.Outputs), Provider.Rpc.ValueConverter.ToStruct(old.Inputs)),
            (delete.Id, delete.Properties, delete.OldInputs));
        var create = run.Request<CreateRequest>("Create", "a");
        Assert.Equal((false, UrnOf("a")), (create.Preview, create.Urn));
        Structs.AssertJson("""{"name":"renamed","colour":"blue","shape":"Round"}""", create.Properties);
        Assert.Equal(["delete-replaced a", "replace a", "create-replacement a"], run.ResourceSteps);
    }

    [Fact]
    public async Task Removed_resources_are_deleted_in_reverse_dependency_order()
    {
        await Stack.UpAsync(DeploymentProgram.Of(
            WidgetNamed("a", """{"name":"a"}"""),
            WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}"""),
            WidgetNamed("c", """{"name":"c"}""", new ResourceOptions { DependsOn = ["b"] })));

        var run = await Stack.UpAsync(DeploymentProgram.Empty);

        Assert.Equal(["Delete c", "Delete b", "Delete a"], run.Calls("Delete").Select(call => call.ToString()));
        Assert.Equal(["delete c", "delete b", "delete a"], run.ResourceSteps);
        Assert.Empty(run.Checkpoint.ResourceNames);
        Assert.Empty(Directory.EnumerateFiles(WidgetsDirectory));
    }

    /// <summary>Creates widget a with these options, then runs a program without it.</summary>
    private async Task<RunResult> RemoveAfterCreatingWith(ResourceOptions options)
    {
        await Stack.UpAsync(One("""{"name":"a"}""", options));
        return await Stack.UpAsync(DeploymentProgram.Empty);
    }

    [Fact]
    public async Task A_removed_resource_with_retainOnDelete_leaves_the_stack_without_a_Delete_call()
    {
        var run = await RemoveAfterCreatingWith(new ResourceOptions { RetainOnDelete = true });

        Assert.Empty(run.Calls("Delete"));
        Assert.Equal(["delete a"], run.ResourceSteps);
        Assert.False(run.Checkpoint.Contains("a"));
        Assert.Single(Directory.EnumerateFiles(WidgetsDirectory));
    }

    [Fact]
    public async Task A_removed_protected_resource_is_an_error_instead_of_a_delete()
    {
        var run = await RemoveAfterCreatingWith(new ResourceOptions { Protect = true });

        Assert.Empty(run.Calls("Delete"));
        Assert.StartsWith($"resource \"{UrnOf("a")}\" cannot be deleted\nbecause it is protected.", Assert.Single(run.Errors));
        Assert.True(run.Checkpoint.Contains("a"));
    }

    [Fact]
    public async Task A_protected_resource_that_must_be_replaced_is_an_error_and_nothing_is_created()
    {
        await Stack.UpAsync(One("""{"name":"a"}""", new ResourceOptions { Protect = true }));

        var run = await Stack.UpAsync(One("""{"name":"renamed"}""", new ResourceOptions { Protect = true }));

        Assert.Equal(["Check a", "Diff a"], run.TraceOf("a"));
        Assert.StartsWith($"unable to replace resource \"{UrnOf("a")}\"", Assert.Single(run.Errors));
    }

    [Fact]
    public async Task IgnoreChanges_keeps_the_old_value_in_Check_and_is_passed_to_Diff_and_Update()
    {
        var ignoring = new ResourceOptions { IgnoreChanges = ["colour"] };
        await Stack.UpAsync(One("""{"name":"a","colour":"red","count":1}""", ignoring));

        var run = await Stack.UpAsync(One("""{"name":"a","colour":"green","count":2}""", ignoring));

        Structs.AssertJson("""{"name":"a","colour":"red","count":2}""", run.Request<CheckRequest>("Check", "a").News);
        Assert.Equal(["colour"], run.Request<DiffRequest>("Diff", "a").IgnoreChanges);
        Assert.Equal(["colour"], run.Request<UpdateRequest>("Update", "a").IgnoreChanges);
        Assert.Equal("\"red\"", run.Checkpoint.Named("a").Outputs["colour"].ToString());
    }

    [Fact]
    public async Task An_ignoreChanges_path_that_does_not_parse_is_passed_over()
    {
        var ignoring = new ResourceOptions { IgnoreChanges = ["labels[", "colour"] };
        await Stack.UpAsync(One("""{"name":"a","colour":"red"}""", ignoring));

        var run = await Stack.UpAsync(One("""{"name":"a","colour":"green"}""", ignoring));

        Assert.Empty(run.Errors);
        Assert.Equal(["same a"], run.ResourceSteps);
    }

    [Fact]
    public async Task An_output_whose_input_turns_secret_is_kept_secret_even_when_nothing_else_changes()
    {
        await Stack.UpAsync(One("""{"name":"a","colour":"red"}"""));
        var secretColour = new ResourceDeclaration("a", Widget,
        [
            KeyValuePair.Create<string, Expression>("name", new ConstantExpression(PropertyValue.String("a"))),
            KeyValuePair.Create<string, Expression>("colour", new SecretExpression(new ConstantExpression(PropertyValue.String("red")))),
        ]);

        var run = await Stack.UpAsync(DeploymentProgram.Of(secretColour));

        Assert.Equal(["same a"], run.ResourceSteps);
        Assert.Equal(PropertyValue.String("red").WithSecret(), run.Checkpoint.Named("a").Outputs["colour"]);
    }

    [Fact]
    public async Task An_output_named_in_additionalSecretOutputs_is_saved_secret()
    {
        var run = await Stack.UpAsync(One("""{"name":"a"}""", new ResourceOptions { AdditionalSecretOutputs = ["serial"] }));

        var a = run.Checkpoint.Named("a");
        Assert.True(a.Outputs["serial"].IsSecret);
        Assert.Equal(["serial"], Stack.Checkpoint.Named("a").AdditionalSecretOutputs.AsEnumerable());
    }

    [Fact]
    public async Task A_check_failure_is_reported_per_property_and_nothing_is_created()
    {
        var run = await Stack.UpAsync(One("""{"name":"a","colour":5}"""));

        Assert.Equal(["Check a"], run.TraceOf("a"));
        Assert.Equal(
            [$"{Widget} resource 'a': property colour value {{5}} has a problem: colour must be a string, not 5.", $"resource {UrnOf("a")} is invalid"],
            run.Errors);
        Assert.False(run.Checkpoint.Contains("a"));
    }
}
