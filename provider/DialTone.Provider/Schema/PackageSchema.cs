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
            ["config"] = new JsonObject { ["variables"] = ConfigProperties(withDefaults: true) },
            // An explicit provider's inputs carry no default and no environment fallback: generated SDKs would read
            // DIALTONE_* in the program and send the values as inputs, which are kept in the stack's state (the
            // password included), and a default sent that way would win over the environment. The provider applies
            // the environment and the defaults itself, at Configure.
            ["provider"] = new JsonObject
            {
                ["description"] = $"The provider type for the {definition.Name} package.",
                ["properties"] = ConfigProperties(withDefaults: false),
                ["inputProperties"] = ConfigProperties(withDefaults: false),
            },
            ["resources"] = resources,
            ["types"] = specs.Types,
        };
        return schema.ToJsonString(Format) + "\n";
    }

    private static JsonObject Resource(PropertySpecs specs, string description, ObjectShape inputs, ObjectShape outputs)
    {
        var (inputProperties, requiredInputs) = specs.Object(inputs, property => property.RequiredInput);
        var (properties, required) = specs.Object(outputs, property => property.AlwaysPresent);
        return new JsonObject
        {
            ["description"] = description,
            ["inputProperties"] = inputProperties,
            ["requiredInputs"] = requiredInputs,
            ["properties"] = properties,
            ["required"] = required,
        };
    }

    /// <param name="withDefaults">Document each key's default and environment variable (the config section).</param>
    private static JsonObject ConfigProperties(bool withDefaults)
    {
        var properties = new JsonObject();
        foreach (var key in ProviderConfig.Keys)
        {
            var property = new JsonObject { ["type"] = "string", ["description"] = key.Description };
            if (withDefaults)
            {
                if (key.Default is not null)
                {
                    property["default"] = key.Default;
                }
                property["defaultInfo"] = new JsonObject { ["environment"] = new JsonArray(key.EnvironmentVariable) };
            }
            if (key.Secret)
            {
                property["secret"] = true;
            }
            properties[key.Name] = property;
        }
        return properties;
    }
}
