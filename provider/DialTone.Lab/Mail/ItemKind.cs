namespace DialTone.Lab.Mail;

/// <summary>
/// What an item is: a message in a folder, or a folder-associated item (FAI) such as an Inbox rule, a view or a
/// form, which Exchange stores as hidden items and which restore requests copy by AssociatedMessagesCopyOption.
/// </summary>
public sealed record ItemKind(string Folder, string MessageClass, bool Associated)
{
    public static readonly ItemKind Received = new("Inbox", "IPM.Note", false);
    public static readonly ItemKind Sent = new("Sent Items", "IPM.Note", false);
    public static readonly ItemKind Appointment = new("Calendar", "IPM.Appointment", false);
    public static readonly ItemKind Contact = new("Contacts", "IPM.Contact", false);
    public static readonly ItemKind Rule = new("Inbox", "IPM.Rule.Version2.Message", true);
    public static readonly ItemKind View = new("Inbox", "IPM.Microsoft.FolderDesign.NamedView", true);

    /// <summary>The mix of messages a seeded mailbox holds, most of them received mail.</summary>
    public static readonly IReadOnlyList<ItemKind> SeededMessages =
        [Received, Received, Received, Received, Received, Sent, Sent, Appointment, Contact, Received];
}
