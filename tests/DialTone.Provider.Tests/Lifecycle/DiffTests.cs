using DialTone.Provider.Protocol;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;
using Kind = DialTone.Provider.Protocol.PropertyDiff.Types.Kind;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>The default Diff through the test plugin: old inputs against new checked inputs.</summary>
public sealed class DiffTests(SharedTestPlugin plugin) : IClassFixture<SharedTestPlugin>
{
    private ProviderClient Client => plugin.Client;

    private const string Old = """{"name":"w1","colour":"blue","shape":"Round","labels":{"owner":"ann"},"parts":[{"name":"lid","size":2}]}""";

    private Task<DiffResponse> DiffAsync(string news, params string[] ignoreChanges) => Client.DiffAsync(new DiffRequest
    {
        Id = "widget-1", Urn = UrnOf("w1"), Olds = Structs.Json(Old), OldInputs = Structs.Json(Old), News = Structs.Json(news),
        IgnoreChanges = { ignoreChanges },
    });

    [Fact]
    public async Task Unchanged_inputs_are_no_change()
    {
        var reply = await DiffAsync(Old);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, reply.Changes);
    }

    [Fact]
    public async Task A_changed_colour_is_an_update_of_that_property()
    {
        var reply = await DiffAsync(Old.Replace("\"blue\"", "\"red\""));

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, reply.Changes);
        Assert.Equal(["colour"], reply.Diffs);
        Assert.Empty(reply.Replaces);
        Assert.True(reply.HasDetailedDiff);
        Assert.Equal(Kind.Update, reply.DetailedDiff["colour"].Kind);
        Assert.True(reply.DetailedDiff["colour"].InputDiff);
    }

    [Fact]
    public async Task A_changed_name_replaces_the_widget()
    {
        var reply = await DiffAsync(Old.Replace("\"w1\"", "\"w2\""));

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, reply.Changes);
        Assert.Equal(["name"], reply.Replaces);
        Assert.Equal(Kind.UpdateReplace, reply.DetailedDiff["name"].Kind);
    }

    [Fact]
    public async Task Nested_changes_are_reported_by_property_path()
    {
        var reply = await DiffAsync("""
            {"name":"w1","colour":"blue","shape":"Round","labels":{"owner":"bob","site":"x"},"parts":[{"name":"lid","size":3},{"name":"box"}]}
            """);

        Assert.Equal(["labels", "parts"], reply.Diffs.Order());
        Assert.Equal(
            new Dictionary<string, Kind>
            {
                ["labels.owner"] = Kind.Update, ["labels.site"] = Kind.Add, ["parts[0].size"] = Kind.Update, ["parts[1]"] = Kind.Add,
            },
            reply.DetailedDiff.ToDictionary(entry => entry.Key, entry => entry.Value.Kind));
    }

    [Fact]
    public async Task Changes_under_ignore_changes_paths_do_not_count()
    {
        var reply = await DiffAsync(Old.Replace("\"ann\"", "\"bob\"").Replace("\"blue\"", "\"red\""), "labels", "colour");

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, reply.Changes);
    }

    [Fact]
    public async Task A_value_made_secret_without_changing_is_no_change()
    {
        var reply = await DiffAsync(Old.Replace("\"blue\"", """{"secret":"blue"}"""));

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffNone, reply.Changes);
    }

    [Fact]
    public async Task A_value_unknown_in_a_preview_is_a_possible_update()
    {
        var reply = await DiffAsync(Old.Replace("\"blue\"", "\"?\""));

        Assert.Equal(Kind.Update, reply.DetailedDiff["colour"].Kind);
    }
}
