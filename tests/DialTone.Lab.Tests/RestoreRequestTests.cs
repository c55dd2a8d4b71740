using DialTone.Lab.Cmdlets;
using DialTone.Lab.Faults;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>Restore requests and the simulated MRS (fact sheet §1.6, §3.1, §3.2, §3.4, §5).</summary>
public sealed class RestoreRequestTests : IDisposable
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
    public void A_new_request_is_queued_then_in_progress_then_completion_in_progress_then_completed()
    {
        var created = Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));

        Assert.Equal((RequestStatus.Queued, Identity), (created.Status, created.Identity));
        Assert.Equal((RequestStatus.InProgress, 0), After(TimeSpan.FromSeconds(0.5)));
        Assert.Equal((RequestStatus.InProgress, 2), After(TimeSpan.FromSeconds(2)));
        Assert.Equal((RequestStatus.CompletionInProgress, 4), After(TimeSpan.FromSeconds(1.6)));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Reading_a_running_request_changes_nothing()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));
        var before = Lab.StateDigest();

        Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs()));
        Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));
        Lab.Read(Verifier.Run);
        Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")));

        Assert.Equal(before, Lab.StateDigest());
    }

    [Fact]
    public void Copies_show_in_reads_as_the_clock_advances_and_are_recorded_by_the_next_change()
    {
        var before = Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount);
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));

        var seen = Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount);
        Mailer.Send(Lab.Lab, "user0002", 1);
        var recorded = Lab.Read(x => x.Sql.Scalar<long>("SELECT processed FROM restore_requests"));

        Assert.Equal((before + 2, 2L), (seen, recorded));
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

    [Fact]
    public void A_large_item_limit_above_50_without_accept_large_data_loss_fails()
    {
        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request() with { LargeItemLimit = 51 }),
            "The LargeItemLimit value 51 is greater than 50. To continue, use the AcceptLargeDataLoss parameter.");
        Assert.Equal(51, Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { LargeItemLimit = 51, AcceptLargeDataLoss = true })).LargeItemLimit);
    }

    [Fact]
    public void The_eleventh_automatically_named_request_for_a_mailbox_fails()
    {
        for (var i = 0; i < 10; i++)
        {
            Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        }

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request()),
            "Couldn't find a unique name for the restore request: mailbox 'user0001' already has requests named " +
            "MailboxRestore and MailboxRestore1 to MailboxRestore9. Remove finished requests or give a name with the Name parameter.");
    }

    [Fact]
    public void A_request_name_the_target_already_uses_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request("merge-1")));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request("MERGE-1")),
            @"A restore request with the identity 'user0001\MERGE-1' already exists. Use a different Name, or remove the existing request.");
    }

    [Fact]
    public void A_source_mailbox_whose_legacy_dn_the_target_lacks_fails_unless_the_mismatch_is_allowed()
    {
        var other = Lab.Read(x => MailboxDirectory.Find(x, "user0002", new HashSet<RecipientType> { RecipientType.UserMailbox }));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request() with { TargetMailbox = "user0002" }),
            $"The source mailbox's LegacyExchangeDN '{_merge.User.LegacyExchangeDN}' isn't the LegacyExchangeDN or an X500 proxy " +
            "address of the target mailbox 'user0002'. To restore into this mailbox anyway, use the AllowLegacyDNMismatch switch.");
        Assert.Equal(other.Guid, Lab.Mutate(x => RestoreRequestCmdlets.New(x,
            _merge.Request() with { TargetMailbox = "user0002", AllowLegacyDNMismatch = true })).Target);
    }

    [Fact]
    public void A_source_store_mailbox_the_source_database_lacks_fails()
    {
        var other = Lab.Read(x => MailboxDirectory.Find(x, "user0002", new HashSet<RecipientType> { RecipientType.UserMailbox })).ExchangeGuid;

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request() with { SourceStoreMailbox = other.ToString() }),
            $"The mailbox '{other}' couldn't be found in mailbox database 'RDB1'.");
    }

    [Fact]
    public void A_request_from_a_dismounted_source_database_fails()
    {
        Lab.Mutate(x => MountCmdlets.Dismount(x, "RDB1"));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request()),
            "The source database 'RDB1' isn't mounted. Mount it (a recovery database too) before you create restore requests from it.");
    }

    [Fact]
    public void A_request_whose_target_database_is_dismounted_fails()
    {
        Lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, _merge.Request()),
            "The request can't be created because the mailbox database 'DB01' that holds its request queue isn't mounted.");
    }

    [Fact]
    public void A_suspended_request_makes_no_progress_until_resumed()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { Suspend = true }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal((RequestStatus.Suspended, 0), After(TimeSpan.Zero));
        Lab.Mutate(x => RestoreRequestCmdlets.Resume(x, Identity));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_request_waits_while_its_target_database_is_dismounted_and_goes_on_when_it_is_mounted_again()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));
        Lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        Lab.Clock.Advance(TimeSpan.FromMinutes(10));

        var waiting = After(TimeSpan.Zero);
        Lab.Mutate(x => MountCmdlets.Mount(x, "DB01", false, false));

        Assert.Equal((RequestStatus.InProgress, 2), waiting);
        Assert.Equal((RequestStatus.InProgress, 3), After(TimeSpan.FromSeconds(1.5)));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Suspending_a_completed_request_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.Suspend(x, Identity, ""),
            @"The restore request 'user0001\MailboxRestore' can't be suspended because its status is Completed.");
    }

    [Fact]
    public void Resuming_a_request_in_progress_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(1.5));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.Resume(x, Identity),
            @"The restore request 'user0001\MailboxRestore' can't be resumed because its status is InProgress; only suspended or failed requests can be resumed.");
    }

    [Fact]
    public void Removing_a_request_mid_way_keeps_what_it_copied()
    {
        var before = Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount);
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));

        Lab.Mutate(x => RestoreRequestCmdlets.Remove(x, Identity));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs())));
        Assert.Equal(before + 2, Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount));
    }

    [Fact]
    public void At_most_20_requests_of_one_target_database_run_at_once()
    {
        var users = Lab.Read(x => MailboxDirectory.OnDatabase(x, DatabaseDirectory.Find(x, "DB01").Guid)
            .Where(m => m.Type == RecipientType.UserMailbox).Take(5).Select(m => m.Alias).ToList());
        foreach (var alias in users)
        {
            for (var i = 0; i < 5; i++)
            {
                Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request() with { TargetMailbox = alias, AllowLegacyDNMismatch = true }));
            }
        }
        Lab.Clock.Advance(TimeSpan.FromSeconds(0.5));

        var statuses = Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs())).GroupBy(r => r.Status)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(20, statuses[RequestStatus.InProgress]);
        Assert.Equal(5, statuses[RequestStatus.Queued]);
    }

    [Fact]
    public void Get_filters_by_status_and_batch_name()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request("one")));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request("two") with { BatchName = "other", Suspend = true }));

        Assert.Equal(["one"], Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(BatchName: "merge")).Select(r => r.Name)));
        Assert.Equal(["two"], Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(Status: "Suspended")).Select(r => r.Name)));
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
    public void Get_returns_1000_requests_by_default_and_warns()
    {
        for (var i = 0; i < 1_001; i++)
        {
            Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request($"r{i}") with { Suspend = true }));
        }

        var warnings = new List<string>();
        var requests = Lab.Read(x =>
        {
            var found = RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs());
            warnings.AddRange(x.Warnings);
            return found;
        });

        Assert.Equal(1_000, requests.Count);
        Assert.Equal([Messages.ResultSizeWarning], warnings);
    }

    [Fact]
    public void A_completed_request_disappears_after_30_days()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, _merge.Request()));
        Lab.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Empty(Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs())));
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
