using DialTone.Exchange.Results;

namespace DialTone.Lab.Cli.Output;

/// <summary>
/// The columns the Exchange Management Shell's default table view shows for each kind of object (its format files),
/// so <c>dialtone-lab shell</c> prints what an administrator is used to; <c>--json</c> prints every property.
/// </summary>
internal static class DefaultViews
{
    private static readonly Dictionary<string, string[]> Columns = new()
    {
        [ExchangeTypeNames.Mailbox] = ["Name", "Alias", "ServerName", "ProhibitSendQuota"],
        [ExchangeTypeNames.MailboxDatabase] = ["Name", "Server", "Recovery", "ReplicationType"],
        [ExchangeTypeNames.ExchangeServer] = ["Name", "Site", "ServerRole", "Edition", "AdminDisplayVersion"],
        [ExchangeTypeNames.MailboxStatistics] = ["DisplayName", "ItemCount", "StorageLimitStatus", "LastLogonTime"],
        [ExchangeTypeNames.MailboxRestoreRequest] = ["Name", "TargetMailbox", "Status"],
        [ExchangeTypeNames.MailboxRestoreRequestStatistics] = ["Name", "StatusDetail", "TargetAlias", "PercentComplete"],
        [ExchangeTypeNames.File] = ["Mode", "LastWriteTime", "Length", "Name"],
        [ExchangeTypeNames.Directory] = ["Mode", "LastWriteTime", "Length", "Name"],
    };

    /// <summary>
    /// The columns of <paramref name="obj"/>'s view that it has; without a view, all its properties when they are at
    /// most four (PowerShell's rule for a table), else null: PowerShell then prints a list.
    /// </summary>
    public static IReadOnlyList<string>? For(ExchangeObject obj)
    {
        if (Columns.TryGetValue(ExchangeTypeNames.Undeserialized(obj.TypeName), out var columns))
        {
            return columns.Where(column => obj[column] is not null).ToList();
        }
        return obj.Properties.Count <= 4 ? obj.Properties.Select(p => p.Name).ToList() : null;
    }
}
