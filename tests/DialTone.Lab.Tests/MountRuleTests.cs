using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Faults;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>Mount-Database, Dismount-Database and Move-DatabasePath (fact sheet §1.5, §2.2, §2.3, §2.8, §2.9, §3.2, §3.4).</summary>
public sealed class MountRuleTests : IDisposable
{
    private const string Db01Edb = @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.edb";
    private const string Db01Logs = @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01";

    private readonly TestLab _lab = new();

    [Fact]
    public void First_mount_of_a_new_database_creates_an_empty_database_file_and_a_log_stream()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DialTone\DTDB1.EDB")));

        var mounted = _lab.Mutate(x => MountCmdlets.Mount(x, "DTDB1", force: false, acceptDataLoss: false));

        Assert.True(mounted.Mounted);
        _lab.Read(x =>
        {
            Assert.Equal(EntryKind.Edb, ServerDisk.Find(x, "EX01", @"D:\DialTone\DTDB1.EDB")!.Kind);
            Assert.NotNull(ServerDisk.Find(x, "EX01", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DTDB1\E02.log"));
            Assert.Empty(Mail.StoreMailboxes.InFile(x, mounted.MountedEdb!.Value));
            return 0;
        });
    }

    [Fact]
    public void Mount_of_a_used_database_whose_files_are_gone_asks_for_confirmation_and_changes_nothing()
    {
        _lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DB01", force: false, acceptDataLoss: false),
            "A command that prompts the user failed because the host program or the command type does not support user " +
            "interaction. The host was attempting to request confirmation with the following message: Are you sure you " +
            $"want to perform this action?\nThe database file '{Db01Edb}' of database 'DB01' can't be found. Mounting will " +
            "create a new, empty database. Use -Force to mount it anyway.");
    }

