using System.Text.Json;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>The schema the test plugin serves, written from the Widget and WidgetPair declarations.</summary>
public sealed class TestSchemaTests(SharedTestPlugin plugin) : IClassFixture<SharedTestPlugin>
{
    private ProviderClient Client => plugin.Client;

    private async Task<JsonElement> ResourceAsync(string token) =>
        JsonDocument.Parse((await Client.GetSchemaAsync()).Schema).RootElement.GetProperty("resources").GetProperty(token).Clone();

    [Fact]
    public async Task Required_inputs_are_the_declared_inputs_without_optional_or_default()
    {
        var widget = await ResourceAsync(Token);

        Assert.Equal("""["name"]""", widget.GetProperty("requiredInputs").Compact());
        Assert.Equal("""["name","colour","shape","serial"]""", widget.GetProperty("required").Compact());
    }

    [Fact]
    public async Task A_property_carries_its_description_default_secrecy_and_replacement()
    {
        var inputs = (await ResourceAsync(Token)).GetProperty("inputProperties");

        Assert.Equal("""{"type":"string","description":"Colour of the widget.","default":"blue"}""", inputs.GetProperty("colour").Compact());
        Assert.True(inputs.GetProperty("password").GetProperty("secret").GetBoolean());
        Assert.True(inputs.GetProperty("name").GetProperty("willReplaceOnChanges").GetBoolean());
    }

    [Fact]
    public async Task Nested_records_and_enums_become_named_types()
    {
        var schema = JsonDocument.Parse((await Client.GetSchemaAsync()).Schema).RootElement;
        var parts = schema.GetProperty("resources").GetProperty(Token).GetProperty("inputProperties").GetProperty("parts");

        Assert.Equal("#/types/dialtonetest:index:WidgetPart", parts.GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal("""["name"]""", schema.GetProperty("types").GetProperty("dialtonetest:index:WidgetPart").GetProperty("required").Compact());
        Assert.Equal("""[{"value":"Round"},{"value":"Square"}]""",
            schema.GetProperty("types").GetProperty("dialtonetest:index:WidgetShape").GetProperty("enum").Compact());
    }

    [Fact]
    public async Task A_component_is_marked_as_one() =>
        Assert.True((await ResourceAsync("dialtonetest:index:WidgetPair")).GetProperty("isComponent").GetBoolean());
}
