using DialTone.Provider.Protocol;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>Create, Read, Update and Delete through the test plugin, previews included.</summary>
public sealed class CrudTests : RunningTestPlugin
{
    private const string Inputs = """{"name":"w1","colour":"blue","shape":"Round","count":2}""";

    private async Task<CreateResponse> CreateAsync(string inputs = Inputs, bool preview = false) =>
        await Client.CreateAsync(new CreateRequest { Urn = UrnOf("w1"), Properties = Structs.Json(inputs), Preview = preview });

    private bool AnyWidgetWritten => Directory.Exists(WidgetsDirectory) && Directory.EnumerateFiles(WidgetsDirectory).Any();

    [Fact]
    public async Task Create_in_a_preview_returns_unknown_outputs_and_writes_nothing()
    {
        var reply = await CreateAsync("""{"name":"w1","colour":"?","shape":"Round"}""", preview: true);

        Assert.Equal("", reply.Id);
        Structs.AssertJson("""
            {"name":"w1","colour":"?","shape":"Round","count":"?","labels":"?","parts":"?","password":{"secret":"?"},
             "failInspection":"?","makingMilliseconds":"?","serial":"?","passwordLength":{"secret":"?"}}
            """, reply.Properties);
        Assert.False(AnyWidgetWritten);
    }

    [Fact]
    public async Task Create_returns_an_id_and_every_output_known()
    {
        var reply = await CreateAsync();

        Assert.StartsWith("widget-", reply.Id);
        Assert.StartsWith("SN-", reply.Properties.Fields["serial"].StringValue);
        Assert.DoesNotContain(Rpc.ValueConverter.UnknownString, reply.Properties.ToString());
        Assert.True(File.Exists(Path.Combine(WidgetsDirectory, reply.Id + ".json")));
    }

    [Fact]
    public async Task Create_reports_progress_to_the_engine_as_an_ephemeral_line_under_the_resource()
    {
        await CreateAsync();

        var log = await Engine.WaitForLogAsync(entry => entry.Ephemeral);
        Assert.Equal(("Making widget w1", UrnOf("w1"), LogSeverity.Info), (log.Message, log.Urn, log.Severity));
    }

    [Fact]
    public async Task Read_of_an_existing_widget_returns_its_state_and_inputs()
    {
        var created = await CreateAsync();

        var reply = await Client.ReadAsync(new ReadRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Properties = created.Properties, Inputs = Structs.Json(Inputs),
        });

        Assert.Equal(created.Id, reply.Id);
        Assert.Equal(created.Properties, reply.Properties);
        Structs.AssertJson(Inputs, reply.Inputs);
    }

    [Fact]
    public async Task Read_of_a_widget_that_is_gone_returns_an_empty_id_and_no_properties()
    {
        var created = await CreateAsync();
        File.Delete(Path.Combine(WidgetsDirectory, created.Id + ".json"));

        var reply = await Client.ReadAsync(new ReadRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Properties = created.Properties, Inputs = Structs.Json(Inputs),
        });

        Assert.Equal("", reply.Id);
        Assert.Null(reply.Properties);
    }

    [Fact]
    public async Task Read_for_an_import_returns_the_inputs_that_produce_the_state()
    {
        var created = await CreateAsync();

        var reply = await Client.ReadAsync(new ReadRequest { Id = created.Id, Urn = UrnOf("w1") });

        Assert.Equal(created.Properties, reply.Properties);
        Structs.AssertJson(Inputs, reply.Inputs);
    }

    [Fact]
    public async Task Update_in_a_preview_writes_nothing()
    {
        var created = await CreateAsync();
        var file = Path.Combine(WidgetsDirectory, created.Id + ".json");
        var before = await File.ReadAllTextAsync(file);

        await Client.UpdateAsync(new UpdateRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Olds = created.Properties, OldInputs = Structs.Json(Inputs),
            News = Structs.Json(Inputs.Replace("blue", "red")), Preview = true,
        });

        Assert.Equal(before, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Update_in_a_preview_shows_the_new_inputs_and_keeps_what_the_update_keeps()
    {
        const string withPassword = """{"name":"w1","colour":"blue","shape":"Round","count":2,"password":"abc"}""";
        var created = await CreateAsync(withPassword);

        var reply = await Client.UpdateAsync(new UpdateRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Olds = created.Properties, OldInputs = Structs.Json(withPassword),
            News = Structs.Json("""{"name":"w1","colour":"?","shape":"Round","password":"abcdef"}"""), Preview = true,
        });

        // The serial is kept by every update; the password's length is declared RecomputedOnUpdate; count was removed.
        var serial = created.Properties.Fields["serial"].StringValue;
        Structs.AssertJson($$$"""
            {"name":"w1","colour":"?","shape":"Round","count":"?","password":{"secret":"abcdef"},"serial":"{{{serial}}}",
             "passwordLength":{"secret":"?"}}
            """, reply.Properties);
    }

    [Fact]
    public async Task Update_changes_the_widget_and_keeps_its_serial()
    {
        var created = await CreateAsync();

        var reply = await Client.UpdateAsync(new UpdateRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Olds = created.Properties, OldInputs = Structs.Json(Inputs),
            News = Structs.Json(Inputs.Replace("blue", "red")),
        });

        Assert.Equal("red", reply.Properties.Fields["colour"].StringValue);
        Assert.Equal(created.Properties.Fields["serial"], reply.Properties.Fields["serial"]);
        Assert.Contains("\"red\"", await File.ReadAllTextAsync(Path.Combine(WidgetsDirectory, created.Id + ".json")));
    }

    [Fact]
    public async Task Delete_removes_the_widget()
    {
        var created = await CreateAsync();

        await Client.DeleteAsync(new DeleteRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Properties = created.Properties, OldInputs = Structs.Json(Inputs),
        });

        Assert.False(AnyWidgetWritten);
    }

    [Fact]
    public async Task Cancel_stops_a_create_in_flight_with_cancelled()
    {
        var creating = CreateAsync("""{"name":"w1","colour":"blue","shape":"Round","makingMilliseconds":60000}""");
        await Engine.WaitForLogAsync(entry => entry.Message == "Making widget w1");

        await Client.CancelAsync();

        var error = await Assert.ThrowsAsync<Rpc.GrpcException>(() => creating);
        Assert.Equal(Rpc.GrpcStatusCode.Cancelled, error.Code);
        Assert.False(AnyWidgetWritten);
    }
}
