using DialTone.Lab.Organization;

namespace DialTone.Lab.Mail;

/// <summary>
/// Sends mail from outside the organization, as <c>dialtone-lab send</c> does: each message is one execution, so
/// an interrupted send leaves whole messages (delivered or queued) and nothing half-done.
/// </summary>
public static class Mailer
{
    /// <summary>Sends <paramref name="count"/> messages to one mailbox, or to every user-type mailbox when none is named.</summary>
    public static IReadOnlyList<DeliveryOutcome> Send(Lab lab, string? to, int count)
    {
        if (count < 1)
        {
            throw new ArgumentException($"--count must be at least 1 (got {count}).");
        }
        var recipients = lab.Read(execution => to is null
            ? MailboxDirectory.All(execution).Where(m => Mailbox.IsUserType(m.Type)).ToList()
            : [OptionLookup.Mailbox(execution, "--to", to)]);
        var outcomes = new List<DeliveryOutcome>();
        foreach (var recipient in recipients)
        {
            for (var i = 0; i < count; i++)
            {
                outcomes.Add(lab.Mutate($"send --to {recipient.Alias}", recipient.Alias, execution =>
                {
                    var mailbox = MailboxDirectory.ByGuid(execution, recipient.Guid)!;
                    // Derived from stable values only, so that the same commands on the same lab give the same lab.
                    var size = 3_000 + (long)(((ulong)(uint)mailbox.ExchangeGuid.GetHashCode() + (ulong)execution.NowMs + (ulong)i * 7919) % 60_000);
                    return Delivery.Send(execution, mailbox, $"Message {i + 1} to {mailbox.Alias} at {execution.Now:u}", size);
                }));
            }
        }
        return outcomes;
    }
}
