using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.State;

/// <summary>
/// The checkpoint as JSON a person can read, shaped like the output of `pulumi stack export` (an UntypedDeployment:
/// version and deployment.resources[] with urn, custom, id, type, inputs, outputs, parent, provider, dependencies,
/// propertyDependencies, initErrors, …, plus the stack and project names), not like the local backend's own file
/// (a VersionedCheckpoint, checkpoint.latest.resources); there is no manifest and no pending_operations.
/// Property values are written in the wire encoding (pulumi-protocol.md §4.9), so secrets stay visibly secret.
/// Fields at their defaults are left out.
/// </summary>
internal static class CheckpointJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(Checkpoint checkpoint, string stack, string project) =>
        new JsonObject
        {
            ["version"] = 3,
            ["stack"] = stack,
            ["project"] = project,
            ["deployment"] = new JsonObject { ["resources"] = new JsonArray([.. checkpoint.Resources.Select(Write)]) },
        }.ToJsonString(Indented);

    public static Checkpoint Read(string json)
    {
        var resources = JsonNode.Parse(json)?["deployment"]?["resources"]?.AsArray()
            ?? throw new FormatException("A checkpoint holds deployment.resources.");
        return new Checkpoint([.. resources.Select(node => Read(node!.AsObject()))]);
    }

    private static JsonObject Write(ResourceState resource)
    {
        var json = new JsonObject { ["urn"] = resource.Urn, ["custom"] = resource.Custom };
        Add(json, "delete", resource.Delete, false);
        Add(json, "id", resource.Id, "");
        json["type"] = resource.Type;
        json["inputs"] = Values(resource.Inputs);
        json["outputs"] = Values(resource.Outputs);
        Add(json, "parent", resource.Parent, null);
        Add(json, "protect", resource.Protect, false);
        Add(json, "retainOnDelete", resource.RetainOnDelete, false);
        Add(json, "provider", resource.Provider, "");
        AddList(json, "dependencies", resource.Dependencies);
        if (resource.PropertyDependencies.Count > 0)
        {
            json["propertyDependencies"] = new JsonObject(resource.PropertyDependencies.Select(entry =>
                KeyValuePair.Create<string, JsonNode?>(entry.Key, new JsonArray([.. entry.Value.Select(urn => JsonValue.Create(urn))]))));
        }
        AddList(json, "initErrors", resource.InitErrors);
        Add(json, "importID", resource.ImportId, "");
        AddList(json, "ignoreChanges", resource.IgnoreChanges);
        AddList(json, "additionalSecretOutputs", resource.AdditionalSecretOutputs);
        return json;
    }

    private static ResourceState Read(JsonObject json) => new(Text(json, "urn")!, Text(json, "type")!, json["custom"]!.GetValue<bool>())
    {
        Delete = json["delete"]?.GetValue<bool>() ?? false,
        Id = Text(json, "id") ?? "",
        Inputs = Values(json["inputs"]),
        Outputs = Values(json["outputs"]),
        Parent = Text(json, "parent"),
        Protect = json["protect"]?.GetValue<bool>() ?? false,
        RetainOnDelete = json["retainOnDelete"]?.GetValue<bool>() ?? false,
        Provider = Text(json, "provider") ?? "",
        Dependencies = List(json["dependencies"]),
        PropertyDependencies = json["propertyDependencies"]?.AsObject()
            .ToImmutableSortedDictionary(entry => entry.Key, entry => List(entry.Value), StringComparer.Ordinal)
            ?? ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty,
        InitErrors = List(json["initErrors"]),
        ImportId = Text(json, "importID") ?? "",
        IgnoreChanges = List(json["ignoreChanges"]),
        AdditionalSecretOutputs = List(json["additionalSecretOutputs"]),
    };

    private static JsonNode Values(PropertyMap map) => JsonNode.Parse(JsonFormatter.Default.Format(ValueConverter.ToStruct(map)))!;

    private static PropertyMap Values(JsonNode? json) =>
        json is null ? PropertyMap.Empty : ValueConverter.ToMap(Struct.Parser.ParseJson(json.ToJsonString()));

    private static void Add<T>(JsonObject json, string key, T value, T omitted)
    {
        if (!EqualityComparer<T>.Default.Equals(value, omitted))
        {
            json[key] = JsonValue.Create(value);
        }
    }

    private static void AddList(JsonObject json, string key, ImmutableArray<string> items)
    {
        if (items.Length > 0)
        {
            json[key] = new JsonArray([.. items.Select(item => JsonValue.Create(item))]);
        }
    }

    private static string? Text(JsonObject json, string key) => json[key]?.GetValue<string>();

    private static ImmutableArray<string> List(JsonNode? json) =>
        json is null ? [] : [.. json.AsArray().Select(item => item!.GetValue<string>())];
}
