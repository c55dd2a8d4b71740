using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;

namespace DialTone.Provider.Tests.Harness;

/// <summary>Builds the Structs the engine sends, in its encoding.</summary>
internal static class Structs
{
    public static Struct Of(params (string Key, Value Value)[] fields)
    {
        var message = new Struct();
        foreach (var (key, value) in fields)
        {
            message.Fields[key] = value;
        }
        return message;
    }

    public static Value Text(string text) => Value.ForString(text);

    public static Value Secret(Value value) => Value.ForStruct(Of(
        (Rpc.ValueConverter.SignatureKey, Text(Rpc.ValueConverter.SecretSignature)), ("value", value)));

    public static Value Unknown => Text(Rpc.ValueConverter.UnknownString);

    /// <summary>A Struct written as JSON; "?" stands for the unknown sentinel, {"secret": v} for a secret envelope.</summary>
    public static Struct Json(string json) => Struct.Parser.ParseJson(Expand(json));

    /// <summary>Asserts a Struct equals the JSON, with the same shorthands as <see cref="Json"/>.</summary>
    public static void AssertJson(string expected, Struct actual)
    {
        var (want, got) = (JsonNode.Parse(Expand(expected)), JsonNode.Parse(Google.Protobuf.JsonFormatter.Default.Format(actual)));
        Assert.True(JsonNode.DeepEquals(want, got), $"Expected {want!.ToJsonString()}\n  Actual {got!.ToJsonString()}");
    }

    private static string Expand(string json) => json
        .Replace("\"?\"", $"\"{Rpc.ValueConverter.UnknownString}\"")
        .Replace("{\"secret\":", $"{{\"{Rpc.ValueConverter.SignatureKey}\":\"{Rpc.ValueConverter.SecretSignature}\",\"value\":");
}
