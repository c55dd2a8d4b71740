namespace DialTone.Lab.Organization;

/// <summary>A mailbox database: a directory object that points at files on its server's disk.</summary>
public sealed record MailboxDatabase(
    Guid Guid,
    string Name,
    string Server,
    bool IsRecovery,
    string EdbFilePath,
    string LogFolderPath,
    string LogFilePrefix,
    bool AllowFileRestore,
    bool CircularLoggingEnabled,
    bool MountAtStartup,
    bool IsExcludedFromProvisioning,
    bool IsSuspendedFromProvisioning,
    DateTimeOffset WhenCreated,
    bool EverMounted,
    long? MountedEdb,
    DateTimeOffset? LastFullBackup)
{
    public bool Mounted => MountedEdb is not null;

    public string DistinguishedName => Contoso.DatabaseDn(Name);
}
