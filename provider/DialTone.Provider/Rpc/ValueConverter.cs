using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Values;

namespace DialTone.Provider.Rpc;

/// <summary>
/// Property values to and from google.protobuf.Struct, in the engine's encoding (pulumi-protocol.md §4.9): objects
/// with the signature key are secrets, resource references, output values, assets and archives; unknowns are
/// sentinel strings. This is the only place that knows the encoding; a null Struct becomes an empty map here.
/// </summary>
public static class ValueConverter
{
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";
    public const string ResourceSignature = "5cf8f73096256a8f31e491e813e4eb8e";
    public const string OutputSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public const string AssetSignature = "c44067f5952c0a294b673a41bacd8c17";
    public const string ArchiveSignature = "0def7320c3a5731c473e5ecbe6d01bc7";

    /// <summary>The unknown sentinel the engine emits, and the one DialTone sends.</summary>
    public const string UnknownString = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>Every typed unknown sentinel the engine recognises: string, bool, number, array, asset, archive, object.</summary>
    public static readonly ImmutableHashSet<string> UnknownSentinels =
    [
        UnknownString, "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", "030794c1-ac77-496b-92df-f27374a8bd58",
        "e48ece36-62e2-4504-bad9-02848725956a", "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    ];

    public static PropertyMap ToMap(Struct? message) =>
        message is null ? PropertyMap.Empty : PropertyMap.From(message.Fields.Select(field => KeyValuePair.Create(field.Key, ToValue(field.Value))));

    /// <summary>A Struct that was absent stays absent: Read's inputs tell "none" apart from "empty".</summary>
    public static PropertyMap? ToMapOrNull(Struct? message) => message is null ? null : ToMap(message);

    public static Struct ToStruct(PropertyMap map)
    {
        var message = new Struct();
        foreach (var (key, value) in map)
        {
            message.Fields[key] = FromValue(value);
        }
        return message;
    }

    public static PropertyValue ToValue(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.NullValue or Value.KindOneofCase.None => PropertyValue.Null,
        Value.KindOneofCase.BoolValue => PropertyValue.Bool(value.BoolValue),
        Value.KindOneofCase.NumberValue => PropertyValue.Number(value.NumberValue),
        Value.KindOneofCase.StringValue => UnknownSentinels.Contains(value.StringValue)
            ? PropertyValue.Computed
            : PropertyValue.String(value.StringValue),
        Value.KindOneofCase.ListValue => PropertyValue.Array(value.ListValue.Values.Select(ToValue)),
        _ => ToSpecialOrObject(value.StructValue),
    };

    public static Value FromValue(PropertyValue value)
    {
        if (value.Dependencies.Length > 0)
        {
            var output = Signed(OutputSignature);
            if (!value.IsComputed)
            {
                output.Fields["value"] = FromValue(value.Plain);
            }
            output.Fields["secret"] = Value.ForBool(value.IsSecret);
            output.Fields["dependencies"] = Value.ForList(value.Dependencies.Select(Value.ForString).ToArray());
            return Value.ForStruct(output);
        }
        if (value.IsSecret)
        {
            var secret = Signed(SecretSignature);
            secret.Fields["value"] = FromValue(value.Plain);
            return Value.ForStruct(secret);
        }
        return value.Match(
            Value.ForNull,
            Value.ForBool,
            Value.ForNumber,
            Value.ForString,
            items => Value.ForList(items.Select(FromValue).ToArray()),
            map => Value.ForStruct(ToStruct(map)),
            asset => Value.ForStruct(FromAsset(asset)),
            archive => Value.ForStruct(FromArchive(archive)),
            reference => Value.ForStruct(FromResource(reference)),
            () => Value.ForString(UnknownString));
    }

    private static PropertyValue ToSpecialOrObject(Struct message)
    {
        if (!message.Fields.TryGetValue(SignatureKey, out var signature))
        {
            return PropertyValue.Object(ToMap(message));
        }
        return signature.StringValue switch
        {
            SecretSignature => ToValue(Field(message, "value") ?? Value.ForNull()).WithSecret(),
            OutputSignature => ToOutput(message),
            ResourceSignature => PropertyValue.FromResource(new ResourceReference(
                Text(message, "urn") ?? "", Text(message, "id"), Text(message, "packageVersion") ?? "")),
            AssetSignature => PropertyValue.FromAsset(new Asset(
                Text(message, "hash") ?? "", Text(message, "text"), Text(message, "path"), Text(message, "uri"))),
            ArchiveSignature => PropertyValue.FromArchive(ToArchive(message)),
            var unknown => throw new GrpcException(GrpcStatusCode.InvalidArgument,
                $"A property value carries the unrecognized signature '{unknown}'."),
        };
    }

    private static PropertyValue ToOutput(Struct message)
    {
        var inner = Field(message, "value") is { } known ? ToValue(known) : PropertyValue.Computed;
        var secret = Field(message, "secret")?.BoolValue == true;
        var dependencies = Field(message, "dependencies")?.ListValue?.Values.Select(item => item.StringValue) ?? [];
        return inner.WithSecret(secret || inner.IsSecret).WithDependencies(dependencies);
    }

    private static Archive ToArchive(Struct message) => new(
        Text(message, "hash") ?? "",
        Field(message, "assets")?.StructValue is { } assets
            ? ToMap(assets).ToImmutableSortedDictionary(StringComparer.Ordinal)
            : null,
        Text(message, "path"),
        Text(message, "uri"));

    private static Struct FromAsset(Asset asset)
    {
        var message = Signed(AssetSignature);
        message.Fields["hash"] = Value.ForString(asset.Hash);
        SetIfPresent(message, "text", asset.Text);
        SetIfPresent(message, "path", asset.Path);
        SetIfPresent(message, "uri", asset.Uri);
        return message;
    }

    private static Struct FromArchive(Archive archive)
    {
        var message = Signed(ArchiveSignature);
        message.Fields["hash"] = Value.ForString(archive.Hash);
        if (archive.Assets is not null)
        {
            message.Fields["assets"] = Value.ForStruct(ToStruct(PropertyMap.From(archive.Assets)));
        }
        SetIfPresent(message, "path", archive.Path);
        SetIfPresent(message, "uri", archive.Uri);
        return message;
    }

    private static Struct FromResource(ResourceReference reference)
    {
        var message = Signed(ResourceSignature);
        message.Fields["urn"] = Value.ForString(reference.Urn);
        SetIfPresent(message, "id", reference.Id);
        message.Fields["packageVersion"] = Value.ForString(reference.PackageVersion);
        return message;
    }

    private static Struct Signed(string signature) =>
        new() { Fields = { [SignatureKey] = Value.ForString(signature) } };

    private static void SetIfPresent(Struct message, string key, string? text)
    {
        if (text is not null)
        {
            message.Fields[key] = Value.ForString(text);
        }
    }

    private static Value? Field(Struct message, string key) => message.Fields.TryGetValue(key, out var value) ? value : null;

    private static string? Text(Struct message, string key) =>
        Field(message, key) is { KindCase: Value.KindOneofCase.StringValue } value ? value.StringValue : null;
}
