namespace DialTone.Lab.Mail;

/// <summary>A mailbox in a database file's store, keyed by MailboxGuid (the recipient's ExchangeGuid).</summary>
public sealed record StoreMailbox(
    long EdbId,
    Guid MailboxGuid,
    string DisplayName,
    string LegacyDN,
    DateTimeOffset Created,
    DateTimeOffset? LastLogon,
    string? DisconnectReason,
    long ItemCount,
    long AssociatedItemCount,
    long TotalItemSize)
{
    /// <summary>
    /// Whether a StoreMailboxIdParameter names this store mailbox: by MailboxGuid, LegacyExchangeDN or display name
    /// [S10 DOC: Get-MailboxStatistics -StoreMailboxIdentity, New-MailboxRestoreRequest -SourceStoreMailbox].
    /// </summary>
    public bool IsNamedBy(string identity) =>
        Guid.TryParse(identity, out var guid) ? MailboxGuid == guid
            : string.Equals(LegacyDN, identity, StringComparison.OrdinalIgnoreCase)
              || string.Equals(DisplayName, identity, StringComparison.OrdinalIgnoreCase);
}
