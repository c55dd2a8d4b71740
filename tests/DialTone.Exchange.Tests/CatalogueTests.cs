using System.Text.RegularExpressions;
using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Types;

namespace DialTone.Exchange.Tests;

/// <summary>The catalogue holds every command the lab issues name, with the reference's facts.</summary>
public sealed class CatalogueTests
{
    private static readonly string[] LabCommands =
    [
        "Get-ExchangeServer", "Get-MailboxDatabase", "New-MailboxDatabase", "Set-MailboxDatabase", "Remove-MailboxDatabase",
        "Mount-Database", "Dismount-Database", "Move-DatabasePath", "Get-Mailbox", "Set-Mailbox", "Get-MailboxStatistics",
        "Update-StoreMailboxState", "New-MailboxRestoreRequest", "Get-MailboxRestoreRequest", "Set-MailboxRestoreRequest",
        "Suspend-MailboxRestoreRequest", "Resume-MailboxRestoreRequest", "Remove-MailboxRestoreRequest",
        "Get-MailboxRestoreRequestStatistics", "Invoke-Command", "Move-Item", "Copy-Item", "Rename-Item", "Remove-Item",
        "Get-ChildItem", "Test-Path", "New-Item", "eseutil", "Restore-LabBackup",
    ];

    [Fact]
    public void The_catalogue_declares_exactly_the_commands_the_lab_issues()
    {
        Assert.Equal(LabCommands.Order(), CmdletCatalogue.Default.All.Select(c => c.Name).Order());
    }

    [Fact]
    public void Every_documented_cmdlet_cites_its_own_reference_page_at_a_pinned_commit()
    {
        var documented = CmdletCatalogue.Default.All.Where(c => c.Syntax == CommandSyntax.Cmdlet && c.Scope != CommandScope.Lab);

        Assert.All(documented, cmdlet => Assert.Matches($@"\b{Regex.Escape(cmdlet.Name)}\.md @[0-9a-f]{{7}}\b", cmdlet.Reference));
    }

    [Fact]
    public void Server_is_mandatory_in_both_sets_of_new_mailbox_database()
    {
        var server = CmdletCatalogue.Default.Find("New-MailboxDatabase")!.FindParameter("Server")!;

        Assert.True(server.In("NonRecovery")!.IsMandatory && server.In("Recovery")!.IsMandatory);
    }

    [Fact]
    public void Allow_file_restore_is_a_boolean_not_a_switch()
    {
        Assert.Same(ParameterTypes.Boolean, CmdletCatalogue.Default.Find("Set-MailboxDatabase")!.FindParameter("AllowFileRestore")!.Type);
    }

    [Fact]
    public void The_restore_request_target_is_a_mailbox_location_identity()
    {
        Assert.Same(ParameterTypes.MailboxLocationId, CmdletCatalogue.Default.Find("New-MailboxRestoreRequest")!.FindParameter("TargetMailbox")!.Type);
    }

    [Fact]
    public void Confirm_and_what_if_exist_only_on_cmdlets_that_support_should_process()
    {
        Assert.NotNull(CmdletCatalogue.Default.Find("Mount-Database")!.FindParameter("cf"));
        Assert.Null(CmdletCatalogue.Default.Find("Get-Mailbox")!.FindParameter("Confirm"));
    }

    [Fact]
    public void Native_commands_have_no_common_parameters()
    {
        Assert.Null(CmdletCatalogue.Default.Find("eseutil")!.FindParameter("ErrorAction"));
    }

    [Fact]
    public void Commands_that_ask_for_confirmation_are_those_the_reference_says_pause()
    {
        var confirming = CmdletCatalogue.Default.All.Where(c => c.ConfirmsByDefault).Select(c => c.Name).Order();

        Assert.Equal(
            ["Dismount-Database", "Move-DatabasePath", "Remove-MailboxDatabase", "Remove-MailboxRestoreRequest", "Suspend-MailboxRestoreRequest", "Update-StoreMailboxState"],
            confirming);
    }

    [Fact]
    public void Only_the_reading_commands_do_not_mutate()
    {
        var reading = CmdletCatalogue.Default.All.Where(c => !c.Mutates).Select(c => c.Name).Order();

        Assert.Equal(
            ["Get-ChildItem", "Get-ExchangeServer", "Get-Mailbox", "Get-MailboxDatabase", "Get-MailboxRestoreRequest",
             "Get-MailboxRestoreRequestStatistics", "Get-MailboxStatistics", "Test-Path"],
            reading);
    }
}
