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
}
