namespace DialTone.Lab.Disks;

/// <summary>
/// A full backup of a database's files as the backup software keeps it: a snapshot of the EDB (dirty, as an online
/// backup is) and the log generation it needs, taken at one instant.
/// </summary>
public sealed record Backup(
    long Id,
    Guid Database,
    string DatabaseName,
    string Server,
    string EdbFileName,
    long EdbId,
    string LogPrefix,
    string LogStream,
    long Generation,
    DateTimeOffset TakenAt);
