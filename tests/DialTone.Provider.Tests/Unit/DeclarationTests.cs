using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;

namespace DialTone.Provider.Tests.Unit;

/// <summary>A declaration the model cannot use fails when the plugin starts, naming Type.Member and the fix.</summary>
public sealed class DeclarationTests
{
    public record WithDecimal
    {
        [Property("A price.")]
        public decimal Price { get; init; }
    }

    public record WithNullableRequired
    {
        [Property("A note.")]
        public string? Note { get; init; }
    }

    public record WithWrongDefault
    {
        [Property("A count.", Optional = true, Default = "three")]
        public int Count { get; init; }
    }

    [Fact]
    public void An_unsupported_type_names_the_member_and_the_types_to_use() =>
        Assert.Equal("WithDecimal.Price: Decimal is not supported. Use string, int, long, double, bool, an enum, "
            + "ImmutableArray<T>, ImmutableDictionary<string, T> or a record of declared properties.",
            Assert.Throws<DeclarationException>(() => ShapeReflector.Object(typeof(WithDecimal))).Message);

    [Fact]
    public void A_nullable_property_must_be_declared_optional() =>
        Assert.Equal("WithNullableRequired.Note: a nullable property must be declared Optional = true.",
            Assert.Throws<DeclarationException>(() => ShapeReflector.Object(typeof(WithNullableRequired))).Message);

    [Fact]
    public void A_default_must_fit_the_property() =>
        Assert.Equal("WithWrongDefault.Count: the Default three is not an integer.",
            Assert.Throws<DeclarationException>(() => ShapeReflector.Object(typeof(WithWrongDefault))).Message);

    [Fact]
    public void A_resource_without_its_token_attribute_is_refused() =>
        Assert.Equal("DeclarationTests: mark the resource with [Resource(token, description)].",
            Assert.Throws<DeclarationException>(() => ResourceDescriptor.For(typeof(DeclarationTests))).Message);
}
