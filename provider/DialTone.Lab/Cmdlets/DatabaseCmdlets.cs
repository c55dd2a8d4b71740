using DialTone.Exchange.Errors;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Cmdlets;

public sealed record NewMailboxDatabaseArgs(
    string? Name,
    string Server,
    bool Recovery = false,
    string? EdbFilePath = null,
    string? LogFolderPath = null,
    bool? IsExcludedFromProvisioning = null,
    bool? IsSuspendedFromProvisioning = null);

public sealed record SetMailboxDatabaseArgs(
    string Identity,
    string? Name = null,
    bool? AllowFileRestore = null,
    bool? CircularLoggingEnabled = null,
    bool? MountAtStartup = null,
    bool? IsExcludedFromProvisioning = null,
    bool? IsSuspendedFromProvisioning = null);

/// <summary>
/// New-, Set-, Remove- and Get-MailboxDatabase: the database objects in the directory. Files are not touched here,
/// except the folders New-MailboxDatabase creates; a new database is not mounted.
/// </summary>
public static class DatabaseCmdlets
{
    public const int MaximumNameLength = 64;

    public static IReadOnlyList<MailboxDatabase> Get(Execution execution, string? identity, string? server) =>
        identity is not null ? [DatabaseDirectory.Find(execution, identity)]
        : server is not null ? DatabaseDirectory.OnServer(execution, ServerDirectory.Find(execution, server).Name)
        : DatabaseDirectory.All(execution);

    public static MailboxDatabase New(Execution execution, NewMailboxDatabaseArgs args)
    {
        var server = ServerDirectory.Find(execution, args.Server);
        var name = args.Name ?? throw new LabException(ErrorCategory.InvalidArgument,
            Messages.RecoveryNameRequired, args.Server);
        CheckName(execution, name, except: null);
        var edb = DiskPaths.EdbFile(args.EdbFilePath ?? Contoso.DefaultEdbFilePath(server.InstallPath, name), "EdbFilePath");
        var logs = DiskPaths.Folder(args.LogFolderPath ?? Contoso.DefaultLogFolderPath(server.InstallPath, name), "LogFolderPath");
        RefuseSharedPaths(execution, server.Name, edb, logs, name, except: null);
        var database = new MailboxDatabase(Ids.NewGuid(execution), name, server.Name, args.Recovery, edb, logs,
            ServerDirectory.NextLogPrefix(execution, server.Name), AllowFileRestore: false, CircularLoggingEnabled: false,
            MountAtStartup: true, args.IsExcludedFromProvisioning ?? false, args.IsSuspendedFromProvisioning ?? false,
            execution.Now, EverMounted: false, MountedEdb: null, LastFullBackup: null);
        DatabaseDirectory.Insert(execution, database);
        ServerDisk.EnsureFolder(execution, server.Name, WindowsPath.Parent(edb));
        ServerDisk.EnsureFolder(execution, server.Name, logs);
        execution.Warn(Messages.RestartInformationStore(server.Name));
        return database;
    }

    public static MailboxDatabase Set(Execution execution, SetMailboxDatabaseArgs args)
    {
        var database = DatabaseDirectory.Find(execution, args.Identity);
        if (args.Name is { } name)
        {
            CheckName(execution, name, except: database.Guid);
        }
        if (args.CircularLoggingEnabled == true && database.IsRecovery)
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.RecoveryCircularLogging(database.Name), database.Name);
        }
        var changed = database with
        {
            Name = args.Name ?? database.Name,
            AllowFileRestore = args.AllowFileRestore ?? database.AllowFileRestore,
            CircularLoggingEnabled = args.CircularLoggingEnabled ?? database.CircularLoggingEnabled,
            MountAtStartup = args.MountAtStartup ?? database.MountAtStartup,
            IsExcludedFromProvisioning = args.IsExcludedFromProvisioning ?? database.IsExcludedFromProvisioning,
            IsSuspendedFromProvisioning = args.IsSuspendedFromProvisioning ?? database.IsSuspendedFromProvisioning,
        };
        DatabaseDirectory.Update(execution, changed);
        return changed;
    }

    /// <summary>Removes the directory object only; the files stay where they are [S10 DOC].</summary>
    public static void Remove(Execution execution, string identity)
    {
        var database = DatabaseDirectory.Find(execution, identity);
        var blocking = MailboxDirectory.OnDatabase(execution, database.Guid)
            .Any(m => m.Type != RecipientType.MonitoringMailbox);
        if (blocking)
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.DatabaseHasMailboxes, database.Name);
        }
        if (database.Mounted)
        {
            Mounting.Dismount(execution, database);
        }
        DatabaseDirectory.Delete(execution, database.Guid);
    }

    /// <summary>
    /// Two databases on one server never share an EDB path or a log folder: both would open one file, or their logs
    /// would mix [INF]. New-MailboxDatabase and Move-DatabasePath check it.
    /// </summary>
    internal static void RefuseSharedPaths(Execution execution, string server, string edb, string logs, string database, Guid? except)
    {
        foreach (var other in DatabaseDirectory.OnServer(execution, server).Where(d => d.Guid != except))
        {
            if (string.Equals(other.EdbFilePath, edb, StringComparison.OrdinalIgnoreCase))
            {
                throw new LabException(ErrorCategory.InvalidArgument, Messages.EdbPathInUse(edb, other.Name), database);
            }
            if (string.Equals(other.LogFolderPath, logs, StringComparison.OrdinalIgnoreCase))
            {
                throw new LabException(ErrorCategory.InvalidArgument, Messages.LogFolderInUse(logs, other.Name), database);
            }
        }
    }

    private static void CheckName(Execution execution, string name, Guid? except)
    {
        if (name.Length > MaximumNameLength)
        {
            throw new LabException(ErrorCategory.InvalidArgument, Messages.TooLong("Name", MaximumNameLength, name.Length), name);
        }
        if (DatabaseDirectory.TryFind(execution, name) is { } existing && existing.Guid != except)
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.AlreadyExists(Contoso.DatabaseDn(name)), name);
        }
    }
}
