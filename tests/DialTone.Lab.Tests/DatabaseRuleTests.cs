using DialTone.Exchange.Errors;
using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>New-, Set-, Remove-MailboxDatabase rules (fact sheet §1.2 step 2, §2.2, §2.3, §3.3, §3.4; S13).</summary>
public sealed class DatabaseRuleTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public void New_mailbox_database_name_longer_than_64_characters_fails()
    {
        var name = new string('D', 65);
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs(name, "EX01")),
            "The length of the property is too long. The maximum length is 64 and the length of the value provided is 65. Property: Name.");
    }

    [Fact]
    public void New_mailbox_database_name_of_64_characters_is_accepted()
    {
        var name = new string('D', 64);
        var database = _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs(name, "EX01")));
        Assert.Equal(name, database.Name);
    }

    [Fact]
    public void New_mailbox_database_with_a_name_already_in_the_organization_fails_even_on_another_server()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("db01", "EX02")),
            "Active Directory operation failed on DC01.contoso.com. The object 'CN=db01,CN=Databases,CN=Exchange " +
            "Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange," +
            "CN=Services,CN=Configuration,DC=contoso,DC=com' already exists.");
    }

    [Fact]
    public void New_mailbox_database_on_an_unknown_server_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX09")),
            "The operation couldn't be performed because object 'EX09' couldn't be found on 'DC01.contoso.com'.");
    }

    [Fact]
    public void New_recovery_database_without_a_name_is_refused_by_the_lab_and_names_the_fix()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs(null, "EX01", Recovery: true)),
            "The lab needs -Name for a recovery database: what Exchange names one created without -Name is not documented. Give -Name (for example -Name RDB1).");
    }

    [Fact]
    public void New_mailbox_database_without_log_folder_puts_logs_under_the_install_path_not_next_to_the_edb()
    {
        var database = _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DialTone\DTDB1.EDB")));

        Assert.Equal(@"D:\DialTone\DTDB1.EDB", database.EdbFilePath);
        Assert.Equal(@"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DTDB1", database.LogFolderPath);
    }

    [Fact]
    public void New_mailbox_database_without_paths_uses_the_default_paths()
    {
        var database = _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DB09", "EX02")));

        Assert.Equal(@"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB09\DB09.edb", database.EdbFilePath);
        Assert.Equal(@"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB09", database.LogFolderPath);
    }

    [Fact]
    public void New_mailbox_database_is_not_mounted_and_warns_to_restart_the_information_store()
    {
        var warnings = new List<string>();
        var database = _lab.Mutate(x =>
        {
            var created = DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01"));
            warnings.AddRange(x.Warnings);
            return created;
        });

        Assert.False(database.Mounted);
        Assert.Equal(["Please restart the Microsoft Exchange Information Store service on server EX01 after adding new mailbox databases."], warnings);
    }

    [Fact]
    public void New_mailbox_database_creates_its_missing_folders_but_no_files()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DialTone\Data\DTDB1.edb", LogFolderPath: @"D:\DialTone\Logs")));

        _lab.Read(x =>
        {
            Assert.Equal(EntryKind.Folder, ServerDisk.Find(x, "EX01", @"D:\DialTone")!.Kind);
            Assert.Equal(EntryKind.Folder, ServerDisk.Find(x, "EX01", @"d:\dialtone\data")!.Kind);
            Assert.Equal(EntryKind.Folder, ServerDisk.Find(x, "EX01", @"D:\DialTone\Logs")!.Kind);
            Assert.Empty(ServerDisk.List(x, "EX01", @"D:\DialTone\Data"));
            Assert.Null(ServerDisk.Find(x, "EX02", @"D:\DialTone"));
            return 0;
        });
    }

    [Fact]
    public void New_mailbox_database_with_an_edb_path_not_ending_in_edb_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"D:\DialTone\DTDB1.dat")),
            "Cannot process argument transformation on parameter 'EdbFilePath'. Cannot convert value \"D:\\DialTone\\DTDB1.dat\" " +
            "to type \"Microsoft.Exchange.Data.EdbFilePath\". Error: \"The database file name must have the extension .edb.\"");
    }

    [Fact]
    public void New_mailbox_database_with_a_relative_edb_path_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", EdbFilePath: @"DialTone\DTDB1.edb")),
            "Cannot process argument transformation on parameter 'EdbFilePath'. Cannot convert value \"DialTone\\DTDB1.edb\" " +
            "to type \"Microsoft.Exchange.Data.EdbFilePath\". Error: \"The value must be a full local path to a file, such as D:\\Databases\\DB1\\DB1.edb.\"");
    }

    [Fact]
    public void New_mailbox_database_with_a_drive_root_as_log_folder_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01", LogFolderPath: @"E:\")),
            "Cannot process argument transformation on parameter 'LogFolderPath'. Cannot convert value \"E:\\\" to type " +
            "\"Microsoft.Exchange.Data.NonRootLocalLongFullPath\". Error: \"The value must be a full local path that is not the root of a drive, such as D:\\Databases\\DB1.\"");
    }

    [Fact]
    public void New_mailbox_database_with_the_edb_path_of_another_database_on_the_server_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01",
                EdbFilePath: @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.EDB", LogFolderPath: @"D:\DT")),
            @"The database file path 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.EDB' is already used by database 'DB01'. Specify a different EdbFilePath.");
    }

    [Fact]
    public void New_mailbox_database_with_the_log_folder_of_another_database_on_the_server_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DTDB1", "EX01",
                LogFolderPath: @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01")),
            @"The log folder path 'C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01' is already used by database 'DB01'. Specify a different LogFolderPath.");
    }

    [Fact]
    public void Set_mailbox_database_cannot_enable_circular_logging_on_a_recovery_database()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true)));

        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs("RDB1", CircularLoggingEnabled: true)),
            "Circular logging can't be enabled on recovery database 'RDB1'.");
    }

    [Fact]
    public void Set_mailbox_database_rename_to_a_name_in_use_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs("DB02", Name: "DB01")),
            "Active Directory operation failed on DC01.contoso.com. The object 'CN=DB01,CN=Databases,CN=Exchange " +
            "Administrative Group (FYDIBOHF23SPDLT),CN=Administrative Groups,CN=Contoso,CN=Microsoft Exchange," +
            "CN=Services,CN=Configuration,DC=contoso,DC=com' already exists.");
    }

    [Fact]
    public void Set_mailbox_database_allow_file_restore_is_kept()
    {
        _lab.Mutate(x => DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs("DB01", AllowFileRestore: true)));

        Assert.True(_lab.Read(x => DatabaseDirectory.Find(x, "DB01").AllowFileRestore));
    }

    [Fact]
    public void Set_mailbox_database_on_an_unknown_database_fails()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.Set(x, new SetMailboxDatabaseArgs("DB99", AllowFileRestore: true)),
            "The operation couldn't be performed because object 'DB99' couldn't be found on 'DC01.contoso.com'.");
    }

    [Fact]
    public void Remove_mailbox_database_with_user_mailboxes_fails_with_the_documented_text()
    {
        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.Remove(x, "DB02"), Messages.DatabaseHasMailboxes);
        Assert.StartsWith("This mailbox database contains one or more mailboxes, mailbox plans, archive mailboxes, public folder mailboxes, arbitration mailboxes, or audit mailboxes.",
            Messages.DatabaseHasMailboxes);
    }

    [Fact]
    public void Remove_mailbox_database_with_only_arbitration_and_audit_mailboxes_left_fails()
    {
        _lab.Mutate(x =>
        {
            foreach (var mailbox in MailboxDirectory.OnDatabase(x, DatabaseDirectory.Find(x, "DB01").Guid)
                         .Where(m => Mailbox.IsUserType(m.Type)))
            {
                MailboxCmdlets.Set(x, new SetMailboxArgs(mailbox.Alias, "DB02"));
            }
        });

        _lab.AssertFailsUnchanged(x => DatabaseCmdlets.Remove(x, "DB01"), Messages.DatabaseHasMailboxes);
    }

    [Fact]
    public void Remove_mailbox_database_with_only_a_health_mailbox_removes_the_object_and_keeps_the_files()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("DB05", "EX01")));
        _lab.Mutate(x =>
        {
            var database = Mounting.Mount(x, DatabaseDirectory.Find(x, "DB05"));
            MailboxDirectory.Insert(x, new Mailbox(Guid.NewGuid(), Guid.NewGuid(), "HealthMailbox05", "HealthMailbox05",
                "HealthMailbox05", "HealthMailbox05@contoso.com", "/o=Contoso/cn=HealthMailbox05", [],
                RecipientType.MonitoringMailbox, database.Guid, Contoso.MonitoringDn("HealthMailbox05"), x.Now));
        });

        _lab.Mutate(x => DatabaseCmdlets.Remove(x, "DB05"));

        _lab.Read(x =>
        {
            Assert.Null(DatabaseDirectory.TryFind(x, "DB05"));
            Assert.NotNull(ServerDisk.Find(x, "EX01", @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB05\DB05.edb"));
            return 0;
        });
    }

    [Fact]
    public void Get_mailbox_database_with_an_unknown_identity_fails()
    {
        var error = Assert.Throws<LabException>(() => _lab.Read(x => DatabaseCmdlets.Get(x, "Nope", null)));
        Assert.Equal("The operation couldn't be performed because object 'Nope' couldn't be found on 'DC01.contoso.com'.", error.Message);
        Assert.Equal((ErrorCategory.NotSpecified, "ManagementObjectNotFoundException"), (error.Error.Category, error.Error.ErrorId));
    }

    public void Dispose() => _lab.Dispose();
}
