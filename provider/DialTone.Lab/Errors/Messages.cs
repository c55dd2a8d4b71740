using DialTone.Lab.Organization;

namespace DialTone.Lab;

/// <summary>
/// Every text the lab says when a command fails or warns, in one place. Each names its source the way the fact sheet
/// does: [DOC] Microsoft documentation, [COMM] texts quoted by administrators, [INF] inferred (the lab's own wording
/// for a failure Exchange is known to have), [UNVERIFIED] recalled, to be checked on a real server.
/// </summary>
public static class Messages
{
    // Lab files -------------------------------------------------------------------------------------------------

    public static string NoLab(string path) =>
        $"There is no lab at '{path}'. Create one with 'dialtone-lab init --lab {path}' (or set DIALTONE_LAB to an existing lab).";

    public static string LabIsAFolder(string path) =>
        $"--lab '{path}' is a folder. Give the lab's file, e.g. --lab {Path.Combine(path, "lab.db")}.";

    public static string NotALab(string path, string? format) => format is null
        ? $"'{path}' is not a DialTone lab. Point --lab (or DIALTONE_LAB) at a file made by 'dialtone-lab init'."
        : $"The lab '{path}' was made by another version of DialTone (lab format {format}). Create it again with 'dialtone-lab init --force'.";

    // Directory look-ups ------------------------------------------------------------------------------------------

    /// <summary>[COMM] a -Database value that names no database.</summary>
    public static string DatabaseNotFound(string identity) =>
        $"Couldn't find database \"{identity}\". Make sure you have typed it correctly.";

    // Databases ---------------------------------------------------------------------------------------------------

    /// <summary>[INF] database names are unique in the organization; AD refuses the second object [S20][fact sheet §2.2].</summary>
    public static string AlreadyExists(string distinguishedName) =>
        $"Active Directory operation failed on {Contoso.DomainController}. The object '{distinguishedName}' already exists.";

    /// <summary>[UNVERIFIED] Exchange's string-length constraint text; -Name is at most 64 characters [S10 DOC].</summary>
    public static string TooLong(string property, int maximum, int length) =>
        $"The length of the property is too long. The maximum length is {maximum} and the length of the value provided is {length}. Property: {property}.";

    /// <summary>[DOC S13] Remove-MailboxDatabase while any user, archive, public folder, arbitration or audit mailbox is homed there.</summary>
    public const string DatabaseHasMailboxes =
        "This mailbox database contains one or more mailboxes, mailbox plans, archive mailboxes, public folder mailboxes, " +
        "arbitration mailboxes, or audit mailboxes. To get a list of all mailboxes in this database, run the command " +
        "Get-Mailbox -Database <Database ID>. To get a list of all mailbox plans in this database, run the command " +
        "Get-MailboxPlan. To get a list of archive mailboxes in this database, run the command Get-Mailbox -Database " +
        "<Database ID> -Archive. To get a list of all public folder mailboxes in this database, run the command " +
        "Get-Mailbox -Database <Database ID> -PublicFolder. To get a list of all arbitration mailboxes in this database, " +
        "run the command Get-Mailbox -Database <Database ID> -Arbitration. To get a list of all Audit mailboxes in this " +
        "database, run the command Get-Mailbox -Database <Database ID> -AuditLog. To disable a non-arbitration mailbox " +
        "so that you can delete the mailbox database, run the command Disable-Mailbox <Mailbox ID>. To disable an " +
        "archive mailbox so you can delete the mailbox database, run the command Disable-Mailbox <Mailbox ID> -Archive. " +
        "To disable a public folder mailbox so that you can delete the mailbox database, run the command Disable-Mailbox " +
        "<Mailbox ID> -PublicFolder. Audit mailboxes should be moved to another server; to do this, run the command " +
        "New-MoveRequest <parameters>. If this is the last server in the organization, run the command Get-Mailbox " +
        "-AuditLog | Disable-Mailbox. Arbitration mailboxes should be moved to another server; to do this, run the " +
        "command New-MoveRequest <parameters>. If this is the last server in the organization, run the command " +
        "Disable-Mailbox <Mailbox ID> -Arbitration -DisableLastArbitrationMailboxAllowed to disable the arbitration " +
        "mailbox. Mailbox plans should be moved to another server; to do this, run the command Set-MailboxPlan " +
        "<MailboxPlan ID> -Database <Database ID>.";

