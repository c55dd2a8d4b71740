using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Init;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>
/// A lab after a dial tone and a swap, ready to merge: user0001 is back on DB01 with its history, and the four
/// messages it received during dial tone (and, when asked, the Inbox rule it created then) sit in DTDB1's file, mounted
/// as recovery database RDB1. The MRS copies one item per second.
/// </summary>
public sealed class MergeFixture : IDisposable
{
    public MergeFixture(bool withDialToneRule = false)
    {
        Lab = new TestLab(new InitOptions { Servers = 2, Databases = 4, Mailboxes = 20, Items = 3, MrsRate = 1 });
        Lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DT\DTDB1.edb", LogFolderPath: @"D:\DT")));
        Lab.Mutate(x => MountCmdlets.Mount(x, "DTDB1", false, false));
        Lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DTDB1")));
        DialToneItems = Mailer.Send(Lab.Lab, "user0001", 4).Select(o => o.ItemId).ToList();
        DialToneRule = withDialToneRule ? ClientActivity.CreateRule(Lab.Lab, "user0001", "Dial tone rule") : null;
        Lab.Mutate(x => MountCmdlets.Dismount(x, "DTDB1"));
        Lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true, EdbFilePath: @"E:\RDB1\DTDB1.edb", LogFolderPath: @"E:\RDB1")));
        Lab.Mutate(x => FileWork.Copy(x, "EX01", @"D:\DT", @"E:\RDB1", recurse: true));
        Lab.Mutate(x => FileWork.Move(x, "EX01", @"E:\RDB1\DT\*", @"E:\RDB1", force: false));
        Lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", false, false));
        Lab.Mutate(x => MountCmdlets.Mount(x, "DTDB1", false, false));
        Lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB01")));
        User = Lab.Read(x => MailboxDirectory.Find(x, "user0001", new HashSet<RecipientType> { RecipientType.UserMailbox }));
    }

    public TestLab Lab { get; }

    public Mailbox User { get; }

    public IReadOnlyList<long> DialToneItems { get; }

    /// <summary>The Inbox rule user0001 created during dial tone (null unless asked for).</summary>
    public long? DialToneRule { get; }

    public NewRestoreRequestArgs Request(string? name = null) =>
        new("RDB1", User.ExchangeGuid.ToString(), User.ExchangeGuid.ToString(), Name: name, BatchName: "merge");

    public void Dispose() => Lab.Dispose();
}
