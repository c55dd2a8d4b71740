using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Unit;

/// <summary>Unknowns in what a provider returns, rejected or dropped as the engine unmarshals them.</summary>
public sealed class UnknownValuesTests
{
    private static PropertyMap Map(string json) => Provider.Rpc.ValueConverter.ToMap(Structs.Json(json));

    [Theory]
    [InlineData("""{"b":"?","a":"x"}""", "b")]
    [InlineData("""{"z":"?","labels":{"team":"?"}}""", "team")]
    [InlineData("""{"parts":[{"name":"p"},"?"]}""", "parts")]
    [InlineData("""{"password":{"secret":"?"}}""", "value")]
    public void A_rejection_names_the_key_of_the_first_unknown_in_the_engine_s_order(string json, string key) =>
        Assert.Equal($"unexpected unknown property value for \"{key}\"", UnknownValues.Rejection(Map(json)));

    [Fact]
    public void Known_values_are_not_rejected() =>
        Assert.Null(UnknownValues.Rejection(Map("""{"a":"x","labels":{"team":"blue"},"parts":[1,2]}""")));

    [Fact]
    public void Dropping_leaves_out_unknown_keys_and_nulls_unknown_list_items()
    {
        var dropped = UnknownValues.Drop(Map("""{"a":"x","b":"?","labels":{"team":"?","owner":"o"},"parts":["?",2],"password":{"secret":"?"}}"""));

        Assert.Equal(Map("""{"a":"x","labels":{"owner":"o"},"parts":[null,2]}"""), dropped);
    }
}