    /// <summary>
    /// The lab's own refusal, not Exchange's: -Name is optional in the Recovery parameter set [S10 DOC] (so the
    /// binder accepts its absence), but what Exchange names a recovery database created without one is not documented.
    /// </summary>
    public const string RecoveryNameRequired =
        "The lab needs -Name for a recovery database: what Exchange names one created without -Name is not documented. Give -Name (for example -Name RDB1).";

    /// <summary>[INF] two databases on a server cannot use one database file.</summary>
    public static string EdbPathInUse(string path, string database) =>
        $"The database file path '{path}' is already used by database '{database}'. Specify a different EdbFilePath.";

    /// <summary>[INF] two databases on a server cannot share a log folder (their logs would mix).</summary>
    public static string LogFolderInUse(string path, string database) =>
        $"The log folder path '{path}' is already used by database '{database}'. Specify a different LogFolderPath.";

    /// <summary>[INF] circular logging cannot be enabled on a recovery database [S5 DOC].</summary>
    public static string RecoveryCircularLogging(string database) =>
        $"Circular logging can't be enabled on recovery database '{database}'.";

    /// <summary>[COMM S14] New-MailboxDatabase on Exchange 2013+ asks for a restart of the Information Store.</summary>
    public static string RestartInformationStore(string server) =>
        $"Please restart the Microsoft Exchange Information Store service on server {server} after adding new mailbox databases.";

    // Recipients --------------------------------------------------------------------------------------------------

    /// <summary>[COMM] Get-Mailbox and the other Get- cmdlets when -ResultSize is left at its default of 1000.</summary>
    public const string ResultSizeWarning =
        "By default, only the first 1000 items are returned. Use the ResultSize parameter to specify the number of " +
        "items returned. To return all items, specify \"-ResultSize Unlimited\". Be aware that, depending on the actual " +
        "number of items, returning all items can take a long time and consume a large amount of memory. Also, we " +
        "don't recommend storing the results in a variable. Instead, pipe the results to another task or script to " +
        "perform batch changes.";

    /// <summary>[INF] mailboxes in a recovery database can't be connected to users [S5 DOC], so it is never a home.</summary>
    public static string RecoveryDatabaseNotAHome(string database) =>
        $"The database '{database}' is a recovery database. A mailbox can't be homed on a recovery database; use it only as the source of a restore request.";

    /// <summary>[INF] portability needs the same Exchange version and database schema version [S2][S4 DOC].</summary>
    public static string SchemaVersionMismatch(string mailbox, string source, string sourceVersion, string target, string targetVersion) =>
        $"Mailbox '{mailbox}' can't be homed on database '{target}' (schema version {targetVersion}): its database " +
        $"'{source}' has schema version {sourceVersion}. Database portability requires the same Exchange version and " +
        "database schema version on both servers.";

    // Store -------------------------------------------------------------------------------------------------------

    /// <summary>[COMM] Get-MailboxStatistics for a mailbox whose store mailbox does not exist yet (a warning).</summary>
    public static string NeverLoggedOn(string mailbox, string identity) =>
        $"The user hasn't logged on to mailbox '{mailbox}' ('{identity}'), so there is no data to return. After the user logs on, this warning will no longer appear.";

    /// <summary>[INF] reading store data of a database that is not mounted.</summary>
    public static string DatabaseOffline(string database, string server) =>
        $"Couldn't connect to mailbox database '{database}' on server '{server}' because it isn't mounted. " +
        "MapiExceptionMdbOffline: Unable to get mailbox statistics. (hr=0x80004005, ec=1142)";

    /// <summary>[INF] Update-StoreMailboxState for a MailboxGuid the database does not hold.</summary>
    public static string StoreMailboxNotFound(string identity, string database) =>
        $"The mailbox '{identity}' couldn't be found in mailbox database '{database}'.";

    /// <summary>[INF] a user's client cannot reach a mailbox whose home database cannot take writes.</summary>
    public static string ClientCannotConnect(string mailbox, string reason) =>
        $"Outlook can't connect to mailbox '{mailbox}': {reason}.";

