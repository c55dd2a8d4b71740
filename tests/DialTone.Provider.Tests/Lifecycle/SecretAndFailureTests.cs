using DialTone.Provider.Protocol;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>Secrets through a resource's lifetime, and a partial failure as the engine receives it.</summary>
public sealed class SecretAndFailureTests : RunningTestPlugin
{
    [Fact]
    public async Task A_secret_input_keeps_its_output_secret_from_check_to_create_to_read()
    {
        var check = await Client.CheckAsync(new CheckRequest
        {
            Urn = UrnOf("w1"), Olds = new(), News = Structs.Json("""{"name":"w1","colour":{"secret":"red"},"password":{"secret":"hunter2"}}"""),
        });
        var created = await Client.CreateAsync(new CreateRequest { Urn = UrnOf("w1"), Properties = check.Inputs });
        var read = await Client.ReadAsync(new ReadRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Properties = created.Properties, Inputs = check.Inputs,
        });

        foreach (var outputs in new[] { created.Properties, read.Properties })
        {
            Structs.AssertJson("""{"secret":"red"}""", outputs.Fields["colour"].StructValue);
            Structs.AssertJson("""{"secret":"hunter2"}""", outputs.Fields["password"].StructValue);
            Structs.AssertJson("""{"secret":7}""", outputs.Fields["passwordLength"].StructValue);
            Assert.Equal("w1", outputs.Fields["name"].StringValue);
        }
    }

    [Fact]
    public async Task A_secret_input_keeps_its_output_secret_through_an_update()
    {
        var created = await Client.CreateAsync(new CreateRequest
        {
            Urn = UrnOf("w1"), Properties = Structs.Json("""{"name":"w1","colour":"blue","shape":"Round"}"""),
        });
        var news = Structs.Json("""{"name":"w1","colour":{"secret":"red"},"shape":"Round"}""");

        var updated = await Client.UpdateAsync(new UpdateRequest
        {
            Id = created.Id, Urn = UrnOf("w1"), Olds = created.Properties,
            OldInputs = Structs.Json("""{"name":"w1","colour":"blue","shape":"Round"}"""), News = news,
        });

        Structs.AssertJson("""{"secret":"red"}""", updated.Properties.Fields["colour"].StructValue);
    }

    [Fact]
    public async Task A_widget_made_but_failing_inspection_is_a_partial_failure_with_its_id_and_state()
    {
        var error = await Assert.ThrowsAsync<Rpc.GrpcException>(() => Client.CreateAsync(new CreateRequest
        {
            Urn = UrnOf("w1"), Properties = Structs.Json("""{"name":"w1","colour":"blue","shape":"Round","failInspection":true}"""),
        }));

        var details = Assert.IsType<ErrorResourceInitFailed>(Assert.Single(error.Details));
        Assert.Equal(Rpc.GrpcStatusCode.Unknown, error.Code);
        Assert.Equal(["widget w1 was made but failed its inspection"], details.Reasons);
        Assert.StartsWith("widget-", details.Id);
        Assert.StartsWith("SN-", details.Properties.Fields["serial"].StringValue);
        Assert.True(File.Exists(Path.Combine(WidgetsDirectory, details.Id + ".json")));
    }
}
