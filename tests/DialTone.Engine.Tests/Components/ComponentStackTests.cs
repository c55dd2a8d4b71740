namespace DialTone.Engine.Tests.Components;

/// <summary>Stacks whose program declares the test plugin's component, dialtonetest:index:WidgetPair, as "pair".</summary>
public abstract class ComponentStackTests : WidgetStackTests
{
    internal const string Pair = "dialtonetest:index:WidgetPair";
    internal const string PairUrn = "urn:pulumi:dev::widgets::dialtonetest:index:WidgetPair::pair";

    /// <summary>A child of the pair: its URN carries the component's type before its own.</summary>
    internal static string ChildUrn(string name) => $"urn:pulumi:dev::widgets::{Pair}${Widget}::{name}";

    internal static DeploymentProgram PairProgram(string properties) =>
        DeploymentProgram.Of(ResourceDeclaration.FromJson("pair", Pair, properties) with { IsComponent = true })
            with { Outputs = Template.Json("""{"firstSerial":"${pair.firstSerial}"}""") };
}
