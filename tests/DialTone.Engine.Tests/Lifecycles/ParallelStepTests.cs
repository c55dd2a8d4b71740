namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>
/// Steps of independent resources run at the same time, as the engine runs them; a resource that needs another
/// waits for it. Checks and Diffs, made while steps are generated, come one at a time.
/// </summary>
public sealed class ParallelStepTests : WidgetStackTests
{
    private static readonly DeploymentProgram TwoSlowAndOneAfter = DeploymentProgram.Of(
        WidgetNamed("a", """{"name":"a","makingMilliseconds":600}"""),
        WidgetNamed("b", """{"name":"b","makingMilliseconds":600}"""),
        WidgetNamed("c", """{"name":"c","labels":{"after":"${a.serial}"}}"""));

    [Fact]
    public async Task The_creates_of_independent_resources_overlap()
    {
        var run = await Stack.UpAsync(TwoSlowAndOneAfter);

        var (a, b) = (run.Calls("Create", "a").Single(), run.Calls("Create", "b").Single());
        Assert.True(a.Overlaps(b), "The two slow creates ran one after the other.");
    }

    [Fact]
    public async Task A_resource_reading_another_is_checked_only_after_that_one_is_created()
    {
        var run = await Stack.UpAsync(TwoSlowAndOneAfter);

        Assert.True(run.Calls("Check", "c").Single().Started >= run.Calls("Create", "a").Single().Ended);
    }

    [Fact]
    public async Task Checks_never_overlap()
    {
        var run = await Stack.UpAsync(TwoSlowAndOneAfter);

        var checks = run.Calls("Check");
        Assert.DoesNotContain(checks, check => checks.Any(other => other != check && other.Overlaps(check)));
    }
}
