namespace DialTone.Engine.Tests.Components;

/// <summary>
/// Construct through the harness (pulumi-protocol.md §5): the component registers itself and its children with the
/// engine's ResourceMonitor, and the engine runs the children's steps on the same plugin while Construct waits.
/// </summary>
public sealed class ConstructTests(ConstructTests.PairUp pairUp) : ComponentStackTests, IClassFixture<ConstructTests.PairUp>
{
    /// <summary>One up of a pair with no inputs on a new stack.</summary>
    public sealed class PairUp : SharedWidgetRuns
    {
        internal RunResult Run { get; private set; } = null!;

        private protected override async Task RunAsync() => Run = await Stack.UpAsync(PairProgram("{}"));
    }

    [Fact]
    public async Task Construct_gets_the_stack_config_the_monitor_address_and_the_stack_as_parent()
    {
        Stack.WithConfig("dialtonetest:password", "hunter2", secret: true);

        var run = await Stack.UpAsync(PairProgram("""{"colour":"red"}"""));

        var construct = run.Request<ConstructRequest>("Construct", "pair");
        Assert.Equal(("widgets", "dev", Pair, StackUrn, false), (construct.Project, construct.Stack, construct.Type, construct.Parent, construct.DryRun));
        Assert.Equal(new Dictionary<string, string> { ["dialtonetest:lab"] = "lab.db", ["dialtonetest:password"] = "hunter2" }, construct.Config);
        Assert.Equal(["dialtonetest:password"], construct.ConfigSecretKeys);
        Assert.StartsWith("127.0.0.1:", construct.MonitorEndpoint);
        Assert.True(construct.AcceptsOutputValues);
        Structs.AssertJson("""{"colour":"red"}""", construct.Inputs);
    }

    [Fact]
    public void The_component_registers_itself_under_the_stack_then_its_children_under_it_then_its_outputs()
    {
        var run = pairUp.Run;

        Assert.Equal(["SupportsFeature outputValues", "RegisterResource pair", "RegisterResource pair-first", "RegisterResource pair-second",
            "RegisterResourceOutputs pair"], run.MonitorTrace);
        var registrations = run.MonitorCalls.Select(call => call.Request).OfType<RegisterResourceRequest>().ToList();
        Assert.Equal([(Pair, StackUrn, false), (Widget, PairUrn, true), (Widget, PairUrn, true)],
            registrations.Select(registration => (registration.Type, registration.Parent, registration.Custom)));
        Assert.Equal([PairUrn, ChildUrn("pair-first"), ChildUrn("pair-second")],
            run.MonitorCalls.Where(call => call.Method == "RegisterResource").Select(call => ((RegisterResourceResponse)call.Response!).Urn));
    }

    [Fact]
    public void The_children_are_checked_and_created_on_the_same_plugin_while_Construct_waits()
    {
        var run = pairUp.Run;

        var construct = run.Calls("Construct", "pair").Single();
        Assert.StartsWith("127.0.0.1:", construct.Address);
        foreach (var child in run.Rpcs.Where(call => call.Subject is "pair-first" or "pair-second"))
        {
            Assert.Equal((construct.Plugin, construct.Address), (child.Plugin, child.Address));
            Assert.True(construct.Started < child.Started && child.Ended < construct.Ended, $"{child} ran outside Construct.");
        }
        Assert.Equal(["Check pair-first", "Create pair-first", "Check pair-second", "Create pair-second"],
            run.Trace.Where(call => call.Contains("pair-")));
    }

    [Fact]
    public void A_child_input_from_another_child_carries_that_child_as_a_dependency()
    {
        var run = pairUp.Run;

        var second = (RegisterResourceRequest)run.MonitorCalls.Single(call => call.Subject == "pair-second").Request;
        Assert.Equal([ChildUrn("pair-first")], second.PropertyDependencies["labels"].Urns);
        Assert.Contains(ChildUrn("pair-first"), second.Dependencies);
        Assert.Equal([ChildUrn("pair-first")], run.Checkpoint.Named("pair-second").PropertyDependencies["labels"].AsEnumerable());
    }

    [Fact]
    public void Construct_answers_with_outputs_depending_on_their_children_after_registering_them()
    {
        var run = pairUp.Run;

        var construct = run.Calls("Construct", "pair").Single();
        var serial = ((ConstructResponse)construct.Response!).State.Fields["firstSerial"].StructValue.Fields;
        Assert.Equal(Provider.Rpc.ValueConverter.OutputSignature, serial[Provider.Rpc.ValueConverter.SignatureKey].StringValue);
        Assert.Equal(ChildUrn("pair-first"), Assert.Single(serial["dependencies"].ListValue.Values).StringValue);
        var outputs = run.MonitorCalls.Single(call => call.Method == "RegisterResourceOutputs");
        Assert.True(outputs.Ended < construct.Ended);
        Assert.Equal(((ConstructResponse)construct.Response!).State, ((RegisterResourceOutputsRequest)outputs.Request).Outputs);
    }

    [Fact]
    public void The_children_are_kept_in_the_checkpoint_under_the_component_with_its_outputs()
    {
        var run = pairUp.Run;

        var pair = run.Checkpoint.Named("pair");
        Assert.Equal((false, StackUrn, ""), (pair.Custom, pair.Parent, pair.Provider));
        Assert.Equal(run.Checkpoint.Named("pair-first").Outputs["serial"], pair.Outputs["firstSerial"]);
        Assert.All(["pair-first", "pair-second"], name => Assert.Equal((ChildUrn(name), PairUrn),
            (run.Checkpoint.Named(name).Urn, run.Checkpoint.Named(name).Parent)));
        Assert.Equal(pair.Outputs["firstSerial"], run.Outputs["firstSerial"]);
    }

    [Fact]
    public async Task A_bad_component_input_fails_the_run_naming_the_property_and_registers_nothing()
    {
        var run = await Stack.UpAsync(PairProgram("""{"colour":5}"""));

        Assert.Equal([$"{Pair} resource 'pair' has a problem: colour must be a string, not 5.\n\t\t- property colour with value '{{5}}' has a problem: colour must be a string, not 5."],
            run.Errors);
        Assert.Equal(Provider.Rpc.GrpcStatusCode.InvalidArgument, run.Calls("Construct", "pair").Single().Error!.Code);
        Assert.Empty(run.MonitorCalls.Where(call => call.Method == "RegisterResource"));
        Assert.False(run.Checkpoint.Contains("pair"));
    }
}
