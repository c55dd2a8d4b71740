using DialTone.Exchange.Values;

namespace DialTone.Lab.Organization;

/// <summary>RecipientTypeDetails of the mailboxes the lab models.</summary>
public enum RecipientType
{
    UserMailbox,
    SharedMailbox,
    RoomMailbox,
    EquipmentMailbox,
    LinkedMailbox,
    DiscoveryMailbox,
    ArbitrationMailbox,
    AuditLogMailbox,
    MonitoringMailbox,
}

/// <summary>A mail-enabled user with a mailbox, homed on a database by reference (its homeMDB).</summary>
public sealed record Mailbox(
    Guid Guid,
    Guid ExchangeGuid,
    string Alias,
    string Name,
    string DisplayName,
    string PrimarySmtpAddress,
    string LegacyExchangeDN,
    EquatableArray<string> X500Proxies,
    RecipientType Type,
    Guid Database,
    string DistinguishedName,
    DateTimeOffset WhenCreated)
{
    /// <summary>Every recipient type: look-ups that are not Get-Mailbox's own (restore request targets, statistics, faults).</summary>
    public static readonly IReadOnlySet<RecipientType> AnyType = Enum.GetValues<RecipientType>().ToHashSet();

    /// <summary>
    /// The types Get-Mailbox returns without a type switch: arbitration, audit-log and monitoring (health) mailboxes
    /// need -Arbitration, -AuditLog or -Monitoring [S10 DOC][S13].
    /// </summary>
    public static bool IsUserType(RecipientType type) =>
        type is not (RecipientType.ArbitrationMailbox or RecipientType.AuditLogMailbox or RecipientType.MonitoringMailbox);
}
