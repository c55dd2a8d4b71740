using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Rpc;
using Xunit;

namespace DialTone.Engine.Wire;

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
        (ValueConverter.SignatureKey, Text(ValueConverter.SecretSignature)), ("value", value)));

    public static Value Unknown => Text(ValueConverter.UnknownString);

    /// <summary>A Struct written as JSON; "?" stands for the unknown sentinel, {"secret": v} for a secret envelope.</summary>
    public static Struct Json(string json) => Struct.Parser.ParseJson(Expand(json));

    /// <summary>Asserts a Struct equals the JSON, with the same shorthands as <see cref="Json"/>.</summary>
    public static void AssertJson(string expected, Struct actual)
    {
        var (want, got) = (JsonNode.Parse(Expand(expected)), JsonNode.Parse(Google.Protobuf.JsonFormatter.Default.Format(actual)));
        Assert.True(JsonNode.DeepEquals(want, got), $"Expected {want!.ToJsonString()}\n  Actual {got!.ToJsonString()}");
    }

    private static string Expand(string json) => json
        .Replace("\"?\"", $"\"{ValueConverter.UnknownString}\"")
        .Replace("{\"secret\":", $"{{\"{ValueConverter.SignatureKey}\":\"{ValueConverter.SecretSignature}\",\"value\":");
}
