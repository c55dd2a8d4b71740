namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>
/// What a replacement does to the resources that depend on the replaced one, in both orders (step_generator.go):
/// created before deleted, dependents are updated or replaced on the new resource before the old one goes at the
/// end; deleted before replaced, dependents that would be replaced go first, and come back as replacements.
/// </summary>
public sealed class ReplacementDependentsTests : WidgetStackTests
{
    /// <summary>b's name comes from a (a change of it replaces b), c only labels itself with a's serial (an update).</summary>
    private static DeploymentProgram Family(string aName, bool deleteBeforeReplace = false) => DeploymentProgram.Of(
        WidgetNamed("a", $$"""{"name":"{{aName}}"}""", new ResourceOptions { DeleteBeforeReplace = deleteBeforeReplace }),
        WidgetNamed("b", """{"name":"b-${a.serial}"}"""),
        WidgetNamed("c", """{"name":"c","labels":{"after":"${a.serial}"}}"""));

    [Fact]
    public async Task Created_before_deleted_dependents_are_replaced_or_updated_and_the_old_ones_deleted_dependents_first_at_the_end()
    {
        await Stack.UpAsync(Family("a"));

        var run = await Stack.UpAsync(Family("renamed"));

        Assert.Equal(["Check a", "Diff a", "Check a", "Create a", "Delete a"], run.TraceOf("a"));
        Assert.Equal(["Check b", "Diff b", "Check b", "Create b", "Delete b"], run.TraceOf("b"));
        Assert.Equal(["Check c", "Diff c", "Update c"], run.TraceOf("c"));
        Assert.Equal(["Delete b", "Delete a"], run.Calls("Delete").Select(call => call.ToString()));
        Assert.True(run.Calls("Delete", "a").Single().Started > run.Calls("Update", "c").Single().Ended);
    }

    [Fact]
    public async Task Deleted_before_replaced_dependents_that_would_be_replaced_are_deleted_first_then_recreated_without_a_diff()
    {
        await Stack.UpAsync(Family("a", deleteBeforeReplace: true));

        var run = await Stack.UpAsync(Family("renamed", deleteBeforeReplace: true));

        // b and c are asked in checkpoint order, which is the order their creates finished in.
        var calls = run.Trace.Where(call => call.EndsWith(" a") || call is "Diff b" or "Diff c" or "Delete b").ToList();
        Assert.Equal(["Check a", "Diff a", "Check a"], calls[..3]);
        Assert.Equal(["Diff b", "Diff c"], calls[3..5].Order());
        Assert.Equal(["Delete b", "Delete a", "Create a", "Diff c"], calls[5..]);
        Assert.Equal(["Diff b", "Delete b", "Check b", "Create b"], run.TraceOf("b"));
        Assert.Equal(["Diff c", "Check c", "Diff c", "Update c"], run.TraceOf("c"));
        // The name b takes from a is unknown in the Diff that decides b's fate.
        Assert.Equal(Provider.Rpc.ValueConverter.UnknownString, run.Request<DiffRequest>("Diff", "b").News.Fields["name"].StringValue);
        Structs.AssertJson("{}", run.Request<CheckRequest>("Check", "b").Olds);
        Assert.Equal(["delete-replaced b", "delete-replaced a", "replace a", "create-replacement a"], run.ResourceSteps.Take(4));
        Assert.Equal(["create-replacement b", "replace b", "update c"], run.ResourceSteps.Skip(4).Order());
    }
}
