using System.Text.Json;
using System.Text.Json.Nodes;
using DialTone.Provider.Configuration;
using DialTone.Provider.Host;

namespace DialTone.Provider.Schema;

/// <summary>
/// The package schema GetSchema serves (pulumi-protocol.md §6): the package, its configuration keys, and each
/// resource and component, all written from their declarations. Deterministic, so the committed copy can be checked.
/// </summary>
public static class PackageSchema
{
    public static string Write(ProviderDefinition definition)
    {
        var config = ConfigProperties();
        var schema = new JsonObject
        {
            ["name"] = definition.Name,
            ["displayName"] = definition.DisplayName,
            ["version"] = ProviderDefinition.ProductVersion,
            ["description"] = definition.Description,
            ["license"] = "MIT",
            ["meta"] = new JsonObject { ["moduleFormat"] = "(.*)" },
            ["config"] = new JsonObject { ["variables"] = config.DeepClone() },
            ["provider"] = new JsonObject
            {
                ["description"] = $"The provider type for the {definition.Name} package.",
                ["properties"] = config.DeepClone(),
                ["inputProperties"] = config.DeepClone(),
            },
            ["resources"] = new JsonObject(),
            ["types"] = new JsonObject(),
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject ConfigProperties()
    {
        var properties = new JsonObject();
        foreach (var key in ProviderConfig.Keys)
        {
            var property = new JsonObject { ["type"] = "string", ["description"] = key.Description };
            if (key.Default is not null)
            {
                property["default"] = key.Default;
            }
            property["defaultInfo"] = new JsonObject { ["environment"] = new JsonArray(key.EnvironmentVariable) };
            if (key.Secret)
            {
                property["secret"] = true;
            }
            properties[key.Name] = property;
        }
        return properties;
    }
}
