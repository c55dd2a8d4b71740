using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>
/// Errors over the wire say whose fault they are (pulumi-protocol.md §2.4): a failed operation is a clean failure,
/// a bug in the provider is INTERNAL with a request to report it, and neither disturbs stdout.
/// </summary>
public sealed class FaultTests : RunningTestPlugin
{
    private const string OldShape = """{"name":"w1","colour":"blue","shape":"Oval","serial":"SN-1"}""";

    [Fact]
    public async Task A_saved_state_this_version_cannot_read_fails_the_delete_cleanly_naming_the_property_and_the_way_out()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => Client.DeleteAsync(new DeleteRequest
        {
            Id = "widget-1", Urn = UrnOf("w1"), Properties = Structs.Json(OldShape), OldInputs = Structs.Json(OldShape),
        }));

        Assert.Equal(GrpcStatusCode.FailedPrecondition, error.Code);
        Assert.Equal($"The saved state of {UrnOf("w1")} cannot be read: shape holds \"Oval\", not one of: 'Round', 'Square'. "
            + "It was written by a provider version that declared it differently. Run this operation with that version, "
            + $"or take the resource out of the stack with `pulumi state delete '{UrnOf("w1")}'` and remove what it manages by hand.",
            error.Message);
    }

    [Fact]
    public async Task Inputs_that_do_not_bind_are_a_provider_bug_reported_as_internal_with_please_report()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => Client.CreateAsync(new CreateRequest
        {
            Urn = UrnOf("w1"), Properties = Structs.Json("""{"name":"w1","colour":"blue","shape":"Oval"}"""),
        }));

        Assert.Equal(GrpcStatusCode.Internal, error.Code);
        Assert.Equal("DialTone failed unexpectedly (ProviderBugException: dialtonetest:index:Widget could not bind its "
            + "checked inputs: shape holds \"Oval\", not one of: 'Round', 'Square'.). This is a bug in the provider, not in "
            + "your program: please report it to the DialTone maintainers with this message; the provider's log "
            + "(pulumi --logflow -v=9) has the stack trace.", error.Message);
        Assert.Contains("ProviderBugException", Plugin.StandardError);
    }

    [Fact]
    public async Task After_an_internal_error_the_port_line_stays_alone_on_stdout_through_the_engines_shutdown()
    {
        await Assert.ThrowsAsync<GrpcException>(() => Client.CreateAsync(new CreateRequest
        {
            Urn = UrnOf("w1"), Properties = Structs.Json("""{"name":"w1","colour":"blue","shape":"Oval"}"""),
        }));

        await Client.CancelAsync();
        var (exitCode, _, restOfStdout) = await Plugin.InterruptAsync();

        Assert.Equal((0, ""), (exitCode, restOfStdout));
    }
}
