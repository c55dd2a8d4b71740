using DialTone.Engine.Deployments;
using DialTone.Engine.State;

namespace DialTone.Engine.Tests.Unit;

/// <summary>Deletes scheduled as the engine schedules them: antichains found bottom up, run top down.</summary>
public sealed class DeleteSchedulingTests
{
    private static ResourceState Resource(string name, params string[] dependencies) =>
        new(name, "t", Custom: true) { Dependencies = [.. dependencies] };

    private static string[][] Antichains(params ResourceState[] condemned) =>
        [.. DeleteScheduler.Antichains([.. condemned], new DependencyGraph(condemned))
            .Select(chain => chain.Select(resource => resource.Urn).Order().ToArray())];

    [Fact]
    public void A_chain_is_deleted_from_its_end_and_an_independent_resource_with_the_chain_s_root()
    {
        Assert.Equal([["c"], ["b"], ["a", "d"]], Antichains(Resource("a"), Resource("b", "a"), Resource("c", "b"), Resource("d")));
    }

    [Fact]
    public void A_parent_and_a_provider_are_deleted_after_what_needs_them()
    {
        var provider = new ResourceState("p", "pulumi:providers:x", Custom: true) { Id = "1" };
        var child = Resource("child") with { Parent = "parent", Provider = "p::1" };

        Assert.Equal([["child"], ["p", "parent"]], Antichains(new ResourceState("parent", "c", Custom: false), provider, child));
    }

    [Fact]
    public void What_depends_on_a_component_is_deleted_before_the_component_s_children()
    {
        var component = new ResourceState("row", "c", Custom: false);
        var grandchild = Resource("cell") with { Parent = "column" };

        var antichains = Antichains(component, new ResourceState("column", "c", Custom: false) { Parent = "row" }, grandchild,
            Resource("user", "row"));

        Assert.Equal([["user"], ["cell"], ["column"], ["row"]], antichains);
    }
}
