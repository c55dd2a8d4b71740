namespace DialTone.Provider.Configuration;

/// <summary>The wording of configuration errors, each naming the key and the fix.</summary>
public static class ConfigMessages
{
    public static string NotOneOf(ConfigSource source, string value, IEnumerable<string> allowed) =>
        Is(source, value, $"which is not one of: {Messages.Listing(allowed)}. {source.HowToChange}");

    public static string Is(ConfigSource source, string value, string problem) => $"{source.Name} is '{value}', {problem}";

    public static string? NotHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null
            : "which is not an absolute http or https URI. Use the Exchange server's PowerShell endpoint, for example "
              + "`http://ex01.contoso.com/PowerShell/`.";

    public static string NotAString(ConfigKey key) =>
        $"{key.QualifiedName} must be a string. Set it with `pulumi config set {key.QualifiedName} <value>`.";

    public static string UnknownKey(string name) =>
        $"dialtone:{name} is not a DialTone configuration key. The keys are: "
        + $"{Messages.Listing(ProviderConfig.Keys.Select(key => key.QualifiedName))}. "
        + $"Remove it with `pulumi config rm dialtone:{name}`.";

    public static string RequiredFor(string authentication, Uri connectionUri) =>
        $"required for {authentication} authentication to {connectionUri}";

    public static string RequiredWith(string other) => $"required when {other} is set";
}
