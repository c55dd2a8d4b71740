using DialTone.Provider.Host;

namespace DialTone.TestPlugin;

/// <summary>The test package: its resources and components, on the DialTone host.</summary>
public static class TestProvider
{
    public static ProviderDefinition Definition { get; } = new(
        name: "dialtonetest",
        displayName: "DialTone test package",
        description: "Test-only resources that exercise the DialTone resource model over the plugin protocol.",
        resources: [typeof(Widget)],
        components: [typeof(WidgetPair), typeof(WidgetRow)]);
}
