using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using DialTone.Engine.Wire;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Deployments;

/// <summary>
/// The configuration of default providers (pulumi-protocol.md §7): each stack config key of the package, without
/// its namespace, as a string (secret ones secret), plus <c>version</c> when the program requests a version, which
/// also names the provider <c>default_x_y_z</c>.
/// </summary>
internal static class DefaultProviders
{
    public const string VersionKey = "version";

    public static string NameOf(string? version) =>
        version is null ? "default" : "default_" + version.Replace('.', '_').Replace('-', '_').Replace('+', '_');

    public static PropertyMap Inputs(StackSettings settings, string package)
    {
        var inputs = PropertyMap.From(settings.ConfigOf(package).Select(entry =>
            KeyValuePair.Create(entry.Key, PropertyValue.String(entry.Value.Value).WithSecret(entry.Value.Secret))));
        return settings.ProviderVersions.TryGetValue(package, out var version)
            ? inputs.With(VersionKey, PropertyValue.String(version))
            : inputs;
    }

    /// <summary>The value as Configure's deprecated variables carry it: strings as they are, anything else as JSON, secrets plain.</summary>
    public static string AsVariable(PropertyValue value)
    {
        var plain = Marshalling.WithoutSecrets(value);
        return plain.TryGetString(out var text) ? text : JsonSerializer.Serialize(ToJson(plain));
    }

    /// <summary>Config as CheckConfig and DiffConfig receive it: every secret unwrapped.</summary>
    public static Struct PlainStruct(PropertyMap map) =>
        ValueConverter.ToStruct(Marshalling.Marshal(map, keepSecrets: false, keepResources: true));

    /// <summary>Secrets put back by top-level name after CheckConfig, which saw the values plain.</summary>
    public static PropertyMap AnnotateSecrets(PropertyMap checkedInputs, PropertyMap sent) =>
        PropertyMap.From(checkedInputs.Select(entry => KeyValuePair.Create(entry.Key,
            sent.TryGetValue(entry.Key, out var original) && original.IsSecret ? entry.Value.WithSecret() : entry.Value)));

    private static object? ToJson(PropertyValue value) => value.Match<object?>(
        () => null,
        flag => flag,
        number => number,
        text => text,
        items => items.Select(ToJson).ToList(),
        map => map.ToDictionary(entry => entry.Key, entry => ToJson(entry.Value)),
        asset => asset.ToString(),
        archive => archive.ToString(),
        reference => reference.Urn,
        () => null);
}
