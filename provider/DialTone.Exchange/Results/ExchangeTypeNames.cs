namespace DialTone.Exchange.Results;

/// <summary>
/// The .NET type names of the objects Exchange cmdlets output, as <c>Get-Member</c> and conversion errors show them.
/// The mailbox type is from a reported error (OfficeDocs-Exchange#1543); the others follow Exchange's namespaces and
/// are inferred. Identity parameters accept objects of their own kind by these names.
/// </summary>
public static class ExchangeTypeNames
{
    /// <summary>Get-Mailbox output.</summary>
    public const string Mailbox = "Microsoft.Exchange.Data.Directory.Management.Mailbox";

    /// <summary>Get-MailboxDatabase output.</summary>
    public const string MailboxDatabase = "Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase";

    /// <summary>Get-ExchangeServer output.</summary>
    public const string ExchangeServer = "Microsoft.Exchange.Data.Directory.Management.ExchangeServer";

    /// <summary>Get-MailboxStatistics output.</summary>
    public const string MailboxStatistics = "Microsoft.Exchange.Data.Mapi.MailboxStatistics";

    /// <summary>Get-MailboxRestoreRequest output.</summary>
    public const string MailboxRestoreRequest = "Microsoft.Exchange.Management.RecipientTasks.MailboxRestoreRequest";

    /// <summary>Get-MailboxRestoreRequestStatistics output.</summary>
    public const string MailboxRestoreRequestStatistics = "Microsoft.Exchange.Management.RecipientTasks.MailboxRestoreRequestStatistics";

    /// <summary>A file, as Get-ChildItem outputs it.</summary>
    public const string File = "System.IO.FileInfo";

    /// <summary>A folder, as Get-ChildItem outputs it.</summary>
    public const string Directory = "System.IO.DirectoryInfo";

    /// <summary>The prefix PowerShell gives objects that crossed a remote session.</summary>
    public const string DeserializedPrefix = "Deserialized.";

    /// <summary>The type name without the <see cref="DeserializedPrefix"/>, so local and remote objects compare alike.</summary>
    public static string Undeserialized(string typeName) =>
        typeName.StartsWith(DeserializedPrefix, StringComparison.Ordinal) ? typeName[DeserializedPrefix.Length..] : typeName;
}
