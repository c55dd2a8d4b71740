namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>
/// A run that fails part-way, whatever the failure, ends as the engine's does: the error is reported, and the
/// checkpoint keeps every step that completed, so the next run neither forgets nor duplicates a resource.
/// </summary>
public sealed class FailedRunTests : WidgetStackTests
{
    private static readonly ResourceDeclaration Labelled = WidgetNamed("a", """{"name":"a","labels":{"team":"blue"}}""");

    [Fact]
    public async Task An_error_of_the_program_after_a_create_keeps_the_created_resource_in_the_checkpoint()
    {
        var failed = await Stack.UpAsync(DeploymentProgram.Of(Labelled, WidgetNamed("b", """{"name":"b-${a.labels}"}""")));

        var run = await Stack.UpAsync(DeploymentProgram.Of(Labelled));

        Assert.Equal(["Cannot interpolate an object into a string."], failed.Errors);
        Assert.Equal(["a"], failed.Checkpoint.ResourceNames);
        Assert.Equal(["same a"], run.ResourceSteps);
        Assert.Single(Directory.EnumerateFiles(WidgetsDirectory));
    }

    [Fact]
    public async Task A_provider_error_in_Check_fails_that_resource_and_keeps_what_was_created_before_it()
    {
        var run = await Stack.UpAsync(DeploymentProgram.Of(Labelled,
            ResourceDeclaration.FromJson("g", "dialtonetest:index:Gadget", """{"name":"g"}""", new ResourceOptions { DependsOn = ["a"] })));

        var error = Assert.Single(run.Diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("urn:pulumi:dev::widgets::dialtonetest:index:Gadget::g", run.Calls("Check", "g").Single().Error!.Message),
            (error.Urn, error.Message));
        Assert.Equal(["create a"], run.ResourceSteps);
        Assert.Equal(["a"], run.Checkpoint.ResourceNames);
    }
}
