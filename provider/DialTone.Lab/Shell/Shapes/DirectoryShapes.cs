using DialTone.Exchange.Results;
using DialTone.Exchange.Values;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Shell.Shapes;

/// <summary>Servers, databases and mailboxes as Exchange outputs them: property names and value shapes [S10][fact sheet §3.1].</summary>
internal static class DirectoryShapes
{
    public static ObjectValue Server(Server s) => new(new ExchangeObject(ExchangeTypeNames.ExchangeServer,
    [
        new("Name", s.Name), new("Identity", s.Name), new("Guid", s.Guid), new("Fqdn", s.Fqdn),
        new("DistinguishedName", Contoso.ServerDn(s.Name)), new("Site", s.Site), new("ServerRole", "Mailbox"),
        new("Edition", s.Edition), new("AdminDisplayVersion", s.Version),
        new("IsExchangeTrialEdition", false), // the lab's servers are licensed
    ]));

    /// <summary>Without -Status, Mounted, MountedOnServer, DatabaseSize and the like are empty, as Exchange leaves them [S10 DOC].</summary>
    public static ObjectValue Database(MailboxDatabase d, bool status, long size)
    {
        var mounted = d.Mounted;
        ExchangeProperty[] properties =
        [
            new("Name", d.Name), new("Identity", d.Name), new("Guid", d.Guid), new("DistinguishedName", d.DistinguishedName),
            new("Server", d.Server), new("ServerName", d.Server), new("MasterServerOrAvailabilityGroup", d.Server),
            new("Servers", new ArrayValue([new StringValue(d.Server)])), new("Recovery", d.IsRecovery), new("ReplicationType", "None"),
            new("EdbFilePath", d.EdbFilePath), new("LogFolderPath", d.LogFolderPath), new("LogFilePrefix", d.LogFilePrefix),
            new("AllowFileRestore", d.AllowFileRestore), new("CircularLoggingEnabled", d.CircularLoggingEnabled),
            new("MountAtStartup", d.MountAtStartup), new("IsExcludedFromProvisioning", d.IsExcludedFromProvisioning),
            new("IsSuspendedFromProvisioning", d.IsSuspendedFromProvisioning),
            new("WhenCreated", new DateTimeValue(d.WhenCreated)),
            new("LastFullBackup", d.LastFullBackup is { } backup ? new DateTimeValue(backup) : ExchangeValue.Null),
            new("Mounted", status ? mounted : ExchangeValue.Null),
            new("MountedOnServer", status && mounted ? Contoso.Fqdn(d.Server) : ExchangeValue.Null),
            new("BackupInProgress", status ? false : ExchangeValue.Null),
            new("OnlineMaintenanceInProgress", status ? false : ExchangeValue.Null),
            new("DatabaseSize", status && mounted ? new ByteSizeValue((ulong)size) : ExchangeValue.Null),
            new("AvailableNewMailboxSpace", status && mounted ? new ByteSizeValue(0) : ExchangeValue.Null),
        ];
        return new ObjectValue(new ExchangeObject(ExchangeTypeNames.MailboxDatabase, properties.ToEquatableArray()));
    }

    public static ObjectValue Mailbox(Mailbox m, string? database, string? server) => new(new ExchangeObject(ExchangeTypeNames.Mailbox,
    [
        new("Name", m.Name), new("Alias", m.Alias), new("DisplayName", m.DisplayName),
        new("Identity", $"{Contoso.Domain}/Users/{m.Name}"), new("Guid", m.Guid), new("ExchangeGuid", m.ExchangeGuid),
        new("PrimarySmtpAddress", m.PrimarySmtpAddress),
        new("EmailAddresses", new ArrayValue([new StringValue("SMTP:" + m.PrimarySmtpAddress), .. m.X500Proxies.Select(p => new StringValue(p))])),
        new("LegacyExchangeDN", m.LegacyExchangeDN), new("Database", database is null ? ExchangeValue.Null : database),
        new("ServerName", server is null ? ExchangeValue.Null : server.ToLowerInvariant()),
        new("RecipientTypeDetails", m.Type.ToString()), new("DistinguishedName", m.DistinguishedName),
        new("IsMailboxEnabled", true), new("ArchiveDatabase", ExchangeValue.Null), new("UseDatabaseQuotaDefaults", true),
        new("WhenCreated", new DateTimeValue(m.WhenCreated)),
    ]));
}
