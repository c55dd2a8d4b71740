using DialTone.Exchange.Errors;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cmdlets;

/// <summary>One row of Get-MailboxStatistics: a store mailbox as the database holding it reports it.</summary>
public sealed record MailboxStatistics(StoreMailbox Store, string Database, string ServerName);

public sealed record GetMailboxStatisticsArgs(
    string? Identity = null, string? Database = null, string? Server = null, string? StoreMailboxIdentity = null);

/// <summary>
/// Get-MailboxStatistics and Update-StoreMailboxState: what the Information Store of a mounted database holds.
/// Store data can be read only from a mounted database [INF].
/// </summary>
public static class StoreCmdlets
{
    public static IReadOnlyList<MailboxStatistics> GetStatistics(Execution execution, GetMailboxStatisticsArgs args)
    {
        if (args.Identity is not null)
        {
            var mailbox = MailboxDirectory.Find(execution, args.Identity, Mailbox.AnyType);
            var home = DatabaseDirectory.ByGuid(execution, mailbox.Database)
                ?? throw LabException.NotFound(args.Identity);
            var edb = Online(home);
            if (StoreMailboxes.Find(execution, edb, mailbox.ExchangeGuid) is { } store)
            {
                return [new MailboxStatistics(store, home.Name, home.Server)];
            }
            execution.Warn(Messages.NeverLoggedOn(mailbox.DisplayName, mailbox.Alias));
            return [];
        }
        var databases = args.Database is not null ? [DatabaseDirectory.FindReferenced(execution, args.Database)]
            : DatabaseDirectory.OnServer(execution, ServerDirectory.Find(execution, args.Server!).Name).Where(d => d.Mounted).ToList();
        var rows = new List<MailboxStatistics>();
        foreach (var database in databases)
        {
            var edb = Online(database);
            rows.AddRange(StoreMailboxes.InFile(execution, edb)
                .Where(s => args.StoreMailboxIdentity is not { } id || s.IsNamedBy(id))
                .Select(s => new MailboxStatistics(s, database.Name, database.Server)));
        }
        if (args.StoreMailboxIdentity is { } wanted && rows.Count == 0)
        {
            throw new LabException(ErrorCategory.ObjectNotFound, Messages.StoreMailboxNotFound(wanted, databases[0].Name), wanted);
        }
        return rows;
    }

    /// <summary>
    /// Update-StoreMailboxState syncs a store mailbox with the directory: when no recipient homed on this database owns
    /// it any more, it becomes disconnected (Disabled) [S10 DOC; the reason value is INF].
    /// </summary>
    public static void UpdateState(Execution execution, string database, string identity)
    {
        var db = DatabaseDirectory.FindReferenced(execution, database);
        var edb = Online(db);
        if (!Guid.TryParse(identity, out var guid) || StoreMailboxes.Find(execution, edb, guid) is null)
        {
            throw new LabException(ErrorCategory.ObjectNotFound, Messages.StoreMailboxNotFound(identity, db.Name), identity);
        }
        var owner = MailboxDirectory.ByExchangeGuid(execution, guid);
        StoreMailboxes.SetDisconnectReason(execution, edb, guid, owner?.Database == db.Guid ? null : "Disabled");
    }

    private static long Online(MailboxDatabase database) =>
        database.MountedEdb ?? throw new LabException(ErrorCategory.ResourceUnavailable,
            Messages.DatabaseOffline(database.Name, database.Server), database.Name);

}
