using System.Globalization;
using DialTone.Provider.Contracts;
using DialTone.Provider.Values;

namespace DialTone.Provider.Configuration;

/// <summary>
/// CheckConfig, DiffConfig and Configure for the keys of <see cref="ProviderConfig"/> (pulumi-protocol.md §7).
/// Stack config arrives as strings and explicit providers may send typed values, so both are read as text. The
/// environment is consulted only here, at Configure (the schema gives explicit providers no environment fallback),
/// so that it never lands in the stack's state.
/// </summary>
public sealed class ProviderConfiguration(Func<string, string?> environment, string workingDirectory)
{
    /// <summary>Validates the new configuration; the inputs are returned unchanged, engine keys included.</summary>
    public CheckResponse Check(PropertyMap news)
    {
        var failures = new List<CheckFailure>();
        foreach (var (name, value) in news)
        {
            if (ProviderConfig.IsEngineKey(name))
            {
                continue;
            }
            if (ProviderConfig.Keys.FirstOrDefault(key => key.Name == name) is not { } key)
            {
                failures.Add(new CheckFailure(name, ConfigMessages.UnknownKey(name)));
            }
            else if (Problem(key, value) is { } problem)
            {
                failures.Add(new CheckFailure(name, problem));
            }
        }
        return new CheckResponse(news, failures);
    }

    /// <summary>
    /// Changed keys are updates, never replaces: a provider replace would replace every resource it manages, and
    /// no change of connection makes DialTone's resources unmanageable.
    /// </summary>
    public static DiffResponse Diff(PropertyMap olds, PropertyMap news)
    {
        var changed = ProviderConfig.Keys
            .Where(key => !Equals(Text(olds.Get(key.Name)), Text(news.Get(key.Name))))
            .ToDictionary(key => key.Name, key => new PropertyDiff(
                !olds.ContainsKey(key.Name) ? PropertyDiffKind.Add
                : !news.ContainsKey(key.Name) ? PropertyDiffKind.Delete
                : PropertyDiffKind.Update));
        return changed.Count == 0
            ? DiffResponse.NoChanges
            : new DiffResponse(DiffChanges.Some, [], changed.Keys.ToList(), changed);
    }

    /// <summary>The settings in force: config first, then the environment, then the defaults.</summary>
    public ProviderSettings Configure(PropertyMap args, IReadOnlyDictionary<string, string> variables)
    {
        var failures = new List<CheckFailure>();
        string? Read(ConfigKey key)
        {
            var configured = args.TryGetValue(key.Name, out var value) ? value
                : variables.TryGetValue($"{ConfigKey.Package}:config:{key.Name}", out var legacy) ? PropertyValue.String(legacy)
                : PropertyValue.Null;
            if (Problem(key, configured) is { } invalid)
            {
                failures.Add(new CheckFailure(key.Name, invalid));
                return null;
            }
            if (Text(configured) is { } text)
            {
                return key.Canonical(text);
            }
            if (NonEmpty(environment(key.EnvironmentVariable)) is { } fromEnvironment)
            {
                if (key.Problem(fromEnvironment, key.InEnvironment) is { } problem)
                {
                    failures.Add(new CheckFailure(key.Name, problem));
                    return null;
                }
                return key.Canonical(fromEnvironment);
            }
            return key.Default;
        }

        var (lab, uri, username, password) = (Read(ProviderConfig.Lab), Read(ProviderConfig.ConnectionUri),
            Read(ProviderConfig.Username), Read(ProviderConfig.Password));
        var (authentication, shell, domainController) = (Read(ProviderConfig.Authentication), Read(ProviderConfig.Shell),
            Read(ProviderConfig.DomainController));
        if (failures.Count > 0)
        {
            throw InvalidInputException.From(failures);
        }
        // Every key with a default has a value now, and every value is valid.
        var settings = new ProviderSettings(Path.GetFullPath(lab!, workingDirectory), uri is null ? null : new Uri(uri),
            username, password, authentication!, shell!, domainController);
        if (MissingKeys(settings) is { Count: > 0 } missing)
        {
            throw new MissingConfigurationException(missing);
        }
        return settings;
    }

    private static List<MissingKey> MissingKeys(ProviderSettings settings)
    {
        var missing = new List<MissingKey>();
        if (settings.ConnectionUri is not { } uri)
        {
            return missing;
        }
        void Require(ConfigKey key, string why) =>
            missing.Add(new MissingKey(key.QualifiedName, $"{key.Description} It is {why} (or set {key.EnvironmentVariable})."));

        if (ProviderConfig.CredentialedAuthentication.Contains(settings.Authentication))
        {
            if (settings.Username is null)
            {
                Require(ProviderConfig.Username, ConfigMessages.RequiredFor(settings.Authentication, uri));
            }
            if (settings.Password is null)
            {
                Require(ProviderConfig.Password, ConfigMessages.RequiredFor(settings.Authentication, uri));
            }
        }
        else if (settings.Username is null && settings.Password is not null)
        {
            Require(ProviderConfig.Username, ConfigMessages.RequiredWith(ProviderConfig.Password.QualifiedName));
        }
        else if (settings.Password is null && settings.Username is not null)
        {
            Require(ProviderConfig.Password, ConfigMessages.RequiredWith(ProviderConfig.Username.QualifiedName));
        }
        return missing;
    }

    /// <summary>What is wrong with a configured value, or null; unknown values (a preview) are not judged.</summary>
    private static string? Problem(ConfigKey key, PropertyValue value)
    {
        var plain = value.Plain;
        if (plain.IsComputed || plain.IsNull)
        {
            return null;
        }
        return Text(plain) is { } text ? key.Problem(text, key.InStackConfig) : ConfigMessages.NotAString(key);
    }

    /// <summary>A configured value as text: strings as they are, numbers and booleans as stack config spells them.</summary>
    private static string? Text(PropertyValue value)
    {
        var plain = value.Plain;
        if (plain.TryGetString(out var text))
        {
            return NonEmpty(text);
        }
        if (plain.TryGetBool(out var flag))
        {
            return flag ? "true" : "false";
        }
        return plain.TryGetNumber(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
