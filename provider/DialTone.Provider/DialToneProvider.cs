using DialTone.Provider.Host;

namespace DialTone.Provider;

/// <summary>The DialTone package: the one list of the resource types and components the plugin serves.</summary>
public static class DialToneProvider
{
    public static ProviderDefinition Definition { get; } = new(
        name: "dialtone",
        displayName: "DialTone",
        description: "Declarative Exchange Server dial tone recovery: the dial tone database, where mailboxes are "
            + "homed, the recovery database, the swap and the merge, previewed and applied by Pulumi.",
        resources: [],
        components: []);
}
