using System.Text.Json;
using System.Text.Json.Nodes;
using DialTone.Provider.Configuration;
using DialTone.Provider.Host;
using DialTone.Provider.Resources.Model;

namespace DialTone.Provider.Schema;

/// <summary>
/// The package schema GetSchema serves (pulumi-protocol.md §6): the package, its configuration keys, and each
/// resource and component, all written from their declarations. Deterministic, so the committed copy can be checked.
/// </summary>
public static class PackageSchema
{
    /// <summary>Indented, and without escaping quotes or backticks, so the committed copy reads well in review.</summary>
    public static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ProviderDefinition definition)
    {
        var config = ConfigProperties();
        var specs = new PropertySpecs(definition.Name);
        var resources = new JsonObject();
        foreach (var resource in definition.Resources)
        {
            resources[resource.Token] = Resource(specs, resource.Description, resource.Inputs, resource.Outputs);
        }
        foreach (var component in definition.Components)
        {
            var spec = Resource(specs, component.Description, component.Inputs, component.Outputs);
            spec["isComponent"] = true;
            resources[component.Token] = spec;
        }
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
            ["resources"] = resources,
            ["types"] = specs.Types,
        };
        return schema.ToJsonString(Format) + "\n";
    }

    private static JsonObject Resource(PropertySpecs specs, string description, ObjectShape inputs, ObjectShape outputs)
    {
        var (inputProperties, requiredInputs) = specs.Object(inputs, property => !property.Optional && property.Default is null);
        var (properties, required) = specs.Object(outputs, property => !property.Optional || property.Default is not null);
        return new JsonObject
        {
            ["description"] = description,
            ["inputProperties"] = inputProperties,
            ["requiredInputs"] = requiredInputs,
            ["properties"] = properties,
            ["required"] = required,
        };
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
