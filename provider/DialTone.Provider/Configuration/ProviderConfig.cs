using System.Collections.Immutable;

namespace DialTone.Provider.Configuration;

/// <summary>
/// DialTone's provider configuration keys (the public contract in architecture.md), declared once.
/// </summary>
public static class ProviderConfig
{
    /// <summary>Authentication mechanisms that need an explicit user name and password.</summary>
    public static readonly ImmutableArray<string> CredentialedAuthentication = ["Basic", "Digest", "Credssp"];

    public static readonly ConfigKey Lab = new(
        "lab", "DIALTONE_LAB",
        "Path of the Exchange lab database, the emulated Exchange organization DialTone manages when `connectionUri` "
        + "is not set. A relative path is relative to the Pulumi project directory. Create one with `dialtone-lab init`.",
        Default: ".dialtone/lab.db");

    public static readonly ConfigKey ConnectionUri = new(
        "connectionUri", "DIALTONE_CONNECTION_URI",
        "URI of a real Exchange server's remote PowerShell endpoint, for example `http://ex01.contoso.com/PowerShell/`. "
        + "When set, DialTone drives that Exchange organization through the PowerShell bridge instead of the lab.",
        Validate: ConfigMessages.NotHttpUri);

    public static readonly ConfigKey Username = new(
        "username", "DIALTONE_USERNAME",
        "User name for the Exchange session (`CONTOSO\\admin` or `admin@contoso.com`). Required with Basic, Digest "
        + "and CredSSP authentication; otherwise the current user's credentials are used when it is not set.");

    public static readonly ConfigKey Password = new(
        "password", "DIALTONE_PASSWORD",
        "Password of `username` for the Exchange session.",
        Secret: true);

    public static readonly ConfigKey Authentication = new(
        "authentication", "DIALTONE_AUTHENTICATION",
        "How the PowerShell session authenticates to Exchange (New-PSSession -Authentication).",
        Default: "Kerberos",
        AllowedValues: ["Default", "Basic", "Negotiate", "NegotiateWithImplicitCredential", "Kerberos", "Digest", "Credssp"]);

    public static readonly ConfigKey Shell = new(
        "shell", "DIALTONE_SHELL",
        "The PowerShell executable that runs the bridge to Exchange.",
        Default: "pwsh");

    public static readonly ConfigKey DomainController = new(
        "domainController", "DIALTONE_DOMAIN_CONTROLLER",
        "Domain controller that every Exchange cmdlet reads and writes through (-DomainController), so that a "
        + "recovery step sees its own changes at once.");

    /// <summary>Every key, in the order the schema lists them.</summary>
    public static readonly ImmutableArray<ConfigKey> Keys =
        [Lab, ConnectionUri, Username, Password, Authentication, Shell, DomainController];

    /// <summary>Keys the engine itself adds to a provider's configuration; they are passed through untouched.</summary>
    public static bool IsEngineKey(string name) =>
        name is "version" or "pluginDownloadURL" || name.StartsWith("__", StringComparison.Ordinal);
}
