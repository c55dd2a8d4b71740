using DialTone.Engine.Deployments;
using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Unit;

/// <summary>Values printed into messages as the engine's Go prints a resource.PropertyValue with %v.</summary>
public sealed class GoValueTextTests
{
    public static TheoryData<string, string> Printed => new()
    {
        { "null", "{<nil>}" },
        { "true", "{true}" },
        { "5", "{5}" },
        { "1.5", "{1.5}" },
        { "1e21", "{1e+21}" },
        { "\"red\"", "{red}" },
        { "[1,\"a\"]", "{[{1} {a}]}" },
        { "{\"b\":1,\"a\":[true]}", "{map[a:{[{true}]} b:{1}]}" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void A_value_is_printed_as_Go_prints_it(string json, string expected)
    {
        var value = Provider.Rpc.ValueConverter.ToMap(Structs.Json($$"""{"v":{{json}}}"""))["v"];

        Assert.Equal(expected, GoValueText.Of(value));
    }

    [Fact]
    public void A_secret_is_printed_as_Go_prints_the_pointer_to_it()
    {
        Assert.Equal("{&{{5}}}", GoValueText.Of(PropertyValue.Number(5).WithSecret()));
    }
}
