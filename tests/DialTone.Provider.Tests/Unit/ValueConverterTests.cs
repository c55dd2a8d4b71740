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
    public void A_secret_round_trips_as_a_secret() =>
        Assert.Equal(PropertyValue.String("hunter2").WithSecret(), RoundTrip(PropertyValue.String("hunter2").WithSecret()));

    [Fact]
    public void An_unknown_secret_round_trips() =>
        Assert.Equal(PropertyValue.Computed.WithSecret(), RoundTrip(PropertyValue.Computed.WithSecret()));

    [Fact]
    public void An_output_value_keeps_its_dependencies_and_secrecy()
    {
        var value = PropertyValue.String("SN-1").WithSecret().WithDependencies(["urn:b", "urn:a"]);

        var back = RoundTrip(value);

        Assert.Equal(["urn:a", "urn:b"], back.Dependencies.ToArray());
        Assert.True(back.IsSecret);
        Assert.True(back.TryGetString(out var text) && text == "SN-1");
    }

    [Fact]
    public void An_output_value_without_a_value_is_unknown() =>
        Assert.True(RoundTrip(PropertyValue.Computed.WithDependencies(["urn:a"])).IsComputed);

    [Fact]
    public void A_resource_reference_round_trips() =>
        Assert.Equal(PropertyValue.FromResource(new ResourceReference("urn:pulumi:dev::p::t::n", "id-1", "0.1.0")),
            RoundTrip(PropertyValue.FromResource(new ResourceReference("urn:pulumi:dev::p::t::n", "id-1", "0.1.0"))));

    [Fact]
    public void An_asset_and_an_archive_of_assets_round_trip()
    {
        var asset = PropertyValue.FromAsset(new Asset("abc", Text: "hello"));
        var archive = PropertyValue.FromArchive(new Archive("def",
            System.Collections.Immutable.ImmutableSortedDictionary<string, PropertyValue>.Empty.Add("a.txt", asset)));

        Assert.Equal(archive, RoundTrip(archive));
    }

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
