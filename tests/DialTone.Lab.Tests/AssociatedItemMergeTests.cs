using DialTone.Lab.Cmdlets;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>
/// How a merge carries the Inbox rule a user created during dial tone home, by AssociatedMessagesCopyOption (fact
/// sheet §1.6, §2.7): the restored mailbox already holds the user's old rule and view, of the same classes.
/// </summary>
public sealed class AssociatedItemMergeTests() : RestoreRequestTest(withDialToneRule: true)
{
    [Fact]
    public void Associated_items_are_copied_by_default_beside_the_target_s_rule_of_the_same_class()
    {
        Merge(AssociatedMessagesCopyOption.Copy);

        Assert.Equal(2 + 1, AssociatedItemsOfUser());
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
    }

    [Fact]
    public void Associated_items_copied_by_two_requests_with_the_default_copy_option_are_duplicated_and_verify_reports_it()
    {
        Merge(AssociatedMessagesCopyOption.Copy);
        Merge(AssociatedMessagesCopyOption.Copy);

        var finding = Assert.Single(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
        Assert.Equal((FindingKind.Duplicated, Fixture.DialToneRule), (finding.Kind, finding.ItemId));
    }

    [Fact]
    public void Associated_items_mapped_by_message_class_overwrite_the_target_s_rule_and_verify_accounts_for_it()
    {
        Merge(AssociatedMessagesCopyOption.MapByMessageClass);
        var seen = Lab.Read(Verifier.Run).Findings;
        Mailer.Send(Lab.Lab, "user0002", 1);

        Assert.Equal(2, AssociatedItemsOfUser());
        Assert.DoesNotContain(seen, f => f.Mailbox == "user0001");
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
        var seededRule = SeededRuleOfUser();
        Assert.Contains(Ledger.Replaced, Lab.Read(x => Ledger.History(x, seededRule)).Select(h => h.Event));
    }

    [Fact]
    public void Associated_items_mapped_by_message_class_by_two_requests_are_not_duplicated()
    {
        Merge(AssociatedMessagesCopyOption.MapByMessageClass);
        Merge(AssociatedMessagesCopyOption.MapByMessageClass);

        Assert.Equal(2, AssociatedItemsOfUser());
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
    }

    [Fact]
    public void Associated_items_are_left_out_with_do_not_copy()
    {
        var request = Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { AssociatedMessagesCopyOption = AssociatedMessagesCopyOption.DoNotCopy }));

        Assert.Equal(Fixture.DialToneItems.Count, request.TotalItems);
    }

    [Fact]
    public void A_backup_rolled_forward_with_the_surviving_logs_holds_what_a_merge_copied_and_not_what_it_replaced()
    {
        Merge(AssociatedMessagesCopyOption.MapByMessageClass);
        var seededRule = SeededRuleOfUser();

        Lab.Mutate(x => Faults.Failures.FailDatabase(x, "DB01", keepLogs: true));
        Lab.Mutate(x => Disks.Restores.Restore(x, "DB01", "EX01", @"E:\Restore", null));
        Lab.Mutate(x => Disks.FileWork.Copy(x, "EX01", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\E00*.log", @"E:\Restore", recurse: false));
        Lab.Mutate(x => Disks.Eseutil.Recover(x, "EX01", "E00", @"E:\Restore", @"E:\Restore"));

        var restored = Lab.Read(x => x.Sql.Query("SELECT item_id FROM items WHERE edb_id = $e AND mailbox_guid = $m",
            r => r.GetInt64(0), new Store.Arg("$e", Disks.ServerDisk.Find(x, "EX01", @"E:\Restore\DB01.edb")!.EdbId),
            new Store.Arg("$m", Fixture.User.ExchangeGuid)));
        Assert.Superset(Fixture.DialToneItems.Append(Fixture.DialToneRule!.Value).ToHashSet(), restored.ToHashSet());
        Assert.DoesNotContain(seededRule, restored);
    }

    /// <summary>One restore request of user0001's dial tone mailbox, run to its end.</summary>
    private void Merge(AssociatedMessagesCopyOption associatedOption)
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { AssociatedMessagesCopyOption = associatedOption }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(20));
    }

    private long AssociatedItemsOfUser() =>
        Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.AssociatedItemCount);

    private long SeededRuleOfUser() => Lab.Read(x => x.Sql.Scalar<long>(
        "SELECT item_id FROM ledger WHERE owner_guid = $o AND origin = 'Seeded' AND message_class = 'IPM.Rule.Version2.Message'",
        new Store.Arg("$o", Fixture.User.ExchangeGuid)));
}
