namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>
/// Steps of independent resources run at the same time, as the engine runs them; a resource that needs another
/// waits for it. Checks and Diffs, made while steps are generated, come one at a time.
/// </summary>
public sealed class ParallelStepTests(ParallelStepTests.TwoTogetherAndOneAfter up) : IClassFixture<ParallelStepTests.TwoTogetherAndOneAfter>
{
    /// <summary>
    /// Widgets a and b, and c reading a, made by a plugin whose creates each wait until two creates have started:
    /// creates made one at a time would fail after 30 s, naming how many started.
    /// </summary>
    public sealed class TwoTogetherAndOneAfter : SharedWidgetRuns
    {
        internal RunResult Run { get; private set; } = null!;

        private protected override async Task RunAsync()
        {
            SetPluginEnvironment("DIALTONE_TEST_CREATES_TOGETHER", "2");
            Run = await Stack.UpAsync(DeploymentProgram.Of(
                WidgetNamed("a", """{"name":"a"}"""),
                WidgetNamed("b", """{"name":"b"}"""),
                WidgetNamed("c", """{"name":"c","labels":{"after":"${a.serial}"}}""")));
        }
    }

    private RunResult Run => up.Run;

    [Fact]
    public void The_creates_of_independent_resources_overlap()
    {
        Assert.Empty(Run.Errors);
        Assert.True(Run.Calls("Create", "a").Single().Overlaps(Run.Calls("Create", "b").Single()));
    }

    [Fact]
    public void A_resource_reading_another_is_checked_only_after_that_one_is_created() =>
        Assert.True(Run.Calls("Check", "c").Single().Started >= Run.Calls("Create", "a").Single().Ended);

    [Fact]
    public void Checks_never_overlap()
    {
        var checks = Run.Calls("Check");
        Assert.Equal(3, checks.Count);
        Assert.DoesNotContain(checks, check => checks.Any(other => other != check && other.Overlaps(check)));
    }
}
