using DialTone.Exchange.Errors;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Cmdlets;

/// <summary>The recipient-type switches of Get-Mailbox and Set-Mailbox [S10 DOC].</summary>
public sealed record TypeSwitches(bool Arbitration = false, bool AuditLog = false, bool Monitoring = false)
{
    /// <summary>The types a command sees: the user types, or only the types its switches name [S10][S13].</summary>
    public IReadOnlySet<RecipientType> Types()
    {
        if (!Arbitration && !AuditLog && !Monitoring)
        {
            return Enum.GetValues<RecipientType>().Where(Mailbox.IsUserType).ToHashSet();
        }
        var types = new HashSet<RecipientType>();
        if (Arbitration)
        {
            types.Add(RecipientType.ArbitrationMailbox);
        }
        if (AuditLog)
        {
            types.Add(RecipientType.AuditLogMailbox);
        }
        if (Monitoring)
        {
            types.Add(RecipientType.MonitoringMailbox);
        }
        return types;
    }
}

public sealed record GetMailboxArgs(
    string? Identity = null,
    string? Database = null,
    string? Server = null,
    TypeSwitches? Switches = null,
    // At most this many (default 1000); null is "Unlimited".
    int? ResultSize = GetMailboxArgs.DefaultResultSize,
    bool ResultSizeGiven = false)
{
    public const int DefaultResultSize = 1000;
}

public sealed record SetMailboxArgs(string Identity, string? Database = null, TypeSwitches? Switches = null);

/// <summary>Get-Mailbox and Set-Mailbox: recipients in the directory and where they are homed.</summary>
public static class MailboxCmdlets
{
    /// <summary>
    /// Get-Mailbox returns at most ResultSize mailboxes (1000 by default) and warns when more exist and the size was
    /// left at its default [S10 DOC; warning text COMM].
    /// </summary>
    public static IReadOnlyList<Mailbox> Get(Execution execution, GetMailboxArgs args)
    {
        var types = (args.Switches ?? new()).Types();
        if (args.Identity is not null)
        {
            return [MailboxDirectory.Find(execution, args.Identity, types)];
        }
        var database = args.Database is null ? null : DatabaseDirectory.FindReferenced(execution, args.Database);
        var server = args.Server is null ? null : ServerDirectory.Find(execution, args.Server).Name;
        var limit = args.ResultSize;
        var found = MailboxDirectory.Where(execution, types, database?.Guid, server, limit is null ? null : limit + 1);
        if (limit is not null && found.Count > limit)
        {
            if (!args.ResultSizeGiven)
            {
                execution.Warn(Messages.ResultSizeWarning);
            }
            return found.Take(limit.Value).ToList();
        }
        return found;
    }

    /// <summary>
    /// Set-Mailbox -Database changes only the directory (dial tone portability): content does not move and the target
    /// store creates the mailbox on first logon or delivery [S2][S4 DOC]. Never onto a recovery database, and only
    /// between databases of the same schema version. Queued mail is delivered when the new home can take it.
    /// </summary>
    public static Mailbox Set(Execution execution, SetMailboxArgs args)
    {
        var mailbox = MailboxDirectory.Find(execution, args.Identity, (args.Switches ?? new()).Types());
        if (args.Database is null)
        {
            return mailbox;
        }
        var target = DatabaseDirectory.FindReferenced(execution, args.Database);
        if (target.IsRecovery)
        {
            throw new LabException(ErrorCategory.InvalidOperation, Messages.RecoveryDatabaseNotAHome(target.Name), mailbox.Alias);
        }
        var sourceVersion = DatabaseDirectory.SchemaVersionOf(execution, mailbox.Database);
        var targetVersion = DatabaseDirectory.SchemaVersionOf(execution, target.Guid)!;
        if (sourceVersion is not null && sourceVersion != targetVersion)
        {
            var source = DatabaseDirectory.ByGuid(execution, mailbox.Database)!;
            throw new LabException(ErrorCategory.InvalidOperation, Messages.SchemaVersionMismatch(mailbox.Alias, source.Name,
                sourceVersion, target.Name, targetVersion), mailbox.Alias);
        }
        MailboxDirectory.SetDatabase(execution, mailbox.Guid, target.Guid);
        var moved = mailbox with { Database = target.Guid };
        Delivery.DeliverQueued(execution, moved);
        return moved;
    }
}