    // Mounting -------------------------------------------------------------------------------------------------

    /// <summary>
    /// [COMM stellarinfo/davidmarker] the shape of every mount failure on 2013+; the MapiException and ESE code name
    /// the cause. A lab diagnostic (what the Information Store logs as events) follows when Exchange's code alone is
    /// ambiguous [INF].
    /// </summary>
    public static string MountFailed(string database, string exception, string code, string? diagnostic = null) =>
        $"Couldn't mount the database that you specified. Specified database: {database}; Error code: An Active Manager " +
        $"operation failed. Error: The database action failed. Error: Operation failed with message: {exception}: " +
        $"Unable to mount database. (hr=0x80004005, ec={code})" + (diagnostic is null ? "" : $" Diagnostic: {diagnostic}");

    /// <summary>[INF] Move-DatabasePath without -ConfigurationOnly moves files on the server, which must be up.</summary>
    public static string FilesOnDownServer(string database, string server) =>
        $"The files of database '{database}' can't be moved because server {server} can't be reached. Bring the " +
        "server back, or change only the configuration with -ConfigurationOnly.";

    /// <summary>[INF] -528 JET_errMissingLogFile: a dirty database without the logs it needs [S10][§2.8].</summary>
    public static string MissingLogs(string database, string folder, long low, long high) => MountFailed(database,
        "MapiExceptionJetErrorMissingLogFile", "-528",
        $"the database file needs log generations {low} to {high} in '{folder}'; add them, or mount with -AcceptDataLoss.");

    /// <summary>[INF] -1216 JET_errAttachedDatabaseMismatch: logs or checkpoint of another stream in the log folder [§2.8].</summary>
    public static string AttachedDatabaseMismatch(string database, string folder) => MountFailed(database,
        "MapiExceptionJetErrorAttachedDatabaseMismatch", "-1216",
        $"the log folder '{folder}' holds transaction logs that do not belong to the database file; move them away.");

    /// <summary>[INF] AllowFileRestore $false and a file another database created (MSExchangeIS events 1047/1048) [S10][S15 #1889].</summary>
    public static string FileIdentityMismatch(string database, string path, string owner) => MountFailed(database,
        "MapiExceptionDatabaseError", "1108",
        $"the database file '{path}' was created by database '{owner}', not '{database}', and AllowFileRestore is False " +
        "(MSExchangeIS events 1047, 1048). Run Set-MailboxDatabase -AllowFileRestore $true to mount restored or ported files.");

    /// <summary>[UNVERIFIED] the edition's mounted-database limit (Standard 5, Enterprise 100; recovery databases excepted) [S1][S5].</summary>
    public static string TooManyMounted(string database, string server, string edition, int limit) => MountFailed(database,
        "MapiExceptionTooManyMountedDatabases", "1246",
        $"server {server} ({edition} edition) already has {limit} mounted databases, its limit.");

    /// <summary>[INF] only one recovery database can be mounted on a server at a time [S5 DOC].</summary>
    public static string SecondRecoveryDatabase(string database, string server, string mounted) => MountFailed(database,
        "MapiExceptionTooManyMountedDatabases", "1246",
        $"recovery database '{mounted}' is already mounted on server {server}; only one recovery database can be mounted on a server at a time.");

    /// <summary>[INF] the server that hosts the database is down.</summary>
    public static string ServerDown(string database, string server) =>
        $"Couldn't mount the database that you specified. Specified database: {database}; Error code: An Active Manager " +
        $"operation failed. Error: The Microsoft Exchange Replication service may not be running on server {server}.";

    /// <summary>[S16 DOC-2007, INF] mounting a used database whose files are gone creates an empty one: it asks first.</summary>
    public static string CreateEmptyQuestion(string database, string path) =>
        $"Are you sure you want to perform this action?\nThe database file '{path}' of database '{database}' can't be found. " +
        "Mounting will create a new, empty database. Use -Force to mount it anyway.";

    // Server file work (PowerShell's providers and Windows, word for word [DOC]) --------------------------------

    public static string PathNotFound(string path) => $"Cannot find path '{path}' because it does not exist.";

