using System.Collections.Immutable;

namespace DialTone.Provider.Configuration;

/// <summary>
/// One provider configuration key, declared once: the schema's config section, CheckConfig's validation, the
/// environment fallback and the missing-key report all read it.
/// </summary>
/// <param name="Name">The key after the package prefix: "password" for <c>dialtone:password</c>.</param>
/// <param name="EnvironmentVariable">Read when the stack config does not set the key; the config wins.</param>
/// <param name="Default">Used when neither config nor environment sets the key.</param>
/// <param name="AllowedValues">When not empty, the value must be one of these (case-insensitive).</param>
/// <param name="Validate">
/// Returns what is wrong with a value and how to fix it, as a clause that follows "&lt;key&gt; is '&lt;value&gt;', ",
/// or null when the value is fine.
/// </param>
public sealed record ConfigKey(
    string Name,
    string EnvironmentVariable,
    string Description,
    bool Secret = false,
    string? Default = null,
    ImmutableArray<string> AllowedValues = default,
    Func<string, string?>? Validate = null)
{
    public const string Package = "dialtone";

    /// <summary>The key as the user types it: <c>dialtone:password</c>.</summary>
    public string QualifiedName => $"{Package}:{Name}";

    /// <summary>The key in the stack config, as the user sets it.</summary>
    public ConfigSource InStackConfig => new(QualifiedName, $"Set it with `pulumi config set {QualifiedName} <value>`.");

    /// <summary>The key's environment variable, read when the stack config does not set it.</summary>
    public ConfigSource InEnvironment => new(EnvironmentVariable, $"Change or unset the environment variable {EnvironmentVariable}.");

    /// <summary>What is wrong with <paramref name="value"/>, naming where it came from, or null when it is acceptable.</summary>
    public string? Problem(string value, ConfigSource source)
    {
        if (!AllowedValues.IsDefaultOrEmpty && !AllowedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return ConfigMessages.NotOneOf(source, value, AllowedValues);
        }
        return Validate?.Invoke(value) is { } problem ? ConfigMessages.Is(source, value, problem) : null;
    }

    /// <summary>The allowed value spelled as declared, for a value that matched case-insensitively.</summary>
    public string Canonical(string value) =>
        AllowedValues.IsDefaultOrEmpty ? value : AllowedValues.First(allowed => allowed.Equals(value, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Where a configured value came from, as the user names it, and how the user changes it.</summary>
public sealed record ConfigSource(string Name, string HowToChange);
