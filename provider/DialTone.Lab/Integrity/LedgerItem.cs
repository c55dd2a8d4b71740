namespace DialTone.Lab.Integrity;

/// <summary>
/// An item as the ledger knows it: a stable identity that backup, restore and merge keep, the mailbox it belongs to
/// (by ExchangeGuid) and its content. <see cref="MessageId"/> is how the identity shows to people.
/// </summary>
public sealed record LedgerItem(
    long Id,
    Guid Owner,
    string Folder,
    bool Associated,
    string MessageClass,
    string Subject,
    long Size,
    DateTimeOffset Received,
    string Origin)
{
    public const string Seeded = "Seeded";
    public const string Sent = "Sent";

    /// <summary>Made by the user in a client (an Inbox rule).</summary>
    public const string Created = "Created";

    public string MessageId => MessageIdOf(Id, Owner);

    public static string MessageIdOf(long id, Guid owner) => $"<{id:x8}.{owner:N}@contoso.com>";
}
