using DialTone.Lab.Cmdlets;
using DialTone.Lab.Faults;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>What a restore request copies into its target, by item identity, and what verify then says (fact sheet §1.6, §2.7).</summary>
public sealed class MergeTests : IDisposable
{
    private const string Identity = @"user0001\MailboxRestore";

    private readonly MergeFixture _merge = new();

    private TestLab Lab => _merge.Lab;

    [Fact]
    public void Before_the_merge_verify_reports_the_dial_tone_items_only_outside_the_home_database()
    {
        var findings = Lab.Read(Verifier.Run).Findings;

        Assert.Equal(_merge.DialToneItems, findings.Where(f => f.Kind == FindingKind.OnlyOutsideHome).Select(f => f.ItemId!.Value));
    }

    [Fact]
    public void After_the_merge_completes_verify_passes_for_the_merged_mailbox_and_the_next_change_records_every_copy_in_the_ledger()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var findings = Lab.Read(Verifier.Run).Findings;
        Mailer.Send(Lab.Lab, "user0002", 1);

        Assert.DoesNotContain(findings, f => f.Mailbox == "user0001");
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
        Assert.All(_merge.DialToneItems, item => Assert.Contains(Ledger.Copied, Lab.Lab.Read(x => Ledger.History(x, item)).Select(h => h.Event)));
    }

    [Fact]
    public void The_same_merge_started_twice_never_duplicates_an_item()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var requests = Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs()));

        Assert.Equal(["MailboxRestore", "MailboxRestore1"], requests.Select(r => r.Name));
        Assert.All(requests, r => Assert.Equal(RequestStatus.Completed, r.Status));
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
    }

    [Fact]
    public void Keep_all_copies_an_item_the_target_already_holds_and_verify_reports_it_duplicated()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { ConflictResolutionOption = "KeepAll" }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var duplicated = Lab.Read(Verifier.Run).Findings.Where(f => f.Kind == FindingKind.Duplicated).Select(f => f.ItemId!.Value);

        Assert.Equal(_merge.DialToneItems, duplicated);
    }

    [Fact]
    public void A_bad_item_beyond_the_bad_item_limit_fails_the_request_and_resume_after_raising_it_completes_with_warning()
    {
        var bad = Lab.Mutate(x => ItemDamage.CorruptItems(x, "RDB1", "user0001", 1)).Single();
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var failed = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));
        Lab.Mutate(x => RestoreRequestCmdlets.Set(x, new SetRestoreRequestArgs(Identity, BadItemLimit: 1, BadItemLimitGiven: true)));
        Lab.Mutate(x => RestoreRequestCmdlets.Resume(x, Identity));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal((RequestStatus.Failed, 1), (failed.Status, failed.BadItems));
        Assert.StartsWith("TooManyBadItemsPermanentException: The request failed because 1 bad items were encountered", failed.Failure);
        Assert.Equal(RequestStatus.CompletedWithWarning, Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity)).Status);
        var finding = Assert.Single(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
        Assert.Equal((FindingKind.OnlyOutsideHome, bad), (finding.Kind, finding.ItemId!.Value));
    }

    [Fact]
    public void A_large_item_beyond_the_large_item_limit_fails_the_request()
    {
        Lab.Mutate(x => ItemDamage.AddLargeItems(x, "RDB1", "user0001", 1));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));

        Assert.Equal((RequestStatus.Failed, 1), (request.Status, request.LargeItems));
    }

    [Theory]
    [InlineData("KeepSourceItem", false)]
    [InlineData("KeepLatestItem", false)]
    [InlineData("KeepTargetItem", false)]
    [InlineData("UpdateFromSource", false)]
    [InlineData("KeepAll", true)]
    [InlineData("ForceCopy", true)]
    public void Merging_items_the_target_already_holds_duplicates_them_only_with_keep_all_or_force_copy(string option, bool duplicates)
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { ConflictResolutionOption = option }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var duplicated = Lab.Read(Verifier.Run).Findings.Count(f => f.Kind == FindingKind.Duplicated);

        Assert.Equal(duplicates ? _merge.DialToneItems.Count : 0, duplicated);
    }

    [Fact]
    public void Associated_items_are_copied_by_default_duplicating_a_rule_of_the_same_class()
    {
        AddRuleToSource();

        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(2 + 1, AssociatedItemsOfUser());
    }

    [Fact]
    public void Associated_items_mapped_by_message_class_overwrite_the_target_s_rule()
    {
        AddRuleToSource();

        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { AssociatedMessagesCopyOption = "MapByMessageClass" }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(2, AssociatedItemsOfUser());
    }

    [Fact]
    public void Associated_items_are_left_out_with_do_not_copy()
    {
        AddRuleToSource();

        var request = Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { AssociatedMessagesCopyOption = "DoNotCopy" }));

        Assert.Equal(4, request.TotalItems);
    }

    private void AddRuleToSource() => Lab.Mutate(x =>
    {
        var edb = DatabaseDirectory.Find(x, "RDB1").MountedEdb!.Value;
        var rule = Ledger.Add(x, _merge.User.ExchangeGuid, ItemKind.Rule, "Dial tone rule", 1_500, LedgerItem.Seeded);
        StoreWriter.Place(x, edb, _merge.User.ExchangeGuid, rule);
    });

    private long AssociatedItemsOfUser() =>
        Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.AssociatedItemCount);

    private (string Status, int Processed) After(TimeSpan advance)
    {
        Lab.Clock.Advance(advance);
        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));
        return (request.Status, request.Processed);
    }

    public void Dispose() => _merge.Dispose();
}
