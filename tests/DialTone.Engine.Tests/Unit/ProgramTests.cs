namespace DialTone.Engine.Tests.Unit;

/// <summary>A program with a structural mistake is refused before anything runs, each mistake named.</summary>
public sealed class ProgramTests
{
    private static ResourceDeclaration Thing(string name, string properties = "{}", ResourceOptions? options = null) =>
        ResourceDeclaration.FromJson(name, "dialtonetest:index:Widget", properties, options);

    [Fact]
    public void Every_mistake_is_named_at_once()
    {
        var program = DeploymentProgram.Of(
            Thing("a"), Thing("a"),
            Thing("b", """{"name":"${ghost.serial}"}"""),
            Thing("c", options: new ResourceOptions { DependsOn = ["d"] }),
            Thing("d", """{"name":"${c.serial}"}"""));

        Assert.Equal(
        [
            "Two resources are named 'a'; give each resource its own name.",
            "Resource 'b' refers to 'ghost', which the program does not declare.",
            "Resources depend on each other in a cycle: c -> d -> c; break the cycle.",
        ], program.Problems());
    }

    [Fact]
    public void A_program_without_mistakes_has_no_problems() =>
        Assert.Empty(DeploymentProgram.Of(Thing("a"), Thing("b", """{"name":"${a.serial}"}""")).Problems());
}
