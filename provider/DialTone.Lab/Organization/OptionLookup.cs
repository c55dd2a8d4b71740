namespace DialTone.Lab.Organization;

/// <summary>
/// Resolves a name typed for a dialtone-lab option or argument. A name Exchange can't resolve (not found, ambiguous)
/// keeps Exchange's text and gains the option it was typed for and the command that lists the valid names, so the
/// user sees which value was wrong and how to find a right one.
/// </summary>
public static class OptionLookup
{
    public static Mailbox Mailbox(Execution execution, string option, string identity) =>
        Resolve(option, "mailboxes", () => MailboxDirectory.Find(execution, identity, Organization.Mailbox.AnyType));

    public static MailboxDatabase Database(Execution execution, string option, string identity) =>
        Resolve(option, "databases", () => DatabaseDirectory.Find(execution, identity));

    public static Server Server(Execution execution, string option, string identity) =>
        Resolve(option, "servers", () => ServerDirectory.Find(execution, identity));

    private static T Resolve<T>(string option, string listed, Func<T> find)
    {
        try
        {
            return find();
        }
        catch (LabException e)
        {
            throw new ArgumentException($"{option}: {e.Message} 'dialtone-lab show {listed}' lists the {listed}.");
        }
    }
}
