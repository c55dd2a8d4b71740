namespace DialTone.Engine.Tests.Sequences;

/// <summary>
/// `pulumi destroy` (pulumi-protocol.md §4.5): every custom resource deleted in reverse dependency order on a
/// provider configured from the checkpoint alone; its preview calls no Delete.
/// </summary>
public sealed class DestroySequenceTests : WidgetStackTests
{
    private static readonly DeploymentProgram Chain = DeploymentProgram.Of(
        WidgetNamed("a", """{"name":"a"}"""),
        WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}"""));

    [Fact]
    public async Task Destroy_configures_from_the_checkpoint_and_deletes_dependents_first()
    {
        var up = await Stack.UpAsync(Chain);

        var run = await Stack.DestroyAsync();

        Assert.Equal(["Handshake", "GetPluginInfo", "Configure default", "Delete b", "Delete a", "Cancel"], run.Trace);
        var b = up.Checkpoint.Named("b");
        var delete = run.Request<DeleteRequest>("Delete", "b");
        Assert.Equal((b.Id, Provider.Rpc.ValueConverter.ToStruct(b.Outputs), Provider.Rpc.ValueConverter.ToStruct(b.Inputs)),
            (delete.Id, delete.Properties, delete.OldInputs));
        Assert.Equal(up.Checkpoint.Named("default").Id, run.Request<ConfigureRequest>("Configure", "default").Id);
        Assert.Empty(run.Checkpoint.Resources);
        Assert.Empty(Directory.EnumerateFiles(WidgetsDirectory));
    }

    [Fact]
    public async Task A_destroy_preview_shows_the_deletes_and_calls_no_Delete()
    {
        await Stack.UpAsync(Chain);

        var run = await Stack.DestroyAsync(preview: true);

        Assert.Equal(["Handshake", "GetPluginInfo", "Configure default", "Cancel"], run.Trace);
        Assert.Equal(["delete b", "delete a"], run.ResourceSteps);
        Assert.Equal(["a", "b"], Stack.Checkpoint.ResourceNames);
    }

    [Fact]
    public async Task Destroy_refuses_a_protected_resource_keeps_what_it_needs_and_deletes_the_rest()
    {
        await Stack.UpAsync(DeploymentProgram.Of(
            WidgetNamed("a", """{"name":"a"}"""),
            WidgetNamed("b", """{"name":"b","labels":{"after":"${a.serial}"}}""", new ResourceOptions { Protect = true }),
            WidgetNamed("c", """{"name":"c"}""")));

        var run = await Stack.DestroyAsync();

        Assert.Equal(["Delete c"], run.Calls("Delete").Select(call => call.ToString()));
        Assert.Equal(["delete b failed", "delete c"], run.ResourceSteps);
        Assert.StartsWith($"resource \"{UrnOf("b")}\" cannot be deleted", Assert.Single(run.Errors));
        Assert.Equal(["a", "b"], run.Checkpoint.ResourceNames);
    }
}
