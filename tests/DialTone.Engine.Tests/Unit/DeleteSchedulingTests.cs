using DialTone.Engine.State;

namespace DialTone.Engine.Tests.Unit;

/// <summary>Deletes scheduled as the engine schedules them: antichains found bottom up, run top down.</summary>
public sealed class DeleteSchedulingTests
{
    private static ResourceState Resource(string name, params string[] dependencies) =>
        new(name, "t", Custom: true) { Dependencies = [.. dependencies] };

    [Fact]
    public void A_chain_is_deleted_from_its_end_and_an_independent_resource_with_the_chain_s_root()
    {
        var antichains = Deployments.DeleteScheduler.Antichains([Resource("a"), Resource("b", "a"), Resource("c", "b"), Resource("d")]);

        Assert.Equal([["c"], ["b"], ["a", "d"]], antichains.Select(chain => chain.Select(resource => resource.Urn).Order().ToArray()));
    }

    [Fact]
    public void A_parent_and_a_provider_are_deleted_after_what_needs_them()
    {
        var provider = new ResourceState("p", "pulumi:providers:x", Custom: true) { Id = "1" };
        var child = Resource("child") with { Parent = "parent", Provider = "p::1" };

        var antichains = Deployments.DeleteScheduler.Antichains([new ResourceState("parent", "c", Custom: false), provider, child]);

        Assert.Equal([["child"], ["p", "parent"]], antichains.Select(chain => chain.Select(resource => resource.Urn).Order().ToArray()));
    }
}
