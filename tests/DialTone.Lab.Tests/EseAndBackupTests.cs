using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Faults;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>eseutil, backups, restores and failures (fact sheet §1.2 steps 1, 5–7, §2.3, §2.8).</summary>
public sealed class EseAndBackupTests : IDisposable
{
    private const string Db01Folder = @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01";
    private const string Db01Edb = Db01Folder + @"\DB01.edb";

    private readonly TestLab _lab = new();

    [Fact]
    public void A_database_failed_with_keep_logs_restored_and_replayed_with_the_surviving_logs_has_every_item_delivered_up_to_the_failure()
    {
        Mailer.Send(_lab.Lab, "user0001", 60);
        var expected = ItemsOwnedBy("user0001");
        _lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: true));
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true,
            EdbFilePath: @"E:\Databases\RDB1\DB01.edb", LogFolderPath: @"E:\Databases\RDB1")));

        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\Databases\RDB1", null));
        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Folder + @"\E00*.log", @"E:\Databases\RDB1", recurse: false));
        var rdb = _lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", force: false, acceptDataLoss: false));

        var guid = _lab.Read(x => MailboxDirectory.Find(x, "user0001", new HashSet<RecipientType> { RecipientType.UserMailbox }).ExchangeGuid);
        var restored = _lab.Read(x => x.Sql.Query("SELECT item_id FROM items WHERE edb_id = $e AND mailbox_guid = $m ORDER BY item_id",
            r => r.GetInt64(0), new Store.Arg("$e", rdb.MountedEdb), new Store.Arg("$m", guid)));
        Assert.Equal(expected, restored);
    }

    [Fact]
    public void A_restore_without_the_surviving_logs_holds_only_what_the_backup_held()
    {
        var sent = Mailer.Send(_lab.Lab, "user0001", 5);
        _lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: false));
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true,
            EdbFilePath: @"E:\RDB1\DB01.edb", LogFolderPath: @"E:\RDB1")));
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));

        var rdb = _lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", false, false));

        var placed = _lab.Read(x => x.Sql.Query("SELECT item_id FROM items WHERE edb_id = $e", r => r.GetInt64(0),
            new Store.Arg("$e", rdb.MountedEdb)));
        Assert.DoesNotContain(sent[0].ItemId, placed);
    }

    [Fact]
    public void A_restore_lands_dirty_and_needs_its_log_generation()
    {
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));

        var header = _lab.Read(x => Eseutil.DumpHeader(x, "EX01", @"E:\RDB1\DB01.edb"));

        Assert.Contains("                 State: Dirty Shutdown", header);
        Assert.Contains("          Log Required: 1-1 (0x1-0x1)", header);
        Assert.True(_lab.Read(x => FileWork.TestPath(x, "EX01", @"E:\RDB1\E0000000001.log")));
    }

    [Fact]
    public void Eseutil_r_rolls_a_restored_database_forward_to_clean_shutdown()
    {
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));

        var lines = _lab.Mutate(x => Eseutil.Recover(x, "EX01", "E00", @"E:\RDB1", @"E:\RDB1"));

        Assert.Equal("Operation completed successfully in 0.1 seconds.", lines[^1]);
        Assert.Contains("                 State: Clean Shutdown", _lab.Read(x => Eseutil.DumpHeader(x, "EX01", @"E:\RDB1\DB01.edb")));
    }

    [Fact]
    public void Eseutil_r_without_the_required_logs_fails_with_missing_log_file()
    {
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));
        _lab.Mutate(x => FileWork.Remove(x, "EX01", @"E:\RDB1\*.log", recurse: false));

        _lab.AssertFailsUnchanged(x => Eseutil.Recover(x, "EX01", "E00", @"E:\RDB1", @"E:\RDB1"),
            "Operation terminated with error -528 (JET_errMissingLogFile, Current log file missing) after 0.0 seconds.");
    }

    [Fact]
    public void Eseutil_r_with_another_log_prefix_finds_no_logs()
    {
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));

        _lab.AssertFailsUnchanged(x => Eseutil.Recover(x, "EX01", "E01", @"E:\RDB1", @"E:\RDB1"),
            "Operation terminated with error -528 (JET_errMissingLogFile, Current log file missing) after 0.0 seconds.");
    }

    [Fact]
    public void Eseutil_mh_of_a_mounted_database_fails_as_locked()
    {
        var error = Assert.Throws<LabException>(() => _lab.Read(x => Eseutil.DumpHeader(x, "EX01", Db01Edb)));

        Assert.Equal("Operation terminated with error -1032 (JET_errFileAccessDenied, Cannot access file, the file is locked or in use) after 0.0 seconds.", error.Message);
    }

    [Fact]
    public void Eseutil_mh_of_a_missing_file_fails_as_not_found()
    {
        var error = Assert.Throws<LabException>(() => _lab.Read(x => Eseutil.DumpHeader(x, "EX01", @"E:\None.edb")));

        Assert.Equal("Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.0 seconds.", error.Message);
    }

    [Fact]
    public void A_restore_into_a_folder_that_holds_the_file_fails()
    {
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));

        _lab.AssertFailsUnchanged(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null),
            @"The restore target 'E:\RDB1\DB01.edb' already exists. Restore into an empty folder, or move the file away first.");
    }

    [Fact]
    public void A_restore_onto_a_failed_server_fails()
    {
        _lab.Mutate(x => Failures.FailServer(x, "EX02"));

        _lab.AssertFailsUnchanged(x => Restores.Restore(x, "DB01", "EX02", @"E:\RDB1", null),
            "Server EX02 is down: the backup software can't restore to it. Bring the server back, or restore to another server.");
    }

    [Fact]
    public void A_backup_of_a_dismounted_database_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB02"));

        _lab.AssertFailsUnchanged(x => Backups.Take(x, DatabaseDirectory.Find(x, "DB02")),
            "Database 'DB02' is not mounted: an Exchange-aware backup reads a mounted database. Mount it first.");
    }

    [Fact]
    public void A_restore_of_another_database_s_backup_fails()
    {
        var db01 = _lab.Read(x => Backups.Latest(x, "DB01"))!;

        _lab.AssertFailsUnchanged(x => Restores.Restore(x, "DB02", "EX01", @"E:\RDB1", db01.Id),
            $"Backup {db01.Id} is a backup of database 'DB01', not 'DB02'.");
    }

    [Fact]
    public void A_restore_of_a_database_never_backed_up_fails()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DB09", "EX01")));

        _lab.AssertFailsUnchanged(x => Restores.Restore(x, "DB09", "EX01", @"E:\RDB9", null),
            "There is no backup of database 'DB09'. Take one with 'dialtone-lab backup DB09'.");
    }

    [Fact]
    public void A_recovery_database_is_never_backed_up()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true)));
        _lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", false, false));

        _lab.AssertFailsUnchanged(x => Backups.Take(x, DatabaseDirectory.Find(x, "RDB1")),
            "Database 'RDB1' is a recovery database: it is a restore target only and can't be backed up.");
    }

    [Fact]
    public void A_full_backup_truncates_the_logs_before_its_generation()
    {
        Mailer.Send(_lab.Lab, "user0001", 80);
        var before = _lab.Read(x => FileWork.ChildItems(x, "EX01", Db01Folder + @"\E000000000*.log").Count);

        var backup = _lab.Mutate(x => Backups.Take(x, DatabaseDirectory.Find(x, "DB01")));

        var left = _lab.Read(x => FileWork.ChildItems(x, "EX01", Db01Folder).Where(e => e.Kind == EntryKind.Log)
            .Select(e => e.Generation!.Value).ToList());
        Assert.True(before >= 2);
        Assert.All(left, generation => Assert.True(generation >= backup.Generation));
    }

    [Fact]
    public void Failing_a_server_leaves_its_databases_dismounted_and_dirty_and_its_mail_queued()
    {
        _lab.Mutate(x => Failures.FailServer(x, "EX02"));

        var outcome = Mailer.Send(_lab.Lab, "user0002", 1).Single();

        Assert.Equal("server EX02 is down", outcome.QueuedBecause);
        Assert.False(_lab.Read(x => DatabaseDirectory.Find(x, "DB02").Mounted));
        Assert.Contains("                 State: Dirty Shutdown",
            _lab.Read(x => Eseutil.DumpHeader(x, "EX02", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB02\DB02.edb")));
    }

    [Fact]
    public void Failing_a_database_without_keep_logs_loses_its_file_and_logs()
    {
        _lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: false));

        Assert.Empty(_lab.Read(x => FileWork.ChildItems(x, "EX01", Db01Folder)));
        Assert.Contains(_lab.Read(Verifier.Run).Findings, f => f.Kind == FindingKind.Stranded && f.Mailbox == "user0001");
    }

    private List<long> ItemsOwnedBy(string alias) => _lab.Read(x => x.Sql.Query(
        "SELECT l.item_id FROM ledger l JOIN mailboxes m ON m.exchange_guid = l.owner_guid WHERE m.alias = $a ORDER BY l.item_id",
        r => r.GetInt64(0), new Store.Arg("$a", alias)));

    public void Dispose() => _lab.Dispose();
}
