using System.Text.Json;
using System.Text.Json.Nodes;
using DialTone.Provider.Tests.Harness;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Wire;

/// <summary>
/// The package schema served by the built plugin equals the reviewed copy committed as provider/schema.json (without
/// its version, as pulumi-command does, so a version bump alone changes nothing), so every change to it shows up in
/// review. After an intended change, regenerate the copy by running the tests with DIALTONE_UPDATE_SCHEMA=1, and
/// review the diff.
/// </summary>
public sealed class SchemaTests(SharedDialTone dialTone) : IClassFixture<SharedDialTone>
{
    private PluginProcess Plugin => dialTone.Plugin;

    private static string Committed => Path.Combine(Repository.Root, "provider", "schema.json");

    [Fact]
    public async Task The_served_schema_equals_the_committed_provider_schema_json()
    {
        var schema = JsonNode.Parse((await Plugin.Client.GetSchemaAsync()).Schema)!.AsObject();
        schema.Remove("version");
        var served = schema.ToJsonString(Schema.PackageSchema.Format) + "\n";
        if (Environment.GetEnvironmentVariable("DIALTONE_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(Committed, served);
        }

        Assert.Equal(await File.ReadAllTextAsync(Committed), served);
    }

    [Fact]
    public async Task GetSchema_serves_the_dialtone_package_at_the_product_version_with_its_configuration_keys()
    {
        var reply = await Plugin.Client.GetSchemaAsync();

        using var schema = JsonDocument.Parse(reply.Schema);
        Assert.Equal("dialtone", schema.RootElement.GetProperty("name").GetString());
        Assert.Equal(ProductVersion.Declared, schema.RootElement.GetProperty("version").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", schema.RootElement.GetProperty("version").GetString());
        Assert.Equal(["lab", "connectionUri", "username", "password", "authentication", "shell", "domainController"],
            schema.RootElement.GetProperty("config").GetProperty("variables").EnumerateObject().Select(key => key.Name));
        Assert.True(schema.RootElement.GetProperty("config").GetProperty("variables").GetProperty("password").GetProperty("secret").GetBoolean());
    }

    [Fact]
    public async Task An_explicit_providers_inputs_have_no_default_or_environment_fallback_to_carry_into_the_state()
    {
        using var schema = JsonDocument.Parse((await Plugin.Client.GetSchemaAsync()).Schema);

        var provider = schema.RootElement.GetProperty("provider");
        foreach (var section in new[] { "inputProperties", "properties" })
        {
            Assert.All(provider.GetProperty(section).EnumerateObject(), key =>
                Assert.Equal(["description", "type"], key.Value.EnumerateObject().Select(field => field.Name)
                    .Where(field => field != "secret").Order()));
        }
        Assert.Equal("""["DIALTONE_PASSWORD"]""",
            schema.RootElement.GetProperty("config").GetProperty("variables").GetProperty("password").GetProperty("defaultInfo").GetProperty("environment").Compact());
    }
}
