using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Unit;

/// <summary>YAML's ${…} interpolation, shared by C# programs, and how its values are evaluated.</summary>
public sealed class TemplateTests
{
    private static readonly ResourceOutputs A = new("urn:a", "id-a", PropertyMap.Empty
        .With("serial", PropertyValue.String("SN-1")).With("count", PropertyValue.Number(3)));

    private static PropertyValue Evaluate(string text, ResourceOutputs? resource = null) =>
        Evaluator.Evaluate(Template.Parse(text, Template.Output), _ => resource ?? A);

    [Fact]
    public void A_string_that_is_one_reference_keeps_the_value_and_depends_on_its_resource()
    {
        var value = Evaluate("${a.count}");

        Assert.Equal(PropertyValue.Number(3).WithDependencies(["urn:a"]), value);
    }

    [Fact]
    public void Text_around_references_makes_a_string_depending_on_each()
    {
        var value = Evaluate("b-${a.serial}-${a.count}");

        Assert.Equal(PropertyValue.String("b-SN-1-3").WithDependencies(["urn:a"]), value);
    }

    [Fact]
    public void Id_and_urn_are_the_resource_s_own_and_an_id_not_yet_known_is_unknown()
    {
        Assert.Equal("id-a", Evaluate("${a.id}").Plain.TryGetString(out var id) ? id : null);
        Assert.Equal("urn:a", Evaluate("${a.urn}").Plain.TryGetString(out var urn) ? urn : null);
        Assert.True(Evaluate("${a.id}", A with { Id = "" }).IsComputed);
    }

    [Fact]
    public void A_string_built_from_an_unknown_is_unknown()
    {
        Assert.True(Evaluate("b-${a.serial}", A with { Outputs = PropertyMap.Empty.With("serial", PropertyValue.Computed) }).IsComputed);
    }

    [Fact]
    public void A_doubled_dollar_is_a_literal()
    {
        Assert.Equal(PropertyValue.String("${a.serial}"), Evaluate("$${a.serial}"));
    }

    [Fact]
    public void A_reference_without_a_property_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => Template.Parse("${a}", Template.Output));
        Assert.Equal("'${a}' names no property: write ${a.<property>}.", error.Message);
    }
}
