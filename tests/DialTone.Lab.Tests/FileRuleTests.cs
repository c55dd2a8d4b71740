using DialTone.Lab.Cmdlets;
using DialTone.Lab.Disks;

namespace DialTone.Lab.Tests;

/// <summary>Server file work as PowerShell and Windows do it (fact sheet §1.2 steps 8–11, §3.2, §3.4; architecture: files are files).</summary>
public sealed class FileRuleTests : IDisposable
{
    private const string Db01Folder = @"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01";
    private const string Db01Edb = Db01Folder + @"\DB01.edb";

    private readonly TestLab _lab = new();

    [Fact]
    public void Moving_the_edb_of_a_mounted_database_fails_as_in_use()
    {
        _lab.AssertFailsUnchanged(x => FileWork.Move(x, "EX01", Db01Edb, @"E:\", force: false),
            $"The process cannot access the file '{Db01Edb}' because it is being used by another process.");
    }

    [Fact]
    public void Removing_a_log_of_a_mounted_database_fails_as_in_use()
    {
        _lab.AssertFailsUnchanged(x => FileWork.Remove(x, "EX01", Db01Folder + @"\E00.log", recurse: false),
            $"The process cannot access the file '{Db01Folder}\\E00.log' because it is being used by another process.");
    }

    [Fact]
    public void Copying_a_closed_log_generation_of_a_mounted_database_succeeds()
    {
        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Folder + @"\E0000000001.log", @"E:\", recurse: false));

        Assert.True(_lab.Read(x => FileWork.TestPath(x, "EX01", @"E:\E0000000001.log")));
    }

    [Fact]
    public void Copying_the_edb_of_a_mounted_database_fails_as_in_use()
    {
        _lab.AssertFailsUnchanged(x => FileWork.Copy(x, "EX01", Db01Edb, @"E:\", recurse: false),
            $"The process cannot access the file '{Db01Edb}' because it is being used by another process.");
    }

    [Fact]
    public void Move_item_with_a_wildcard_moves_every_matching_file_of_a_dismounted_database()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        _lab.Mutate(x => FileWork.NewFolder(x, "EX01", @"E:\Safe", force: false));

        _lab.Mutate(x => FileWork.Move(x, "EX01", Db01Folder + @"\*", @"E:\Safe", force: false));

        var names = _lab.Read(x => FileWork.ChildItems(x, "EX01", @"e:\safe").Select(e => e.Name).ToList());
        Assert.Equal(["DB01.edb", "E00.chk", "E00.log", "E0000000001.log"], names);
        Assert.Empty(_lab.Read(x => FileWork.ChildItems(x, "EX01", Db01Folder)));
    }

    [Fact]
    public void Move_item_onto_an_existing_file_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Edb, @"E:\DB01.edb", recurse: false));

        _lab.AssertFailsUnchanged(x => FileWork.Move(x, "EX01", Db01Edb, @"E:\DB01.edb", force: false),
            "Cannot create a file when that file already exists.");
    }

    [Fact]
    public void Move_item_of_a_missing_path_fails()
    {
        _lab.AssertFailsUnchanged(x => FileWork.Move(x, "EX01", @"E:\Nothing\DB01.edb", @"D:\", force: false),
            @"Cannot find path 'E:\Nothing\DB01.edb' because it does not exist.");
    }

    [Fact]
    public void Move_item_into_a_missing_folder_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.AssertFailsUnchanged(x => FileWork.Move(x, "EX01", Db01Edb, @"E:\Missing\Folder\DB01.edb", force: false),
            @"Could not find a part of the path 'E:\Missing\Folder\DB01.edb'.");
    }

    [Fact]
    public void A_path_on_a_drive_the_server_lacks_fails()
    {
        _lab.AssertFailsUnchanged(x => FileWork.NewFolder(x, "EX01", @"F:\RDB1", force: false),
            "Cannot find drive. A drive with the name 'F' does not exist.");
    }

    [Fact]
    public void Paths_compare_without_case_and_accept_forward_slashes()
    {
        Assert.True(_lab.Read(x => FileWork.TestPath(x, "EX01", "c:/program files/microsoft/exchange server/v15/mailbox/db01/db01.EDB")));
        Assert.False(_lab.Read(x => FileWork.TestPath(x, "EX02", Db01Edb)));
    }

    [Fact]
    public void Test_path_takes_wildcards()
    {
        Assert.True(_lab.Read(x => FileWork.TestPath(x, "EX01", Db01Folder + @"\E00000000[0-9]?.log")));
        Assert.False(_lab.Read(x => FileWork.TestPath(x, "EX01", Db01Folder + @"\E09*.log")));
    }

    [Fact]
    public void Copy_item_to_another_server_s_administrative_share_copies_the_database_content()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Edb, @"\\EX02\E$\DB01.edb", recurse: false));

        _lab.Read(x =>
        {
            var original = ServerDisk.Find(x, "EX01", Db01Edb)!;
            var copy = ServerDisk.Find(x, "EX02", @"E:\DB01.edb");
            Assert.NotNull(copy);
            Assert.NotEqual(original.EdbId, copy!.EdbId);
            Assert.Equal(Mail.StoreMailboxes.InFile(x, original.EdbId!.Value).Sum(s => s.ItemCount),
                Mail.StoreMailboxes.InFile(x, copy.EdbId!.Value).Sum(s => s.ItemCount));
            return 0;
        });
    }

    [Fact]
    public void Copy_item_to_a_share_of_an_unknown_server_fails_with_network_path_not_found()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.AssertFailsUnchanged(x => FileWork.Copy(x, "EX01", Db01Edb, @"\\EX07\E$\DB01.edb", recurse: false),
            "The network path was not found.");
    }

    [Fact]
    public void Copy_item_to_the_share_of_a_failed_server_fails_with_network_path_not_found()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));
        _lab.Mutate(x => Faults.Failures.FailServer(x, "EX02"));

        _lab.AssertFailsUnchanged(x => FileWork.Copy(x, "EX01", Db01Edb, @"\\EX02\E$\DB01.edb", recurse: false),
            "The network path was not found.");
    }

    [Fact]
    public void Copy_item_of_a_folder_without_recurse_copies_only_the_folder()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Folder, @"E:\Empty", recurse: false));
        _lab.Mutate(x => FileWork.Copy(x, "EX01", Db01Folder, @"E:\Full", recurse: true));

        Assert.Empty(_lab.Read(x => FileWork.ChildItems(x, "EX01", @"E:\Empty")));
        Assert.Equal(4, _lab.Read(x => FileWork.ChildItems(x, "EX01", @"E:\Full")).Count);
    }

    [Fact]
    public void Rename_item_to_a_path_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.AssertFailsUnchanged(x => FileWork.Rename(x, "EX01", Db01Edb, @"E:\DTDB1.edb"),
            "Cannot rename the specified target, because it represents a path or device name.");
    }

    [Fact]
    public void Rename_item_onto_an_existing_name_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.AssertFailsUnchanged(x => FileWork.Rename(x, "EX01", Db01Edb, "E00.chk"),
            "Cannot create a file when that file already exists.");
    }

    [Fact]
    public void Rename_item_of_a_wildcard_matching_two_items_fails_as_powershell_does()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.AssertFailsUnchanged(x => FileWork.Rename(x, "EX01", Db01Folder + @"\E00*.log", "E09.log"),
            "Cannot rename item because the path resolved to multiple items. Only one item can be renamed at a time.");
    }

    [Fact]
    public void Rename_item_renames_a_database_file()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.Mutate(x => FileWork.Rename(x, "EX01", Db01Edb, "DTDB1.EDB"));

        Assert.True(_lab.Read(x => FileWork.TestPath(x, "EX01", Db01Folder + @"\DTDB1.edb")));
    }

    [Fact]
    public void Remove_item_of_a_folder_with_children_without_recurse_fails()
    {
        _lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        _lab.AssertFailsUnchanged(x => FileWork.Remove(x, "EX01", Db01Folder, recurse: false),
            "A command that prompts the user failed because the host program or the command type does not support user " +
            "interaction. The host was attempting to request confirmation with the following message: " +
            $"The item at {Db01Folder} has children and the Recurse parameter was not specified. " +
            "If you continue, all children will be removed with the item. Are you sure you want to continue?");
    }

    [Fact]
    public void New_item_directory_that_exists_fails_unless_forced()
    {
        _lab.AssertFailsUnchanged(x => FileWork.NewFolder(x, "EX01", @"C:\Program Files", force: false),
            @"An item with the specified name C:\Program Files already exists.");
        Assert.Equal(@"C:\Program Files", _lab.Mutate(x => FileWork.NewFolder(x, "EX01", @"C:\Program Files", force: true)).Path);
    }

    [Fact]
    public void New_item_directory_creates_missing_parents()
    {
        _lab.Mutate(x => FileWork.NewFolder(x, "EX02", @"E:\Databases\RDB1", force: false));

        Assert.True(_lab.Read(x => FileWork.TestPath(x, "EX02", @"E:\Databases")));
    }

    [Fact]
    public void Get_child_item_of_a_missing_folder_fails()
    {
        var error = Assert.Throws<LabException>(() => _lab.Read(x => FileWork.ChildItems(x, "EX01", @"E:\RDB1")));

        Assert.Equal(@"Cannot find path 'E:\RDB1' because it does not exist.", error.Message);
    }

    public void Dispose() => _lab.Dispose();
}
