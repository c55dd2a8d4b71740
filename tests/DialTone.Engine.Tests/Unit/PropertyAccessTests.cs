using DialTone.Provider.Values;

namespace DialTone.Engine.Tests.Unit;

/// <summary>Property paths as the engine parses them, and the reset ignoreChanges makes.</summary>
public sealed class PropertyAccessTests
{
    [Theory]
    [InlineData("colour", "colour")]
    [InlineData("labels.after", "labels.after")]
    [InlineData("parts[1].name", "parts[1].name")]
    [InlineData("labels[\"odd.key\"]", "labels.odd.key")]
    public void A_path_is_read_as_names_and_indices(string text, string written) =>
        Assert.Equal(written, PropertyAccess.Parse(text).ToString());

    [Theory]
    [InlineData("", "no property name first")]
    [InlineData(".colour", "a leading '.'")]
    [InlineData("parts[x]", "'[x]', which is neither an index nor a quoted key")]
    [InlineData("parts[1", "an unclosed '['")]
    public void A_malformed_path_is_refused_saying_why(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => PropertyAccess.Parse(text));
        Assert.Equal($"The property path '{text}' has {problem}.", error.Message);
    }

    [Fact]
    public void Reading_through_a_secret_or_an_unknown_gives_a_secret_or_an_unknown()
    {
        var root = PropertyValue.Object(PropertyMap.Empty
            .With("labels", PropertyValue.Object(PropertyMap.Empty.With("after", PropertyValue.String("x"))).WithSecret())
            .With("parts", PropertyValue.Computed));

        Assert.Equal(PropertyValue.String("x").WithSecret(), PropertyAccess.Parse("labels.after").Get(root));
        Assert.True(PropertyAccess.Parse("parts[0].name").Get(root)!.IsComputed);
        Assert.Null(PropertyAccess.Parse("missing.name").Get(root));
    }

    [Fact]
    public void Reset_puts_back_the_old_value_at_the_path_and_removes_one_the_old_inputs_lack()
    {
        var olds = Map("""{"labels":{"after":"old"},"parts":[{"name":"p"}]}""");
        var news = Map("""{"labels":{"after":"new","extra":"e"},"parts":[{"name":"q"}]}""");

        Assert.True(PropertyAccess.Parse("labels.after").Reset(olds, ref news));
        Assert.True(PropertyAccess.Parse("parts[0].name").Reset(olds, ref news));
        Assert.True(PropertyAccess.Parse("labels.extra").Reset(olds, ref news));

        Assert.Equal(Map("""{"labels":{"after":"old"},"parts":[{"name":"p"}]}"""), news);
    }

    [Fact]
    public void Reset_of_a_path_whose_parent_is_missing_fails_and_changes_nothing()
    {
        var news = Map("""{"colour":"red"}""");

        Assert.False(PropertyAccess.Parse("labels.after").Reset(Map("""{"labels":{"after":"old"}}"""), ref news));
        Assert.Equal(Map("""{"colour":"red"}"""), news);
    }

    private static PropertyMap Map(string json) => Provider.Rpc.ValueConverter.ToMap(Structs.Json(json));
}
