using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Rpc;
using DialTone.Provider.Values;

namespace DialTone.Provider.Tests.Unit;

/// <summary>Property values through the engine's Struct encoding and back (pulumi-protocol.md §4.9).</summary>
public sealed class ValueConverterTests
{
    private static PropertyValue RoundTrip(PropertyValue value) => ValueConverter.ToValue(ValueConverter.FromValue(value));

    public static TheoryData<string> TypedUnknowns => new()
    {
        "04da6b54-80e4-46f7-96ec-b56ff0331ba9", "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
        "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", "030794c1-ac77-496b-92df-f27374a8bd58", "e48ece36-62e2-4504-bad9-02848725956a",
        "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
    };

    /// <summary>
    /// Each special kind as the engine writes it (pulumi/pulumi pkg/resource/plugin/rpc.go), its signatures copied
    /// from sdk/go/common/resource/sig/sig.go rather than from ValueConverter's own constants.
    /// </summary>
    public static TheoryData<string, PropertyValue> WireForms => new()
    {
        { "\"04da6b54-80e4-46f7-96ec-b56ff0331ba9\"", PropertyValue.Computed },
        {
            """{"4dabf18193072939515e22adb298388d":"1b47061264138c4ac30d75fd1eb44270","value":"hunter2"}""",
            PropertyValue.String("hunter2").WithSecret()
        },
        {
            """{"4dabf18193072939515e22adb298388d":"d0e6a833031e9bbcd3f4e8bde6ca49a4","value":"SN-1","secret":true,"dependencies":["urn:a"]}""",
            PropertyValue.String("SN-1").WithSecret().WithDependencies(["urn:a"])
        },
        {
            """{"4dabf18193072939515e22adb298388d":"d0e6a833031e9bbcd3f4e8bde6ca49a4","secret":false,"dependencies":["urn:a"]}""",
            PropertyValue.Computed.WithDependencies(["urn:a"])
        },
        {
            """{"4dabf18193072939515e22adb298388d":"5cf8f73096256a8f31e491e813e4eb8e","urn":"urn:pulumi:dev::p::t::n","id":"id-1","packageVersion":"0.1.0"}""",
            PropertyValue.FromResource(new ResourceReference("urn:pulumi:dev::p::t::n", "id-1", "0.1.0"))
        },
        {
            """{"4dabf18193072939515e22adb298388d":"c44067f5952c0a294b673a41bacd8c17","hash":"abc","text":"hello"}""",
            PropertyValue.FromAsset(new Asset("abc", Text: "hello"))
        },
        {
            """{"4dabf18193072939515e22adb298388d":"0def7320c3a5731c473e5ecbe6d01bc7","hash":"def","assets":{"a.txt":"""
                + """{"4dabf18193072939515e22adb298388d":"c44067f5952c0a294b673a41bacd8c17","hash":"abc","text":"hello"}}}""",
            PropertyValue.FromArchive(new Archive("def", System.Collections.Immutable.ImmutableSortedDictionary<string, PropertyValue>.Empty
                .Add("a.txt", PropertyValue.FromAsset(new Asset("abc", Text: "hello")))))
        },
    };

    [Theory]
    [MemberData(nameof(WireForms))]
    public void A_value_is_written_in_the_engines_encoding(string wire, PropertyValue value) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(wire), JsonNode.Parse(JsonFormatter.Default.Format(ValueConverter.FromValue(value)))),
            JsonFormatter.Default.Format(ValueConverter.FromValue(value)));

    [Theory]
    [MemberData(nameof(WireForms))]
    public void A_value_in_the_engines_encoding_is_read(string wire, PropertyValue value) =>
        Assert.Equal(value, ValueConverter.ToValue(Value.Parser.ParseJson(wire)));

    [Theory]
    [MemberData(nameof(TypedUnknowns))]
    public void Every_typed_unknown_sentinel_reads_as_computed(string sentinel) =>
        Assert.True(ValueConverter.ToValue(Value.ForString(sentinel)).IsComputed);

    [Fact]
    public void A_nested_object_with_arrays_round_trips()
    {
        var value = PropertyValue.Object(PropertyMap.Empty
            .With("parts", PropertyValue.Array([PropertyValue.String("lid"), PropertyValue.Number(2.5), PropertyValue.Null]))
            .With("ok", PropertyValue.True));

        Assert.Equal(value, RoundTrip(value));
    }

    [Fact]
    public void An_unknown_secret_round_trips() =>
        Assert.Equal(PropertyValue.Computed.WithSecret(), RoundTrip(PropertyValue.Computed.WithSecret()));

    [Fact]
    public void An_unrecognised_signature_is_invalid_input()
    {
        var odd = new Struct { Fields = { [ValueConverter.SignatureKey] = Value.ForString("0000") } };

        var error = Assert.Throws<GrpcException>(() => ValueConverter.ToValue(Value.ForStruct(odd)));

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.Code);
        Assert.Equal("A property value carries the unrecognized signature '0000'.", error.Message);
    }

    [Fact]
    public void A_missing_struct_reads_as_an_empty_map() => Assert.Empty(ValueConverter.ToMap(null));
}