    public static string DriveNotFound(string drive) => $"Cannot find drive. A drive with the name '{drive}' does not exist.";

    public const string NetworkPathNotFound = "The network path was not found.";

    public static string FileInUse(string path) =>
        $"The process cannot access the file '{path}' because it is being used by another process.";

    public const string FileExists = "Cannot create a file when that file already exists.";

    public static string PartOfPathNotFound(string path) => $"Could not find a part of the path '{path}'.";

    public static string ItemExists(string path) => $"An item with the specified name {path} already exists.";

    public const string RenameToPath = "Cannot rename the specified target, because it represents a path or device name.";

    public const string RenameMultipleItems =
        "Cannot rename item because the path resolved to multiple items. Only one item can be renamed at a time.";

    public static string HasChildrenQuestion(string path) =>
        $"The item at {path} has children and the Recurse parameter was not specified. If you continue, all children " +
        "will be removed with the item. Are you sure you want to continue?";

    // Faults (the lab's own wording) -------------------------------------------------------------------------------

    public static string CrashPointReplaced(long left) =>
        $"This replaces the crash point set earlier, which had {left} mutating command(s) to go, this one included.";

    // Backups (the backup software's part; the lab's own wording) -------------------------------------------------

    public static string NoBackupOf(string database) =>
        $"There is no backup of database '{database}'. Take one with 'dialtone-lab backup {database}'.";

    public static string BackupIdNotANumber(string id) =>
        $"-Backup takes a backup's number as 'dialtone-lab show backups' lists it, not '{id}'.";

    public static string NoSuchBackup(long id) => $"There is no backup {id}. 'dialtone-lab show backups' lists them.";

    public static string BackupOfAnother(long id, string owner, string database) =>
        $"Backup {id} is a backup of database '{owner}', not '{database}'.";

    public static string RestoreToDownServer(string server) =>
        $"Server {server} is down: the backup software can't restore to it. Bring the server back, or restore to another server.";

    public static string RestoreTargetExists(string path) =>
        $"The restore target '{path}' already exists. Restore into an empty folder, or move the file away first.";

    public static string BackupNeedsMounted(string database) =>
        $"Database '{database}' is not mounted: an Exchange-aware backup reads a mounted database. Mount it first.";

    /// <summary>[DOC S5] a recovery database is a restore target only, never a backup source.</summary>
    public static string RecoveryNotBackedUp(string database) =>
        $"Database '{database}' is a recovery database: it is a restore target only and can't be backed up.";

    // Restore requests -------------------------------------------------------------------------------------------

    /// <summary>[UNVERIFIED] the failure a request records when bad items exceed BadItemLimit [S9][S10].</summary>
    public static string TooManyBadItems(int count) =>
        $"TooManyBadItemsPermanentException: The request failed because {count} bad items were encountered, more than its BadItemLimit. " +
        "Raise it with Set-MailboxRestoreRequest -BadItemLimit, then Resume-MailboxRestoreRequest.";

    /// <summary>[UNVERIFIED] the failure a request records when large items exceed LargeItemLimit [S10].</summary>
    public static string TooManyLargeItems(int count) =>
        $"TooManyLargeItemsPermanentException: The request failed because {count} large items were encountered, more than its LargeItemLimit. " +
        "Raise it with Set-MailboxRestoreRequest -LargeItemLimit (above 50 with -AcceptLargeDataLoss), then Resume-MailboxRestoreRequest.";

    /// <summary>[INF] the source store mailbox of a running request is no longer in its source database.</summary>
    public static string SourceMailboxGone(Guid mailbox) =>
        $"SourceMailboxNotFoundPermanentException: The source mailbox '{mailbox}' isn't in the source database any more. " +
        "Mount the database file that holds it, then Resume-MailboxRestoreRequest; or remove the request.";

    /// <summary>[UNVERIFIED] the LegacyExchangeDN check of New-MailboxRestoreRequest [S10 DOC: the check; text INF].</summary>
    public static string LegacyDnMismatch(string source, string target) =>
        $"The source mailbox's LegacyExchangeDN '{source}' isn't the LegacyExchangeDN or an X500 proxy address of the " +
        $"target mailbox '{target}'. To restore into this mailbox anyway, use the AllowLegacyDNMismatch switch.";

