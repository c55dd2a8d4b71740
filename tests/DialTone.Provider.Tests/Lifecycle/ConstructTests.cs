using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;
using DialTone.Provider.Tests.Harness;
using static DialTone.Provider.Tests.Harness.TestPlugin;

namespace DialTone.Provider.Tests.Lifecycle;

/// <summary>
/// Construct through the test plugin, with the test hosting the ResourceMonitor: while Construct waits on a child's
/// registration, the same plugin serves that child's Check and Create.
/// </summary>
public sealed class ConstructTests : RunningTestPlugin
{
    private const string StackUrn = "urn:pulumi:dev::widgets::pulumi:pulumi:Stack::widgets-dev";
    private const string PairUrn = "urn:pulumi:dev::widgets::dialtonetest:index:WidgetPair::pair";
    private const string FirstUrn = "urn:pulumi:dev::widgets::dialtonetest:index:WidgetPair$dialtonetest:index:Widget::pair-first";
    private const string ProviderReference = "urn:pulumi:dev::widgets::pulumi:providers:dialtonetest::default::6e0a1c1e";

    private Task<ConstructResponse> ConstructAsync(string inputs = "{}", bool dryRun = false)
    {
        Monitor.DryRun = dryRun;
        return Client.ConstructAsync(new ConstructRequest
        {
            Project = Project, Stack = Stack, Type = "dialtonetest:index:WidgetPair", Name = "pair", Parent = StackUrn,
            Inputs = Structs.Json(inputs), DryRun = dryRun, MonitorEndpoint = Engine.Address, AcceptsOutputValues = true,
            Providers = { ["dialtonetest"] = ProviderReference },
        });
    }

    [Fact]
    public async Task Construct_registers_the_component_under_its_parent_with_the_providers()
    {
        await ConstructAsync();

        var component = Monitor.Registrations.First();
        Assert.Equal(("dialtonetest:index:WidgetPair", "pair", StackUrn, false), (component.Type, component.Name, component.Parent, component.Custom));
        Assert.Equal(ProviderReference, component.Providers["dialtonetest"]);
    }

    [Fact]
    public async Task Construct_registers_the_children_under_the_component_and_they_are_created()
    {
        var reply = await ConstructAsync();

        Assert.Equal(PairUrn, reply.Urn);
        Assert.Equal([("pair-first", PairUrn), ("pair-second", PairUrn)],
            Monitor.Registrations.Where(registration => registration.Custom).Select(registration => (registration.Name, registration.Parent)));
        Assert.Equal(2, Directory.EnumerateFiles(WidgetsDirectory).Count());
    }

    [Fact]
    public async Task A_child_input_from_another_child_carries_that_child_as_a_dependency()
    {
        await ConstructAsync();

        var second = Monitor.Registrations.Single(registration => registration.Name == "pair-second");
        Assert.Equal([FirstUrn], second.PropertyDependencies["labels"].Urns);
        Assert.Contains(FirstUrn, second.Dependencies);
    }

    [Fact]
    public async Task Construct_returns_outputs_as_output_values_depending_on_their_children()
    {
        var reply = await ConstructAsync();

        var serial = reply.State.Fields["firstSerial"].StructValue.Fields;
        Assert.Equal(ValueConverter.OutputSignature, serial[ValueConverter.SignatureKey].StringValue);
        Assert.StartsWith("SN-", serial["value"].StringValue);
        Assert.Equal(FirstUrn, Assert.Single(serial["dependencies"].ListValue.Values).StringValue);
    }

    [Fact]
    public async Task Construct_registers_the_component_outputs_before_it_answers()
    {
        var reply = await ConstructAsync();

        var outputs = Assert.Single(Monitor.Outputs);
        Assert.Equal(PairUrn, outputs.Urn);
        Assert.Equal(reply.State, outputs.Outputs);
    }

    [Fact]
    public async Task Construct_in_a_preview_creates_nothing_and_leaves_new_ids_unknown()
    {
        var reply = await ConstructAsync(dryRun: true);

        // An output value without a "value" is unknown (pulumi-protocol.md §4.9).
        Assert.False(reply.State.Fields["secondId"].StructValue.Fields.ContainsKey("value"));
        Assert.False(Directory.Exists(WidgetsDirectory) && Directory.EnumerateFiles(WidgetsDirectory).Any());
    }

    [Fact]
    public async Task Construct_with_a_bad_input_is_invalid_argument_naming_the_property()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => ConstructAsync("""{"colour":5}"""));

        Assert.Equal(GrpcStatusCode.InvalidArgument, error.Code);
        var details = Assert.IsType<InputPropertiesError>(Assert.Single(error.Details));
        Assert.Equal(("colour", "colour must be a string, not 5."), (details.Errors[0].PropertyPath, details.Errors[0].Reason));
        Assert.Empty(Monitor.Registrations);
    }
}
