using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Faults;
using DialTone.Lab.Integrity;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>
/// What the MRS finds in the source when it gets to each item: corrupt and large items against their limits, items
/// and store mailboxes gone since the request was made (fact sheet §1.6, §3.2, §3.4).
/// </summary>
public sealed class RestoreRequestSourceTests : RestoreRequestTest
{
    [Fact]
    public void A_bad_item_beyond_the_bad_item_limit_fails_the_request_and_resume_after_raising_it_completes_with_warning()
    {
        var bad = Lab.Mutate(x => ItemDamage.CorruptItems(x, "RDB1", "user0001", 1)).Single();
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
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
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));

        Assert.Equal((RequestStatus.Failed, 1), (request.Status, request.LargeItems));
    }

    [Fact]
    public void A_failed_request_resumed_without_raising_the_limit_fails_again_even_when_its_bad_item_was_the_last()
    {
        Lab.Mutate(x => ItemDamage.CorruptItems(x, "RDB1", "user0001", 1));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        Lab.Mutate(x => RestoreRequestCmdlets.Resume(x, Identity));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));
        Assert.Equal((RequestStatus.Failed, 4, 1), (request.Status, request.Processed, request.BadItems));
    }

    [Fact]
    public void An_item_corrupted_after_the_request_was_made_fails_the_request_when_the_mrs_reaches_it()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Mutate(x => ItemDamage.CorruptItems(x, "RDB1", "user0001", 1));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));

        Assert.Equal((RequestStatus.Failed, 1, 3), (request.Status, request.BadItems, request.Transferred));
    }

    [Fact]
    public void An_item_gone_from_the_source_when_the_mrs_reaches_it_counts_as_a_bad_item()
    {
        Lab.Mutate(x => MountCmdlets.Dismount(x, "RDB1"));
        Lab.Mutate(x => FileWork.Copy(x, "EX01", @"E:\RDB1\DTDB1.edb", @"E:\Earlier.edb", recurse: false));
        Lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", false, false));
        Lab.Mutate(x => ItemDamage.AddLargeItems(x, "RDB1", "user0001", 1));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { LargeItemLimit = 1 }));
        Lab.Mutate(x => MountCmdlets.Dismount(x, "RDB1"));
        Lab.Mutate(x => FileWork.Move(x, "EX01", @"E:\Earlier.edb", @"E:\RDB1\DTDB1.edb", force: true));
        Lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", false, false));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));

        Assert.Equal((RequestStatus.Failed, 1, 0), (request.Status, request.BadItems, request.LargeItems));
        Assert.StartsWith("TooManyBadItemsPermanentException: The request failed because 1 bad items were encountered", request.Failure);
    }

    [Fact]
    public void A_request_whose_source_store_mailbox_is_gone_when_the_mrs_goes_on_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        Lab.Clock.Advance(TimeSpan.FromSeconds(1.5));
        Lab.Mutate(x => MountCmdlets.Dismount(x, "RDB1"));
        Lab.Mutate(x => FileWork.Remove(x, "EX01", @"E:\RDB1", recurse: true));
        Lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", force: true, acceptDataLoss: false));
        Lab.Clock.Advance(TimeSpan.FromSeconds(10));

        var request = Lab.Read(x => RestoreRequestCmdlets.Statistics(x, Identity));

        Assert.Equal((RequestStatus.Failed, 1), (request.Status, request.Transferred));
        Assert.Equal($"SourceMailboxNotFoundPermanentException: The source mailbox '{Fixture.User.ExchangeGuid}' isn't in the source " +
                     "database any more. Mount the database file that holds it, then Resume-MailboxRestoreRequest; or remove the request.",
            request.Failure);
        Assert.Equal(Fixture.DialToneItems.Skip(1), Lab.Read(Verifier.Run).Findings.Where(f => f.Mailbox == "user0001").Select(f => f.ItemId!.Value));
    }
}
