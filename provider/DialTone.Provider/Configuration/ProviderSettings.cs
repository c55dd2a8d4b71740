namespace DialTone.Provider.Configuration;

/// <summary>
/// The configuration in force after Configure: stack config, then environment variables, then defaults.
/// </summary>
/// <param name="LabPath">The lab database, as an absolute path (used when <see cref="ConnectionUri"/> is null).</param>
public sealed record ProviderSettings(
    string LabPath,
    Uri? ConnectionUri,
    string? Username,
    string? Password,
    string Authentication,
    string Shell,
    string? DomainController)
{
    /// <summary>True when DialTone manages the embedded lab rather than real Exchange.</summary>
    public bool UsesLab => ConnectionUri is null;

    /// <summary>What DialTone manages, for the log; never the password.</summary>
    public override string ToString() =>
        UsesLab ? $"the lab at {LabPath}" : $"Exchange at {ConnectionUri} ({Authentication}{(Username is null ? "" : $" as {Username}")})";
}
