using DialTone.Exchange.Errors;
using DialTone.Lab.Integrity;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Mail;

/// <summary>
/// What users do in Outlook that the Information Store writes: here, creating an Inbox rule, a folder-associated item
/// [fact sheet §2.7]. During dial tone users start over in an empty mailbox and set their rules up again, and the
/// merge must bring those home without duplicating them. Each action is one execution, written to the mailbox's home
/// database and its transaction log as delivered mail is.
/// </summary>
public static class ClientActivity
{
    /// <summary>Bytes of a rule message, as a small Inbox rule takes [INF].</summary>
    private const long RuleSize = 1_536;

    /// <summary>The user creates an Inbox rule; returns its item's identity.</summary>
    public static long CreateRule(Lab lab, string mailbox, string name) =>
        lab.Mutate($"create rule --mailbox {mailbox}", mailbox, execution =>
        {
            var owner = MailboxDirectory.Find(execution, mailbox, Mailbox.AnyType);
            if (Delivery.WhyUndeliverable(execution, owner, out var home) is { } reason)
            {
                throw new LabException(ErrorCategory.ResourceUnavailable, Messages.ClientCannotConnect(owner.Alias, reason), owner.Alias);
            }
            var item = Ledger.Add(execution, owner.ExchangeGuid, ItemKind.Rule, name, RuleSize, LedgerItem.Created);
            StoreWriter.Write(execution, home!, owner, item, RuleSize);
            return item;
        });
}
