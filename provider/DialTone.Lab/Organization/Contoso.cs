namespace DialTone.Lab.Organization;

/// <summary>
/// The names of the organization every lab emulates (the public contract of <c>dialtone-lab init</c>) and the
/// directory paths Exchange derives from them. Declared once; everything else asks here.
/// </summary>
public static class Contoso
{
    public const string Domain = "contoso.com";
    public const string OrganizationName = "Contoso";
    public const string DomainController = "DC01.contoso.com";
    public const string Site = "contoso.com/Configuration/Sites/Default-First-Site-Name";
    public const string AdministrativeGroup = "Exchange Administrative Group (FYDIBOHF23SPDLT)";

    /// <summary>Exchange 2019 CU14, the version the lab emulates by default.</summary>
    public const string Exchange2019Version = "Version 15.2 (Build 1544.4)";

    /// <summary>[UNVERIFIED] the CurrentSchemaVersion an Exchange 2019 database reports; only equality matters here.</summary>
    public const string Exchange2019SchemaVersion = "0.199";

    public const string InstallPath = @"C:\Program Files\Microsoft\Exchange Server\V15\";

    private const string DomainDn = "DC=contoso,DC=com";

    private const string ExchangeConfiguration =
        $"CN={AdministrativeGroup},CN=Administrative Groups,CN={OrganizationName},CN=Microsoft Exchange,CN=Services,CN=Configuration,{DomainDn}";

    public static string Fqdn(string server) => $"{server}.{Domain}";

    public static string DatabaseDn(string name) => $"CN={name},CN=Databases,{ExchangeConfiguration}";

    public static string ServerDn(string name) => $"CN={name},CN=Servers,{ExchangeConfiguration}";

    public static string UserDn(string name) => $"CN={name},CN=Users,{DomainDn}";

    public static string MonitoringDn(string name) =>
        $"CN={name},CN=Monitoring Mailboxes,CN=Microsoft Exchange System Objects,{DomainDn}";

    /// <summary>The LegacyExchangeDN Exchange 2013+ gives a new recipient: a 32-hex-digit value, then the alias.</summary>
    public static string LegacyExchangeDn(Guid guid, string alias) =>
        $"/o={OrganizationName}/ou={AdministrativeGroup}/cn=Recipients/cn={guid:N}-{alias}";

    /// <summary>
    /// The LegacyExchangeDN an Exchange 2003-era organization gave a recipient. A mailbox migrated from there has a new
    /// one and keeps this as an X500 proxy address, so that old references still resolve [S10: the X500 check of
    /// New-MailboxRestoreRequest].
    /// </summary>
    public static string FormerLegacyExchangeDn(string alias) => $"/o={OrganizationName}/ou=First Administrative Group/cn=Recipients/cn={alias}";

    public static string SmtpAddress(string alias) => $"{alias}@{Domain}";

    /// <summary>Exchange's default database paths: <c>%ExchangeInstallPath%Mailbox\&lt;DB&gt;\&lt;DB&gt;.edb</c> [S10 DOC].</summary>
    public static string DefaultEdbFilePath(string installPath, string database) => $@"{installPath}Mailbox\{database}\{database}.edb";

    /// <summary>Logs default to <c>%ExchangeInstallPath%Mailbox\&lt;DB&gt;</c>, not next to a given EDB [S10 DOC].</summary>
    public static string DefaultLogFolderPath(string installPath, string database) => $@"{installPath}Mailbox\{database}";
}
