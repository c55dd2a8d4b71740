using DialTone.Engine.State;
using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Unit;

/// <summary>The checkpoint survives its JSON form, and its order puts every resource after what it needs.</summary>
public sealed class CheckpointJsonTests
{
    [Fact]
    public void Every_field_survives_the_json_form()
    {
        var resource = new ResourceState("urn:pulumi:dev::p::t::a", "t", Custom: true)
        {
            Id = "id-1", Inputs = PropertyMap.Empty.With("password", PropertyValue.String("x").WithSecret()),
            Outputs = PropertyMap.Empty.With("n", PropertyValue.Number(2)), Parent = "urn:stack", Protect = true, RetainOnDelete = true,
            Dependencies = ["urn:b"], PropertyDependencies = PropertyDependencies("n", "urn:b"), Provider = "urn:p::1",
            InitErrors = ["broken"], Delete = true, ImportId = "imp", IgnoreChanges = ["n"], AdditionalSecretOutputs = ["n"],
        };

        var read = CheckpointJson.Read(CheckpointJson.Write(new Checkpoint([resource]), "dev", "p")).Resources.Single();

        Assert.Equal((resource.Urn, resource.Type, true, "id-1", "urn:stack", true, true, "urn:p::1", true, "imp"),
            (read.Urn, read.Type, read.Custom, read.Id, read.Parent, read.Protect, read.RetainOnDelete, read.Provider, read.Delete, read.ImportId));
        Assert.Equal(resource.Inputs, read.Inputs);
        Assert.True(read.Inputs["password"].IsSecret);
        Assert.Equal(resource.Outputs, read.Outputs);
        Assert.Equal(["urn:b"], read.Dependencies.AsEnumerable());
        Assert.Equal(["urn:b"], read.PropertyDependencies["n"].AsEnumerable());
        Assert.Equal(["n"], read.PropertyDependencies.Keys);
        Assert.Equal(["broken"], read.InitErrors.AsEnumerable());
        Assert.Equal(["n"], read.IgnoreChanges.AsEnumerable());
        Assert.Equal(["n"], read.AdditionalSecretOutputs.AsEnumerable());
    }

    [Fact]
    public void Dependency_order_moves_a_resource_after_what_it_needs_and_keeps_the_rest_in_place()
    {
        var ordered = Checkpoint.InDependencyOrder(
            [new ResourceState("b", "t", true) { Dependencies = ["a"] }, new ResourceState("c", "t", true), new ResourceState("a", "t", true)]);

        Assert.Equal(["c", "a", "b"], ordered.Resources.Select(resource => resource.Urn));
    }

    private static System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<string>> PropertyDependencies(
        string key, string urn) =>
        System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<string>>.Empty.Add(key, [urn]);
}
