using System.Collections.Immutable;
using System.Reflection;
using DialTone.Provider.Components;
using DialTone.Provider.Resources.Model;
using Microsoft.Extensions.DependencyInjection;

namespace DialTone.Provider.Host;

/// <summary>
/// What a plugin serves: the package's name and metadata, the one list of its resource types and components
/// (reflected here, once, so a bad declaration stops the plugin at start-up), and the services they need.
/// The DialTone plugin and the test plugin are two definitions run by the same host.
/// </summary>
public sealed record ProviderDefinition
{
    public ProviderDefinition(string name, string displayName, string description, IEnumerable<Type> resources,
        IEnumerable<Type> components, Action<IServiceCollection>? services = null)
    {
        Name = name;
        DisplayName = displayName;
        Description = description;
        Resources = [.. resources.Select(ResourceDescriptor.For)];
        Components = [.. components.Select(ComponentDescriptor.For)];
        ShapeReflector.RefuseSharedSchemaNames(Resources.SelectMany(resource => new[] { resource.Inputs, resource.Outputs })
            .Concat(Components.SelectMany(component => new[] { component.Inputs, component.Outputs })));
        Services = services ?? (_ => { });
    }

    /// <summary>The package name; the executable is <c>pulumi-resource-&lt;Name&gt;</c> and tokens start with it.</summary>
    public string Name { get; }

    public string DisplayName { get; }

    public string Description { get; }

    public ImmutableArray<ResourceDescriptor> Resources { get; }

    public ImmutableArray<ComponentDescriptor> Components { get; }

    /// <summary>Registers what the resources' and components' constructors ask for.</summary>
    public Action<IServiceCollection> Services { get; }

    /// <summary>The product version (Directory.Build.props), plain semver, as GetPluginInfo and the schema report it.</summary>
    public static string ProductVersion { get; } =
        typeof(ProviderDefinition).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
}
