namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>The README's "how to write a test with the harness", as written there.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task The_readme_example_runs_as_written()
    {
        static DeploymentProgram Widgets(string colour) => DeploymentProgram.Of(
            ResourceDeclaration.FromJson("a", "dialtonetest:index:Widget", $$"""{"name":"a","colour":"{{colour}}"}"""),
            ResourceDeclaration.FromJson("b", "dialtonetest:index:Widget", """{"name":"b","labels":{"after":"${a.serial}"}}"""));

        using var project = new TemporaryProject();
        var stack = project.NewStack("widgets").WithConfig("dialtonetest:lab", "lab.db");
        await stack.UpAsync(Widgets("red"));

        var run = await stack.UpAsync(Widgets("green"));

        Assert.Equal(["Check a", "Diff a", "Update a"], run.TraceOf("a"));
        Structs.AssertJson("""{"name":"a","colour":"green","shape":"Round"}""", run.Request<UpdateRequest>("Update", "a").News);
        Assert.Equal(["update a", "same b"], run.ResourceSteps);
    }
}
