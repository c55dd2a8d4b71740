namespace DialTone.Lab.Integrity;

public enum FindingKind
{
    /// <summary>An item is in no database file at all and not in the queue.</summary>
    Missing,

    /// <summary>An item is more than once in its mailbox in the home database.</summary>
    Duplicated,

    /// <summary>An item exists, but only in files other than its mailbox's current home database.</summary>
    OnlyOutsideHome,

    /// <summary>An item still waits in the transport queue.</summary>
    Queued,

    /// <summary>A mailbox is homed on a database that is not mounted (health mailboxes excepted).</summary>
    Stranded,

    /// <summary>A copy of an item sits in another mailbox, in that mailbox's home database (e.g. a merge into the wrong target).</summary>
    Misplaced,
}

/// <summary>One thing <c>verify</c> found wrong, naming the mailbox and, for item findings, the item.</summary>
public sealed record Finding(FindingKind Kind, string Mailbox, long? ItemId, string? MessageId, string Detail)
{
    public string Describe() => ItemId is null
        ? $"{Kind}: mailbox {Mailbox}: {Detail}"
        : $"{Kind}: mailbox {Mailbox}, item {MessageId}: {Detail}";
}
