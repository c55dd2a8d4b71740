using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Tests.CommandLine;

namespace DialTone.Exchange.Tests;

/// <summary>Where commands may run: server file work only inside Invoke-Command on one server, one command at a time.</summary>
public sealed class CommandScopeTests
{
    private static string InvokeError(string computers, params ExchangeCommand[] block)
    {
        var command = new ExchangeCommand("Invoke-Command")
            .With("ComputerName", new ArrayValue(computers.Split(',').Select(c => (ExchangeValue)c).ToEquatableArray()))
            .With("ScriptBlock", new ScriptBlockValue(new Pipeline(block.ToEquatableArray())));
        return CmdletCatalogue.Default.Bind(command).Error!.Message;
    }

    [Fact]
    public void A_file_command_outside_invoke_command_is_refused_with_the_form_to_use()
    {
        Assert.Equal(
            "Move-Item works on an Exchange server's own disks, so it runs only inside Invoke-Command -ComputerName <server> -ScriptBlock { Move-Item … }.",
            ErrorOf(@"Move-Item -Path D:\DialTone\* -Destination E:\RDB1"));
    }

    [Fact]
    public void An_exchange_cmdlet_inside_a_script_block_is_refused_naming_the_allowed_commands()
    {
        Assert.Equal(
            "Only Move-Item, Copy-Item, Rename-Item, Remove-Item, Get-ChildItem, Test-Path, New-Item, eseutil run inside Invoke-Command -ScriptBlock; "
                + "Mount-Database runs in the Exchange session itself: give it outside Invoke-Command.",
            InvokeError("EX01", new ExchangeCommand("Mount-Database").With("Identity", "DTDB1")));
    }

    [Fact]
    public void A_script_block_with_a_pipeline_of_two_commands_is_refused()
    {
        Assert.Equal(
            "The script block of Invoke-Command must hold exactly one command; it holds 2. Give each file operation its own Invoke-Command.",
            InvokeError("EX01", new ExchangeCommand("Get-ChildItem").With("Path", @"E:\RDB1"), new ExchangeCommand("Remove-Item")));
    }

    [Fact]
    public void Invoke_command_on_two_servers_is_refused()
    {
        Assert.Equal(
            "Invoke-Command runs server file work on one named Exchange server: give exactly one -ComputerName, "
                + "e.g. Invoke-Command -ComputerName EX01 -ScriptBlock { … }.",
            InvokeError("EX01,EX02", new ExchangeCommand("Get-ChildItem")));
    }

    [Fact]
    public void Invoke_command_without_a_computer_is_refused()
    {
        var command = new ExchangeCommand("Invoke-Command").With("ScriptBlock", new ScriptBlockValue(new ExchangeCommand("Get-ChildItem")));

        Assert.Equal("InvokeCommandNeedsOneComputer", CmdletCatalogue.Default.Bind(command).Error!.ErrorId);
    }

    [Fact]
    public void A_binding_error_inside_the_script_block_is_powershells()
    {
        Assert.Equal(
            "A parameter cannot be found that matches parameter name 'Destinaton'.",
            InvokeError("EX01", new ExchangeCommand("Move-Item").With("Path", @"D:\DialTone\*").With("Destinaton", @"E:\RDB1")));
    }
}
