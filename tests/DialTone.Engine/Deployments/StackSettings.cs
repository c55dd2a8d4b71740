using DialTone.Engine.Plugins;

namespace DialTone.Engine.Deployments;

/// <summary>A stack configuration value as `pulumi config set` stores it: always a string, possibly secret.</summary>
internal sealed record ConfigValue(string Value, bool Secret = false);

/// <summary>
/// What a run needs to know about its stack: the project and stack names (they make the URNs), the project
/// directory (the plugins' working directory), the stack configuration keyed "namespace:key", where each package's
/// plugin executable is, and the provider versions a program requests (they name the default providers).
/// </summary>
internal sealed record StackSettings(string Project, string Stack, string ProjectDirectory)
{
    public ImmutableSortedDictionary<string, ConfigValue> Config { get; init; } =
        ImmutableSortedDictionary<string, ConfigValue>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableDictionary<string, string> Plugins { get; init; } = ImmutableDictionary<string, string>.Empty
        .Add("dialtone", PluginPaths.DialTone)
        .Add("dialtonetest", PluginPaths.TestPlugin);

    /// <summary>Package → the version its resources request; the default provider is then default_x_y_z.</summary>
    public ImmutableDictionary<string, string> ProviderVersions { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The root resource every top-level resource is parented to.</summary>
    public string StackUrn => $"urn:pulumi:{Stack}::{Project}::{Urns.StackType}::{Project}-{Stack}";

    public string UrnOf(string type, string name, string? parentUrn = null) => Urns.For(Stack, Project, type, name, parentUrn ?? StackUrn);

    public string PluginOf(string package) => Plugins.TryGetValue(package, out var path)
        ? path
        : throw new InvalidOperationException(
            $"No plugin is known for package '{package}': add its executable to StackSettings.Plugins.");

    /// <summary>The configuration keys of one package, without the namespace, as its default provider receives them.</summary>
    public IEnumerable<KeyValuePair<string, ConfigValue>> ConfigOf(string package) =>
        Config.Where(entry => entry.Key.StartsWith(package + ":", StringComparison.Ordinal))
            .Select(entry => KeyValuePair.Create(entry.Key[(package.Length + 1)..], entry.Value));
}
