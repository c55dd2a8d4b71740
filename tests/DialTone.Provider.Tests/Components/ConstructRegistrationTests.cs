using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Components;

/// <summary>
/// How Construct registers a component and its children with the engine's ResourceMonitor, seen from a monitor the
/// test scripts: the options it passes on, and what it does when the engine fails, skips or is still making a child.
/// </summary>
public sealed class ConstructRegistrationTests : IClassFixture<ScriptedEngine>
{
    private const string StackUrn = "urn:pulumi:dev::widgets::pulumi:pulumi:Stack::widgets-dev";
    private const string PairType = "dialtonetest:index:WidgetPair";
    private const string RowType = "dialtonetest:index:WidgetRow";

    private readonly ScriptedEngine _engine;

    public ConstructRegistrationTests(ScriptedEngine engine)
    {
        _engine = engine;
        engine.Monitor.Reset();
    }

    private ScriptedMonitor Monitor => _engine.Monitor;

    private ConstructRequest Request(string type, string name, string inputs, bool dryRun = false) => new()
    {
        Project = Project, Stack = Stack, Type = type, Name = name, Parent = StackUrn, Inputs = Structs.Json(inputs),
        DryRun = dryRun, MonitorEndpoint = _engine.MonitorAddress, AcceptsOutputValues = true,
    };

    [Fact]
    public async Task The_component_registers_with_the_callers_aliases_and_options_so_its_children_keep_their_identity()
    {
        var request = Request(PairType, "pair", "{}");
        request.Aliases.Add(new Alias { Urn = "urn:pulumi:dev::widgets::dialtonetest:index:WidgetPair::old-pair" });
        request.Aliases.Add(new Alias { Spec = new Alias.Types.Spec { Name = "older-pair", NoParent = true } });
        request.CustomTimeouts = new ConstructRequest.Types.CustomTimeouts { Create = "5m", Delete = "1h", Read = "30s" };
        request.DeleteBeforeReplace = true;
        request.ReplaceWith.Add("urn:pulumi:dev::widgets::dialtonetest:index:Widget::w0");
        request.Protect = true;

        await _engine.Client.ConstructAsync(request);

        var component = Monitor.Registrations.First();
        Assert.Equal(request.Aliases, component.Aliases);
        Assert.True(component.AliasSpecs);
        Assert.Equal(("5m", "", "1h", "30s"), (component.CustomTimeouts.Create, component.CustomTimeouts.Update,
            component.CustomTimeouts.Delete, component.CustomTimeouts.Read));
        Assert.Equal((true, true), (component.DeleteBeforeReplace, component.DeleteBeforeReplaceDefined));
        Assert.Equal(request.ReplaceWith, component.ReplaceWith);
        Assert.True(component.Protect);
    }

    [Fact]
    public async Task A_child_the_engine_fails_fails_the_construct_cleanly_naming_the_child()
    {
        Monitor.Child = (_, urn, _) => Task.FromResult(new RegisterResourceResponse { Urn = urn, Result = Result.Fail });

        var error = await Assert.ThrowsAsync<GrpcException>(() => _engine.Client.ConstructAsync(Request(PairType, "pair", "{}")));

        Assert.Equal(GrpcStatusCode.FailedPrecondition, error.Code);
        Assert.Equal("The child resource pair-first (dialtonetest:index:Widget) failed; the engine reports why above. "
            + "Fix that error and run again.", error.Message);
    }

    [Fact]
    public async Task When_a_child_fails_construct_answers_only_after_the_children_still_being_made()
    {
        var secondArrived = new TaskCompletionSource();
        var secondAborted = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        Monitor.Child = async (request, urn, aborted) =>
        {
            if (request.Name == "row-0")
            {
                await secondArrived.Task;
                return new RegisterResourceResponse { Urn = urn, Result = Result.Fail };
            }
            secondArrived.TrySetResult();
            aborted.Register(() => secondAborted.TrySetResult());
            await release.Task;
            return ScriptedMonitor.Created(request, urn);
        };

        var construct = _engine.Client.ConstructAsync(Request(RowType, "row", """{"count":2}"""));
        await secondArrived.Task;
        // The first child has failed; give a construct that does not wait the time to answer and cut the second off.
        await Task.WhenAny(construct, secondAborted.Task, Task.Delay(TimeSpan.FromSeconds(2)));
        var answeredEarly = construct.IsCompleted;
        release.SetResult();

        var error = await Assert.ThrowsAsync<GrpcException>(() => construct);
        Assert.False(answeredEarly, "Construct answered while a child was still being made");
        Assert.False(secondAborted.Task.IsCompleted, "the second child's registration was cut off");
        Assert.Equal(GrpcStatusCode.FailedPrecondition, error.Code);
    }

    [Fact]
    public async Task A_secret_input_keeps_the_child_input_and_the_output_of_its_name_secret()
    {
        var reply = await _engine.Client.ConstructAsync(Request(RowType, "row", """{"count":1,"colour":{"secret":"red"}}"""));

        var child = Monitor.Registrations.Single(registration => registration.Custom);
        Structs.AssertJson("""{"secret":"red"}""", child.Object.Fields["colour"].StructValue);
        Structs.AssertJson("""{"secret":"red"}""", reply.State.Fields["colour"].StructValue);
    }

    [Fact]
    public async Task A_child_the_engine_skipped_leaves_the_outputs_from_it_unknown_outside_a_preview()
    {
        // A targeted update skips an untargeted new resource: SUCCESS, no id, and unknown set (resource.proto field 8).
        Monitor.Child = (request, urn, _) => Task.FromResult(new RegisterResourceResponse { Urn = urn, Object = request.Object, Unknown = true });

        var reply = await _engine.Client.ConstructAsync(Request(PairType, "pair", "{}"));

        // An output value without a value is unknown (pulumi-protocol.md §4.9).
        var serial = reply.State.Fields["firstSerial"].StructValue.Fields;
        Assert.Equal("d0e6a833031e9bbcd3f4e8bde6ca49a4", serial[ValueConverter.SignatureKey].StringValue);
        Assert.False(serial.ContainsKey("value"));
    }

    [Fact]
    public async Task An_output_left_unknown_outside_a_preview_is_a_provider_bug()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() =>
            _engine.Client.ConstructAsync(Request(RowType, "row", """{"count":1,"loseColour":true}""")));

        Assert.Equal(GrpcStatusCode.Internal, error.Code);
        Assert.Contains("(ProviderBugException: dialtonetest:index:WidgetRow: Construct returned an unknown value outside a preview.)",
            error.Message);
        Assert.Empty(Monitor.Outputs);
    }

    [Fact]
    public async Task A_monitor_that_cannot_be_reached_is_unavailable_not_a_provider_bug()
    {
        var request = Request(PairType, "pair", "{}");
        request.MonitorEndpoint = "127.0.0.1:1";

        var error = await Assert.ThrowsAsync<GrpcException>(() => _engine.Client.ConstructAsync(request));

        Assert.Equal(GrpcStatusCode.Unavailable, error.Code);
        Assert.StartsWith("pulumirpc.ResourceMonitor/SupportsFeature at 127.0.0.1:1 cannot be reached: ", error.Message);
    }
}
