using DialTone.Provider.Protocol;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>Check through the test plugin: the default Check from the declarations, then the resource's own rules.</summary>
public sealed class CheckTests(SharedTestPlugin plugin) : IClassFixture<SharedTestPlugin>
{
    private ProviderClient Client => plugin.Client;

    private Task<CheckResponse> CheckAsync(string news) =>
        Client.CheckAsync(new CheckRequest { Urn = UrnOf("w1"), Olds = new(), News = Structs.Json(news) });

    [Fact]
    public async Task Valid_inputs_come_back_with_the_declared_defaults_filled_in()
    {
        var reply = await CheckAsync("""{"name":"w1","count":3}""");

        Assert.Empty(reply.Failures);
        Structs.AssertJson("""{"name":"w1","count":3,"colour":"blue","shape":"Round"}""", reply.Inputs);
    }

    [Fact]
    public async Task Every_failure_is_reported_at_once_with_its_property_path_and_fix()
    {
        var reply = await CheckAsync("""
            {"colour":5,"count":1.5,"shape":"Oval","labels":{"owner":7},"parts":[{"size":"big"}],"colur":"red"}
            """);

        Assert.Equal(
        [
            ("colur", "colur is not a property of WidgetArgs; remove it. The properties are: 'name', 'colour', 'shape', "
                + "'count', 'labels', 'parts', 'password', 'failInspection', 'makingMilliseconds'."),
            ("name", "name is required: set it to a string (name of the widget; changing it makes a new widget)."),
            ("colour", "colour must be a string, not 5."),
            ("shape", "shape must be one of: 'Round', 'Square', not \"Oval\"."),
            ("count", "count must be an integer, not 1.5."),
            ("labels.owner", "labels.owner must be a string, not 7."),
            ("parts[0].name", "parts[0].name is required: set it to a string (name of the part, unique within the widget)."),
            ("parts[0].size", "parts[0].size must be a number, not \"big\"."),
        ], reply.Failures.Select(failure => (failure.Property, failure.Reason)));
    }

    [Fact]
    public async Task An_integer_beyond_its_type_is_refused_with_the_range_allowed()
    {
        var reply = await CheckAsync("""{"name":"w1","count":3e9}""");

        var failure = Assert.Single(reply.Failures);
        Assert.Equal(("count", "count must be an integer from -2147483648 to 2147483647, not 3000000000."), (failure.Property, failure.Reason));
    }

    [Fact]
    public async Task A_secret_of_the_wrong_shape_is_named_by_its_kind_only()
    {
        var reply = await CheckAsync("""{"name":"w1","password":{"secret":12345},"parts":[{"name":{"secret":["hunter2"]}}]}""");

        Assert.Equal(
        [
            ("parts[0].name", "parts[0].name must be a string, not a secret list."),
            ("password", "password must be a string, not a secret number."),
        ], reply.Failures.Select(failure => (failure.Property, failure.Reason)));
    }

    [Fact]
    public async Task A_secret_inside_a_wrong_value_is_hidden_from_the_message()
    {
        var reply = await CheckAsync("""{"name":"w1","labels":{"owner":["ann",{"secret":"hunter2"}]}}""");

        Assert.Equal("labels.owner must be a string, not [\"ann\", secret(***)].", Assert.Single(reply.Failures).Reason);
    }

    [Fact]
    public async Task Unknown_inputs_of_a_preview_pass_unjudged_and_stay_unknown()
    {
        var reply = await CheckAsync("""{"name":"?","parts":"?"}""");

        Assert.Empty(reply.Failures);
        Structs.AssertJson("""{"name":"?","parts":"?","colour":"blue","shape":"Round"}""", reply.Inputs);
    }

    [Fact]
    public async Task The_resources_own_rule_across_properties_names_the_path()
    {
        var reply = await CheckAsync("""{"name":"w1","parts":[{"name":"lid"},{"name":"lid"}]}""");

        var failure = Assert.Single(reply.Failures);
        Assert.Equal("parts[1].name", failure.Property);
        Assert.Equal("part name 'lid' is used twice; give each part its own name.", failure.Reason);
    }

    [Fact]
    public async Task Rules_across_properties_wait_while_an_input_is_unknown()
    {
        var reply = await CheckAsync("""{"name":"w1","colour":"?","parts":[{"name":"lid"},{"name":"lid"}]}""");

        Assert.Empty(reply.Failures);
    }

    [Fact]
    public async Task A_secret_input_is_checked_through_its_envelope_and_stays_secret()
    {
        var reply = await CheckAsync("""{"name":"w1","colour":{"secret":"red"}}""");

        Assert.Empty(reply.Failures);
        Structs.AssertJson("""{"name":"w1","colour":{"secret":"red"},"shape":"Round"}""", reply.Inputs);
    }

    [Fact]
    public async Task An_unknown_resource_type_is_invalid_input_naming_the_types_served()
    {
        var error = await Assert.ThrowsAsync<Rpc.GrpcException>(() => Client.CheckAsync(new CheckRequest
        {
            Urn = "urn:pulumi:dev::widgets::dialtonetest:index:Gadget::g1", News = new(),
        }));

        Assert.Equal(Rpc.GrpcStatusCode.InvalidArgument, error.Code);
        Assert.Equal("DialTone has no resource type 'dialtonetest:index:Gadget'. The types it serves are: "
            + "'dialtonetest:index:Widget', 'dialtonetest:index:WidgetPair', 'dialtonetest:index:WidgetRow'.", error.Message);
    }
}
