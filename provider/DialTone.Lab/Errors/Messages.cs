using DialTone.Lab.Organization;

namespace DialTone.Lab;

/// <summary>
/// Every text the lab says when a command fails or warns, in one place. Each names its source the way the fact sheet
/// does: [DOC] Microsoft documentation, [COMM] texts quoted by administrators, [INF] inferred (the lab's own wording
/// for a failure Exchange is known to have), [UNVERIFIED] recalled, to be checked on a real server.
/// </summary>
public static class Messages
{
    public const string InvalidArgument = "InvalidArgument";
    public const string InvalidData = "InvalidData";
    public const string InvalidOperation = "InvalidOperation";
    public const string ObjectNotFound = "ObjectNotFound";
    public const string ResourceUnavailable = "ResourceUnavailable";
    public const string WriteError = "WriteError";
    public const string NotSpecified = "NotSpecified";

    // Lab files -------------------------------------------------------------------------------------------------

    public static string NoLab(string path) =>
        $"There is no lab at '{path}'. Create one with 'dialtone-lab init --lab {path}' (or set DIALTONE_LAB to an existing lab).";

    public static string NotALab(string path, string? format) => format is null
        ? $"'{path}' is not a DialTone lab. Point --lab (or DIALTONE_LAB) at a file made by 'dialtone-lab init'."
        : $"The lab '{path}' was made by another version of DialTone (lab format {format}). Create it again with 'dialtone-lab init --force'.";

    // Directory look-ups ------------------------------------------------------------------------------------------

    /// <summary>[UNVERIFIED] the ManagementObjectNotFoundException text Get-/Set- cmdlets give for an unknown -Identity.</summary>
    public static string ObjectNotFoundText(string identity) =>
        $"The operation couldn't be performed because object '{identity}' couldn't be found on '{Contoso.DomainController}'.";

    /// <summary>[UNVERIFIED] an identity that resolves to more than one object.</summary>
    public static string MatchesMultiple(string identity) =>
        $"The operation couldn't be performed because '{identity}' matches multiple entries.";

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

    /// <summary>[INF] the Recovery parameter set shows -Name as optional, but the parameter is documented as required [S10].</summary>
    public const string NameRequired =
        "Cannot process command because of one or more missing mandatory parameters: Name.";

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

    // Shell -------------------------------------------------------------------------------------------------------

    /// <summary>[DOC PowerShell] a cmdlet that asks for confirmation in a session that cannot prompt.</summary>
    public static string ConfirmationRequired(string question) =>
        "A command that prompts the user failed because the host program or the command type does not support user " +
        $"interaction. The host was attempting to request confirmation with the following message: {question}";
}
