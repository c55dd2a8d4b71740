using System.Collections.Immutable;
using System.Reflection;
using DialTone.Provider.Resources;

namespace DialTone.Provider.Host;

/// <summary>
/// What a plugin serves: the package's name and metadata and the one list of its resource types and components.
/// The DialTone plugin and the test plugin are two definitions run by the same host.
/// </summary>
/// <param name="Name">The package name; the executable is <c>pulumi-resource-&lt;Name&gt;</c> and tokens start with it.</param>
public sealed record ProviderDefinition(
    string Name,
    string DisplayName,
    string Description,
    ImmutableArray<IResourceHandler> Resources,
    ImmutableArray<IComponentHandler> Components)
{
    /// <summary>The product version (Directory.Build.props), plain semver, as GetPluginInfo and the schema report it.</summary>
    public static string ProductVersion { get; } =
        typeof(ProviderDefinition).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
}