    /// <summary>[UNVERIFIED] LargeItemLimit of 51 or more needs AcceptLargeDataLoss (2013+) [S10 DOC: the rule].</summary>
    public static string LargeLimitNeedsAcceptance(int limit) =>
        $"The LargeItemLimit value {limit} is greater than 50. To continue, use the AcceptLargeDataLoss parameter.";

    /// <summary>[INF] the 10-name limit: MailboxRestore, then MailboxRestore1 to MailboxRestore9 [S10 DOC: the names].</summary>
    public static string NoFreeRequestName(string alias) =>
        $"Couldn't find a unique name for the restore request: mailbox '{alias}' already has requests named MailboxRestore " +
        "and MailboxRestore1 to MailboxRestore9. Remove finished requests or give a name with the Name parameter.";

    /// <summary>[UNVERIFIED] a second request with a name the target already uses.</summary>
    public static string RequestNameInUse(string identity) =>
        $"A restore request with the identity '{identity}' already exists. Use a different Name, or remove the existing request.";

    /// <summary>[INF] a request's state lives in its target's database, which must be mounted [fact sheet §3.2].</summary>
    public static string RequestQueueOffline(string database) =>
        $"The request can't be created because the mailbox database '{database}' that holds its request queue isn't mounted.";

    /// <summary>[INF] the source store mailbox must be readable: its database must be mounted.</summary>
    public static string SourceOffline(string database) =>
        $"The source database '{database}' isn't mounted. Mount it (a recovery database too) before you create restore requests from it.";

    /// <summary>[INF] Suspend or Resume in a status that does not allow it.</summary>
    public static string CannotSuspend(string identity, string status) =>
        $"The restore request '{identity}' can't be suspended because its status is {status}.";

    public static string CannotResume(string identity, string status) =>
        $"The restore request '{identity}' can't be resumed because its status is {status}; only suspended or failed requests can be resumed.";


    // Remoting and the lab shell ----------------------------------------------------------------------------------

    /// <summary>[COMM] Invoke-Command to a computer name that does not resolve.</summary>
    public static string UnknownComputer(string computer) =>
        $"[{computer}] Connecting to remote server {computer} failed with the following error message : The WinRM client " +
        "cannot process the request because the server name cannot be resolved.";

    /// <summary>[COMM] Invoke-Command to a server that is down.</summary>
    public static string ComputerDown(string computer) =>
        $"[{computer}] Connecting to remote server {computer} failed with the following error message : WinRM cannot " +
        "complete the operation. Verify that the specified computer name is valid, that the computer is accessible over " +
        "the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer.";

    /// <summary>The lab's own: another process has held the lab file longer than the busy timeout.</summary>
    public static string LabBusy(string path, TimeSpan waited) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The lab '{path}' is busy: another process has been writing to it for more than {waited.TotalSeconds:0.#} s. ") +
        "Run the command again when that process is done.";

    /// <summary>The lab's own: an error inside the lab that no Exchange rule explains (a fault of the lab, to report).</summary>
    public static string LabFault(Exception error) =>
        $"The DialTone lab failed inside this command ({error.GetType().Name}: {error.Message}). This is a fault of the lab, " +
        "not an Exchange error: please report it with the lab's journal ('dialtone-lab journal').";

    /// <summary>The lab's own: a parameter the catalogue binds but the lab does not emulate is refused, never ignored.</summary>
    public static string NotEmulated(string cmdlet, string parameter) =>
        $"The DialTone lab does not emulate the parameter -{parameter} of {cmdlet}. Leave it out, or run the command on real Exchange.";

    /// <summary>The lab's own: a catalogued command the lab has no emulation for.</summary>
    public static string NotEmulatedCmdlet(string cmdlet) =>
        $"The DialTone lab does not emulate {cmdlet}. Run it on real Exchange.";

    /// <summary>The lab's own: New-Item makes folders only.</summary>
    public static string FoldersOnly(string itemType) =>
        $"The DialTone lab's New-Item creates folders only (-ItemType Directory), not '{itemType}'.";
}
