using DialTone.Lab.Cmdlets;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>What a restore request copies into its target, by item identity, and what verify then says (fact sheet §1.6, §2.7).</summary>
public sealed class MergeTests : RestoreRequestTest
{
    [Fact]
    public void Before_the_merge_verify_reports_the_dial_tone_items_only_outside_the_home_database()
    {
        var findings = Lab.Read(Verifier.Run).Findings;

        Assert.Equal(Fixture.DialToneItems, findings.Where(f => f.Kind == FindingKind.OnlyOutsideHome).Select(f => f.ItemId!.Value));
    }

    [Fact]
    public void After_the_merge_completes_verify_passes_for_the_merged_mailbox_and_the_next_change_records_every_copy_in_the_ledger()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var findings = Lab.Read(Verifier.Run).Findings;
        Mailer.Send(Lab.Lab, "user0002", 1);

        Assert.DoesNotContain(findings, f => f.Mailbox == "user0001");
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
        Assert.All(Fixture.DialToneItems, item => Assert.Contains(Ledger.Copied, Lab.Lab.Read(x => Ledger.History(x, item)).Select(h => h.Event)));
    }

    [Fact]
    public void The_same_merge_started_twice_never_duplicates_an_item()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var requests = Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs()));

        Assert.Equal(["MailboxRestore", "MailboxRestore1"], requests.Select(r => r.Name));
        Assert.All(requests, r => Assert.Equal(RequestStatus.Completed, r.Status));
        Assert.DoesNotContain(Lab.Read(Verifier.Run).Findings, f => f.Mailbox == "user0001");
    }

    [Fact]
    public void Keep_all_copies_an_item_the_target_already_holds_and_verify_reports_it_duplicated()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { ConflictResolutionOption = ConflictResolutionOption.KeepAll }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var duplicated = Lab.Read(Verifier.Run).Findings.Where(f => f.Kind == FindingKind.Duplicated).Select(f => f.ItemId!.Value);

        Assert.Equal(Fixture.DialToneItems, duplicated);
    }

    [Fact]
    public void A_merge_into_another_mailbox_is_reported_by_verify_as_misplaced_in_that_mailbox()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { TargetMailbox = "user0002", AllowLegacyDNMismatch = true }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var misplaced = Lab.Read(Verifier.Run).Findings.Where(f => f.Kind == FindingKind.Misplaced).ToList();

        Assert.Equal(Fixture.DialToneItems, misplaced.Select(f => f.ItemId!.Value));
        Assert.All(misplaced, f => Assert.Equal(("user0002", "an item of mailbox user0001 in this mailbox's home database"), (f.Mailbox, f.Detail)));
    }

    [Theory]
    [InlineData(ConflictResolutionOption.KeepSourceItem, false)]
    [InlineData(ConflictResolutionOption.KeepLatestItem, false)]
    [InlineData(ConflictResolutionOption.KeepTargetItem, false)]
    [InlineData(ConflictResolutionOption.UpdateFromSource, false)]
    [InlineData(ConflictResolutionOption.KeepAll, true)]
    [InlineData(ConflictResolutionOption.ForceCopy, true)]
    public void Merging_items_the_target_already_holds_duplicates_them_only_with_keep_all_or_force_copy(ConflictResolutionOption option, bool duplicates)
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { ConflictResolutionOption = option }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var duplicated = Lab.Read(Verifier.Run).Findings.Count(f => f.Kind == FindingKind.Duplicated);

        Assert.Equal(duplicates ? Fixture.DialToneItems.Count : 0, duplicated);
    }
}
