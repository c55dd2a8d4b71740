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
    long TotalItemSize);
