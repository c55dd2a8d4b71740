using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>verify names the mailbox and the item for each kind of damage (architecture: the Exchange lab).</summary>
public sealed class VerifyTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public void Verify_passes_on_a_new_lab_and_after_mail_is_delivered()
    {
        Mailer.Send(_lab.Lab, null, 2);

        var report = _lab.Read(Verifier.Run);

        Assert.True(report.Passed, string.Join('\n', report.Findings.Select(f => f.Describe())));
        Assert.Equal(_lab.Read(Ledger.Count), report.ItemsChecked);
    }

    [Fact]
    public void Verify_reports_an_item_lost_with_its_database_file_as_missing()
    {
        var item = Mailer.Send(_lab.Lab, "user0002", 1).Single().ItemId;
        _lab.Mutate(x =>
        {
            var database = Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB02"));
            var file = ServerDisk.Find(x, database.Server, database.EdbFilePath)!;
            ServerDisk.Delete(x, file.Id);
            EdbFiles.DeleteIfUnreferenced(x, file.EdbId!.Value);
        });

        var findings = _lab.Read(Verifier.Run).Findings;

        var finding = Assert.Single(findings, f => f.ItemId == item);
        Assert.Equal(FindingKind.Missing, finding.Kind);
        Assert.Equal("user0002", finding.Mailbox);
        Assert.Equal("Missing: mailbox user0002, item " + finding.MessageId + ": in no database file and not queued", finding.Describe());
    }

    [Fact]
    public void Verify_reports_a_second_copy_of_an_item_as_duplicated()
    {
        var item = Mailer.Send(_lab.Lab, "user0003", 1).Single().ItemId;
        var mailbox = _lab.Read(x => MailboxDirectory.Find(x, "user0003", Mailbox.AnyType));
        _lab.Mutate(x => StoreWriter.Place(x, DatabaseDirectory.Find(x, "DB03").MountedEdb!.Value, mailbox.ExchangeGuid, item, copy: 1));

        var finding = Assert.Single(_lab.Read(Verifier.Run).Findings);

        Assert.Equal((FindingKind.Duplicated, "user0003", item), (finding.Kind, finding.Mailbox, finding.ItemId));
        Assert.Equal("2 copies in the home database", finding.Detail);
    }

    [Fact]
    public void Verify_reports_items_left_in_the_old_database_after_a_rehome_as_only_outside_home()
    {
        var items = _lab.Read(x => x.Sql.Scalar<long>("SELECT COUNT(*) FROM ledger l JOIN mailboxes m ON m.exchange_guid = l.owner_guid WHERE m.alias = 'user0004'"));
        _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0004", "DB01")));

        var findings = _lab.Read(Verifier.Run).Findings;

        Assert.Equal(items, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal((FindingKind.OnlyOutsideHome, "user0004"), (f.Kind, f.Mailbox));
            Assert.Equal(@"not in the home database; present in EX02:C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB04\DB04.edb", f.Detail);
        });
    }

    [Fact]
    public void Verify_reports_queued_mail_and_the_stranded_mailboxes_of_a_dismounted_database()
    {
        _lab.Mutate(x => Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB02")));
        var item = Mailer.Send(_lab.Lab, "user0002", 1).Single().ItemId;

        var findings = _lab.Read(Verifier.Run).Findings;

        var queued = Assert.Single(findings, f => f.Kind == FindingKind.Queued);
        Assert.Equal(("user0002", item), (queued.Mailbox, queued.ItemId));
        var stranded = findings.Where(f => f.Kind == FindingKind.Stranded).Select(f => f.Mailbox).ToList();
        var homedOnDb02 = _lab.Read(x => MailboxDirectory.OnDatabase(x, DatabaseDirectory.Find(x, "DB02").Guid)
            .Where(m => m.Type != RecipientType.MonitoringMailbox).Select(m => m.Alias).ToList());
        Assert.Equal(homedOnDb02.Order(StringComparer.OrdinalIgnoreCase), stranded);
        Assert.Contains(findings, f => f.Describe() == "Stranded: mailbox user0002: homed on DB02, which is not mounted");
    }

    [Fact]
    public void Verify_leaves_health_mailboxes_out_of_stranded()
    {
        _lab.Mutate(x => Mounting.Dismount(x, DatabaseDirectory.Find(x, "DB04")));

        var stranded = _lab.Read(Verifier.Run).Findings.Where(f => f.Kind == FindingKind.Stranded).ToList();

        Assert.DoesNotContain(stranded, f => f.Mailbox.StartsWith("HealthMailbox", StringComparison.Ordinal));
        Assert.NotEmpty(stranded);
    }

    public void Dispose() => _lab.Dispose();
}
