using DialTone.Lab.Cmdlets;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>The life of a restore request in the simulated MRS: statuses, progress over time, suspend and resume, queues, filters, expiry (fact sheet §1.6, §3.1, §3.2, §5).</summary>
public sealed class RestoreRequestLifecycleTests : RestoreRequestTest
{
    [Fact]
    public void A_new_request_is_queued_then_in_progress_then_completion_in_progress_then_completed()
    {
        var created = Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));

        Assert.Equal((RequestStatus.Queued, Identity), (created.Status, created.Identity));
        Assert.Equal((RequestStatus.InProgress, 0), After(TimeSpan.FromSeconds(0.5)));
        Assert.Equal((RequestStatus.InProgress, 2), After(TimeSpan.FromSeconds(2)));
        Assert.Equal((RequestStatus.CompletionInProgress, 4), After(TimeSpan.FromSeconds(1.6)));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Reading_a_running_request_changes_nothing()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
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
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));

        var seen = Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount);
        Mailer.Send(Lab.Lab, "user0002", 1);
        var recorded = Lab.Read(x => x.Sql.Scalar<long>("SELECT processed FROM restore_requests"));

        Assert.Equal((before + 2, 2L), (seen, recorded));
    }

    [Fact]
    public void A_suspended_request_makes_no_progress_until_resumed()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { Suspend = true }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal((RequestStatus.Suspended, 0), After(TimeSpan.Zero));
        Lab.Mutate(x => RestoreRequestCmdlets.Resume(x, Identity));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_queued_request_suspended_makes_no_progress_until_resumed()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Mutate(x => RestoreRequestCmdlets.Suspend(x, Identity, "wait for the swap"));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var suspended = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));
        Lab.Mutate(x => RestoreRequestCmdlets.Resume(x, Identity));

        Assert.Equal((RequestStatus.Suspended, 0, "wait for the swap"), (suspended.Status, suspended.Processed, suspended.SuspendComment));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_request_in_progress_suspended_keeps_what_it_copied_and_goes_on_from_there_when_resumed()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(2.5));
        Lab.Mutate(x => RestoreRequestCmdlets.Suspend(x, Identity, ""));
        Lab.Clock.Advance(TimeSpan.FromMinutes(10));

        var suspended = After(TimeSpan.Zero);
        Lab.Mutate(x => RestoreRequestCmdlets.Resume(x, Identity));

        Assert.Equal((RequestStatus.Suspended, 2), suspended);
        Assert.Equal((RequestStatus.InProgress, 3), After(TimeSpan.FromSeconds(1.5)));
        Assert.Equal((RequestStatus.Completed, 4), After(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Waiting_requests_start_by_priority_then_by_age()
    {
        for (var i = 1; i <= 21; i++)
        {
            Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request($"normal{i}")));
        }
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request("urgent") with { Priority = RequestPriority.High }));
        Lab.Clock.Advance(TimeSpan.FromSeconds(0.5));

        var queued = Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(Status: RequestStatus.Queued)));

        Assert.Equal(["normal20", "normal21"], queued.Select(r => r.Name));
    }

    [Fact]
    public void A_request_waits_while_its_target_database_is_dismounted_and_goes_on_when_it_is_mounted_again()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
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
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.Suspend(x, Identity, ""),
            @"The restore request 'user0001\MailboxRestore' can't be suspended because its status is Completed.");
    }

    [Fact]
    public void Resuming_a_request_in_progress_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(1.5));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.Resume(x, Identity),
            @"The restore request 'user0001\MailboxRestore' can't be resumed because its status is InProgress; only suspended or failed requests can be resumed.");
    }

    [Fact]
    public void Removing_a_request_mid_way_keeps_what_it_copied()
    {
        var before = Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single().Store.ItemCount);
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
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
                Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { TargetMailbox = alias, AllowLegacyDNMismatch = true }));
            }
        }
        Lab.Clock.Advance(TimeSpan.FromSeconds(0.5));

        var statuses = Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs())).GroupBy(r => r.Status)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(20, statuses[RequestStatus.InProgress]);
        Assert.Equal(5, statuses[RequestStatus.Queued]);
    }

    [Fact]
    public void A_completed_request_disappears_after_30_days()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromDays(31));

        Assert.Empty(Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs())));
    }

    [Fact]
    public void A_completed_request_past_30_days_is_gone_for_every_cmdlet_and_frees_its_name()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromDays(31));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.Set(x, new SetRestoreRequestArgs(Identity, BatchName: "again")),
            @"The operation couldn't be performed because object 'user0001\MailboxRestore' couldn't be found on 'DC01.contoso.com'.");
        Assert.Equal("MailboxRestore", Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request())).Name);
    }
}