    [Fact]
    public void Mount_with_force_of_a_used_database_whose_files_are_gone_creates_an_empty_database()
    {
        _lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: false));

        var mounted = _lab.Mutate(x => MountCmdlets.Mount(x, "DB01", force: true, acceptDataLoss: false));

        Assert.Empty(_lab.Read(x => Mail.StoreMailboxes.InFile(x, mounted.MountedEdb!.Value)));
    }

    [Fact]
    public void Mount_of_a_dirty_database_without_logs_fails_with_missing_log_file()
    {
        _lab.Mutate(x => Failures.FailServer(x, "EX01"));
        _lab.Mutate(x => ServerDirectory.SetUp(x, "EX01", isUp: true));
        _lab.Mutate(x => FileWork.Remove(x, "EX01", Db01Logs + @"\E00.log", recurse: false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DB01", force: false, acceptDataLoss: false),
            "Couldn't mount the database that you specified. Specified database: DB01; Error code: An Active Manager " +
            "operation failed. Error: The database action failed. Error: Operation failed with message: " +
            "MapiExceptionJetErrorMissingLogFile: Unable to mount database. (hr=0x80004005, ec=-528) Diagnostic: the " +
            $"database file needs log generations 2 to 2 in '{Db01Logs}'; add them, or mount with -AcceptDataLoss.");
    }

    [Fact]
    public void Mount_with_accept_data_loss_of_a_restore_without_its_logs_mounts_what_the_backup_held_and_loses_the_rest()
    {
        var sinceBackup = Mail.Mailer.Send(_lab.Lab, "user0001", 3).Select(o => o.ItemId).ToList();
        _lab.Mutate(x => Failures.FailDatabase(x, "DB01", keepLogs: false));
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", Db01Logs, null));
        _lab.Mutate(x => FileWork.Remove(x, "EX01", Db01Logs + @"\E00*.log", recurse: false));

        _lab.Mutate(x => MountCmdlets.Mount(x, "DB01", force: false, acceptDataLoss: true));

        var findings = _lab.Read(Integrity.Verifier.Run).Findings;
        Assert.All(findings, f => Assert.Equal(Integrity.FindingKind.Missing, f.Kind));
        Assert.Equal(sinceBackup, findings.Select(f => f.ItemId!.Value));
    }

    [Fact]
    public void Mount_of_a_dirty_database_with_its_logs_replays_them()
    {
        var sent = Mail.Mailer.Send(_lab.Lab, "user0001", 5);
        _lab.Mutate(x => Failures.FailServer(x, "EX01"));
        _lab.Mutate(x => ServerDirectory.SetUp(x, "EX01", isUp: true));

        var mounted = _lab.Mutate(x => MountCmdlets.Mount(x, "DB01", force: false, acceptDataLoss: false));
        _lab.Mutate(x => MountCmdlets.Mount(x, "DB03", force: false, acceptDataLoss: false));

        Assert.True(mounted.Mounted);
        var report = _lab.Read(Integrity.Verifier.Run);
        Assert.True(report.Passed, string.Join('\n', report.Findings.Select(f => f.Describe())));
        Assert.All(sent, s => Assert.True(s.Delivered));
    }

    [Fact]
    public void Mount_of_another_database_s_file_without_allow_file_restore_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB02"));
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        _lab.Mutate(x => FileWork.Remove(x, "EX01", Db01Edb, recurse: false));
        _lab.Mutate(x => FileWork.Copy(x, "EX02", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB02\DB02.edb", @"\\EX01\C$\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.edb", recurse: false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DB01", force: false, acceptDataLoss: false),
            "Couldn't mount the database that you specified. Specified database: DB01; Error code: An Active Manager " +
            "operation failed. Error: The database action failed. Error: Operation failed with message: " +
            "MapiExceptionDatabaseError: Unable to mount database. (hr=0x80004005, ec=1108) Diagnostic: the database file " +
            $"'{Db01Edb}' was created by database 'DB02', not 'DB01', and AllowFileRestore is False (MSExchangeIS events " +
            "1047, 1048). Run Set-MailboxDatabase -AllowFileRestore $true to mount restored or ported files.");
    }

    [Fact]
    public void Mount_of_another_database_s_file_with_allow_file_restore_mounts_it()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB02"));
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        _lab.Mutate(x => FileWork.Move(x, "EX01", Db01Logs + @"\E00*", @"D:\", force: false));
        _lab.Mutate(x => FileWork.Remove(x, "EX01", Db01Edb, recurse: false));
        _lab.Mutate(x => FileWork.Copy(x, "EX02", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB02\DB02.edb", @"\\EX01\C$\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.edb", recurse: false));
        _lab.Mutate(x => DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs("DB01", AllowFileRestore: true)));

        var mounted = _lab.Mutate(x => MountCmdlets.Mount(x, "DB01", force: false, acceptDataLoss: false));

        Assert.True(mounted.Mounted);
    }

    [Fact]
    public void Mount_of_a_recovery_database_accepts_another_database_s_file()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true, EdbFilePath: @"E:\RDB1\DB01.edb", LogFolderPath: @"E:\RDB1")));
        _lab.Mutate(x => Restores.Restore(x, "DB01", "EX01", @"E:\RDB1", null));

        var mounted = _lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", force: false, acceptDataLoss: false));

        Assert.True(mounted.Mounted);
    }

    [Fact]
    public void Mounting_a_second_recovery_database_on_a_server_fails()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true)));
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB2", "EX01", Recovery: true)));
        _lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", force: false, acceptDataLoss: false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "RDB2", force: false, acceptDataLoss: false),
            Messages.MountFailed("RDB2", "MapiExceptionTooManyMountedDatabases", "1246",
                "recovery database 'RDB1' is already mounted on server EX01; only one recovery database can be mounted on a server at a time."));
    }

    [Fact]
    public void Mount_beyond_the_standard_edition_limit_of_five_fails_and_recovery_databases_do_not_count()
    {
        _lab.Mutate(x => x.Sql.Run("UPDATE servers SET edition = $standard WHERE name = 'EX01'", new Store.Arg("$standard", Editions.Standard)));
        foreach (var name in new[] { "DB05", "DB06", "DB07", "DB08" })
        {
            _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs(name, "EX01")));
        }
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true)));
        _lab.Mutate(x => MountCmdlets.Mount(x, "DB05", false, false));
        _lab.Mutate(x => MountCmdlets.Mount(x, "DB06", false, false));
        _lab.Mutate(x => MountCmdlets.Mount(x, "DB07", false, false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DB08", false, false),
            Messages.MountFailed("DB08", "MapiExceptionTooManyMountedDatabases", "1246",
                "server EX01 (Standard edition) already has 5 mounted databases, its limit."));
        Assert.True(_lab.Mutate(x => MountCmdlets.Mount(x, "RDB1", false, false)).Mounted);
    }

    [Fact]
    public void Mount_on_a_failed_server_fails()
    {
        _lab.Mutate(x => Failures.FailServer(x, "EX02"));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DB02", false, false),
            "Couldn't mount the database that you specified. Specified database: DB02; Error code: An Active Manager " +
            "operation failed. Error: The Microsoft Exchange Replication service may not be running on server EX02.");
    }

    [Fact]
    public void Mount_with_logs_of_another_stream_in_the_log_folder_fails_with_attached_database_mismatch()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DT\DTDB1.edb", LogFolderPath: @"D:\DT")));
        _lab.Mutate(x => MountCmdlets.Mount(x, "DTDB1", false, false));
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DTDB1"));
        _lab.Mutate(x => FileWork.Move(x, "EX01", @"D:\DT\DTDB1.edb", @"E:\", force: false));
        _lab.Mutate(x => DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs("DTDB1", AllowFileRestore: true)));
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Edb, @"D:\DT\DTDB1.edb", recurse: false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DTDB1", false, false),
            Messages.MountFailed("DTDB1", "MapiExceptionJetErrorAttachedDatabaseMismatch", "-1216",
                @"the log folder 'D:\DT' holds transaction logs that do not belong to the database file; move them away."));
    }

    [Fact]
    public void Mount_of_a_file_that_is_not_a_database_fails_as_corrupted_and_changes_nothing()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DT\DTDB1.edb", LogFolderPath: @"D:\DT")));
        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Logs + @"\E0000000001.log", @"D:\DT\DTDB1.edb", recurse: false));

        _lab.AssertFailsUnchanged(x => MountCmdlets.Mount(x, "DTDB1", false, false),
            Messages.MountFailed("DTDB1", "MapiExceptionJetErrorDatabaseCorrupted", "-1206", @"'D:\DT\DTDB1.edb' is not a database file."));
    }

    [Fact]
    public void Dismount_leaves_a_clean_shutdown_file()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        var header = _lab.Read(x => Eseutil.DumpHeader(x, "EX01", Db01Edb));

        Assert.Contains("                 State: Clean Shutdown", header);
    }

    [Fact]
    public void Move_database_path_configuration_only_of_a_mounted_database_dismounts_it_and_mounts_it_again_at_its_new_paths()
    {
        var moved = _lab.Mutate(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB01", null, @"E:\DB01Logs", ConfigurationOnly: true)));

        Assert.True(moved.Mounted);
        Assert.NotNull(_lab.Read(x => ServerDisk.Find(x, "EX01", @"E:\DB01Logs\E00.log")));
        Assert.True(_lab.Read(Integrity.Verifier.Run).Passed);
    }

    [Fact]
    public void Move_database_path_configuration_only_of_a_mounted_database_to_an_empty_place_fails_at_the_remount_and_changes_nothing()
    {
        _lab.AssertFailsUnchanged(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB01", @"E:\DB01\DB01.edb", null, ConfigurationOnly: true)),
            "A command that prompts the user failed because the host program or the command type does not support user " +
            "interaction. The host was attempting to request confirmation with the following message: Are you sure you " +
            @"want to perform this action?
The database file 'E:\DB01\DB01.edb' of database 'DB01' can't be found. Mounting " +
            "will create a new, empty database. Use -Force to mount it anyway.");
    }

    [Fact]
    public void Move_database_path_configuration_only_with_force_of_a_mounted_database_to_an_empty_place_mounts_an_empty_database()
    {
        var moved = _lab.Mutate(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB01", @"E:\DB01\DB01.edb", @"E:\DB01", ConfigurationOnly: true, Force: true)));

        Assert.Empty(_lab.Read(x => Mail.StoreMailboxes.InFile(x, moved.MountedEdb!.Value)));
        Assert.NotNull(_lab.Read(x => ServerDisk.Find(x, "EX01", Db01Edb)));
    }

    [Fact]
    public void Move_database_path_onto_the_edb_path_of_another_database_on_the_server_fails()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DB05", "EX01")));

        _lab.AssertFailsUnchanged(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB05", Db01Edb, @"E:\DB05", ConfigurationOnly: true)),
            $"The database file path '{Db01Edb}' is already used by database 'DB01'. Specify a different EdbFilePath.");
    }

    [Fact]
    public void Move_database_path_onto_the_log_folder_of_another_database_on_the_server_fails()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DB05", "EX01")));

        _lab.AssertFailsUnchanged(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB05", @"E:\DB05\DB05.edb", Db01Logs, ConfigurationOnly: true)),
            $"The log folder path '{Db01Logs}' is already used by database 'DB01'. Specify a different LogFolderPath.");
    }

    [Fact]
    public void Move_database_path_moving_the_files_of_a_database_on_a_failed_server_fails()
    {
        _lab.Mutate(x => Failures.FailServer(x, "EX02"));

        _lab.AssertFailsUnchanged(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB02", @"E:\DB02\DB02.edb", null, ConfigurationOnly: false)),
            "The files of database 'DB02' can't be moved because server EX02 can't be reached. Bring the server back, or " +
            "change only the configuration with -ConfigurationOnly.");
    }

    [Fact]
    public void Move_database_path_configuration_only_changes_only_the_directory()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        var moved = _lab.Mutate(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB01", @"E:\DB01\DB01.edb", @"E:\DB01", ConfigurationOnly: true)));

        Assert.Equal((@"E:\DB01\DB01.edb", @"E:\DB01"), (moved.EdbFilePath, moved.LogFolderPath));
        Assert.NotNull(_lab.Read(x => ServerDisk.Find(x, "EX01", Db01Edb)));
        Assert.Null(_lab.Read(x => ServerDisk.Find(x, "EX01", @"E:\DB01")));
    }

    [Fact]
    public void Move_database_path_moves_the_files_and_mounts_the_database_again()
    {
        var moved = _lab.Mutate(x => MountCmdlets.MovePath(x, new MoveDatabasePathArgs("DB01", @"E:\DB01\DB01.edb", @"E:\DB01\Logs", ConfigurationOnly: false)));

        Assert.True(moved.Mounted);
        _lab.Read(x =>
        {
            Assert.Null(ServerDisk.Find(x, "EX01", Db01Edb));
            Assert.NotNull(ServerDisk.Find(x, "EX01", @"E:\DB01\Logs\E00.log"));
            Assert.NotNull(ServerDisk.Find(x, "EX01", @"E:\DB01\Logs\E00.chk"));
            return 0;
        });
        Assert.True(_lab.Read(Integrity.Verifier.Run).Passed);
    }

    public void Dispose() => _lab.Dispose();
}
