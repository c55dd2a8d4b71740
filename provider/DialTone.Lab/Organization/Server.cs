namespace DialTone.Lab.Organization;

/// <summary>An Exchange server as Get-ExchangeServer shows it, with what the lab needs to enforce its limits.</summary>
public sealed record Server(
    string Name,
    Guid Guid,
    string Fqdn,
    string Site,
    string Version,
    string SchemaVersion,
    string Edition,
    string InstallPath,
    bool IsUp)
{
    /// <summary>
    /// Mounted databases an edition allows: Standard 5, Enterprise 100 (2013 CU2+); an evaluation (trial) server behaves
    /// like Standard [S1][S3][S12 DOC]. Recovery databases do not count [S5 DOC].
    /// </summary>
    public int MountedDatabaseLimit => Edition == Editions.Enterprise ? 100 : 5;
}

public static class Editions
{
    public const string Enterprise = "Enterprise";
    public const string Standard = "Standard";
}
