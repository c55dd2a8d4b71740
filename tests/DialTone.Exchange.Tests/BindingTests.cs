using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Tests.CommandLine;

namespace DialTone.Exchange.Tests;

/// <summary>What binding accepts, and the canonical command it yields.</summary>
public sealed class BindingTests
{
    [Fact]
    public void Abbreviations_and_aliases_bind_to_the_full_parameter_names()
    {
        var bound = BindOrFail("Remove-MailboxDatabase -Ident RDB1 -cf:$false -ea Stop");

        Assert.Equal(
            new ExchangeCommand("Remove-MailboxDatabase").With("Identity", "RDB1").WithSwitch("Confirm", false).With("ErrorAction", "Stop"),
            bound.Command);
    }

    [Fact]
    public void An_abbreviation_shared_with_a_common_parameter_binds_to_the_cmdlets_own_parameter()
    {
        Assert.Equal("dc01.contoso.com", BindOrFail("Dismount-Database DB01 -D dc01.contoso.com")["DomainController"]!.ToDisplayString());
    }

    [Fact]
    public void The_first_positional_argument_binds_to_identity()
    {
        var bound = BindOrFail("Set-MailboxDatabase DTDB1 -AllowFileRestore $true");

        Assert.Equal(new ExchangeCommand("Set-MailboxDatabase").With("AllowFileRestore", true).With("Identity", "DTDB1"), bound.Command);
    }

    [Fact]
    public void Unlimited_text_binds_to_the_unlimited_value()
    {
        Assert.Equal(ExchangeValue.Unlimited, BindOrFail("Get-Mailbox -Database DB01 -ResultSize Unlimited")["ResultSize"]);
    }

    [Fact]
    public void A_number_binds_to_an_unlimited_limit_as_a_number()
    {
        Assert.Equal(new IntegerValue(10), BindOrFail("Set-MailboxRestoreRequest user0001\\MailboxRestore -BadItemLimit 10")["BadItemLimit"]);
    }

    [Fact]
    public void A_size_with_a_unit_binds_to_its_byte_count()
    {
        Assert.Equal(new ByteSizeValue(2UL << 30), BindOrFail("Set-MailboxDatabase DB01 -ProhibitSendQuota 2GB")["ProhibitSendQuota"]);
    }

    [Theory]
    [InlineData("007")]
    [InlineData("1kb")]
    [InlineData("+5")]
    [InlineData("10l")]
    [InlineData("\u20135")]
    public void A_number_binds_to_a_text_parameter_as_typed(string number)
    {
        Assert.Equal(new StringValue(number), BindOrFail($"New-MailboxDatabase -Name {number} -Server EX01")["Name"]);
        Assert.Equal(new StringValue(number), BindOrFail($"New-MailboxDatabase -Name:{number} -Server EX01")["Name"]);
        Assert.Equal(new StringValue(number), BindOrFail($"Mount-Database {number}")["Identity"]);
    }

    [Fact]
    public void A_number_typed_with_a_multiplier_binds_to_a_number_parameter_as_its_value()
    {
        Assert.Equal(new IntegerValue(1024), BindOrFail("Set-MailboxRestoreRequest user0001\\MailboxRestore -BadItemLimit 1kb")["BadItemLimit"]);
    }

    [Fact]
    public void Numbers_in_an_array_bind_as_their_values_because_powershell_keeps_the_typed_text_only_of_a_lone_number()
    {
        Assert.Equal(new ArrayValue(["7", "8"]), BindOrFail("Get-ChildItem -Path 007,008", insideScriptBlock: true)["Path"]);
    }

    [Fact]
    public void An_unambiguous_enumeration_prefix_binds_to_the_full_name()
    {
        var bound = BindOrFail("New-MailboxRestoreRequest -SourceDatabase RDB1 -SourceStoreMailbox g -TargetMailbox u -ConflictResolutionOption keepl");

        Assert.Equal(new StringValue("KeepLatestItem"), bound["ConflictResolutionOption"]);
    }

    [Fact]
    public void A_number_binds_to_a_powershell_enumeration_as_the_name_with_that_value()
    {
        Assert.Equal(new StringValue("Stop"), BindOrFail("Get-Mailbox -ErrorAction 1")["ErrorAction"]);
    }

    [Fact]
    public void A_single_value_for_an_array_parameter_becomes_an_array_of_one()
    {
        Assert.Equal(new ArrayValue(["EX01"]), BindInvoke("EX01")["ComputerName"]);
    }

    [Fact]
    public void Get_mailbox_without_parameters_uses_the_identity_set()
    {
        Assert.Equal("Identity", BindOrFail("Get-Mailbox").ParameterSetName);
    }

    [Fact]
    public void New_mailbox_database_with_recovery_uses_the_recovery_set()
    {
        Assert.Equal("Recovery", BindOrFail(@"New-MailboxDatabase -Recovery -Name RDB1 -Server EX01 -EdbFilePath E:\Databases\RDB1\DB1.EDB").ParameterSetName);
    }

    [Fact]
    public void A_pipeline_object_binds_to_identity_as_its_identity_so_the_command_holds_no_object()
    {
        var setMailbox = BindOrFail("Set-Mailbox -Database DTDB1", expectsPipelineInput: true);
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox, [new("Name", "user0001"), new("Identity", "contoso.com/Users/user0001")]);

        var perObject = setMailbox.BindPipelineObject(new ObjectValue(mailbox));

        Assert.True(perObject.Succeeded, perObject.Error?.Message);
        Assert.Equal(new StringValue("contoso.com/Users/user0001"), perObject.Command!["Identity"]);
    }

    [Fact]
    public void An_object_given_to_an_identity_parameter_of_its_kind_binds_as_its_identity()
    {
        var statistics = new ExchangeObject(ExchangeTypeNames.MailboxStatistics,
            [new("DisplayName", "User 1"), new("Identity", Guid.Parse("1d20855f-fd54-4681-98e6-e249f7326ddd"))]);
        var command = new ExchangeCommand("Update-StoreMailboxState").With("Database", "RDB1").With("Identity", new ObjectValue(statistics));

        var bound = CmdletCatalogue.Default.Bind(command).Command!;

        Assert.Equal(new StringValue("1d20855f-fd54-4681-98e6-e249f7326ddd"), bound["Identity"]);
    }

    [Fact]
    public void A_pipeline_object_of_another_kind_binds_by_its_identity_property()
    {
        var remove = BindOrFail("Remove-MailboxDatabase -Confirm:$false", expectsPipelineInput: true);
        var statistics = new ExchangeObject(ExchangeTypeNames.MailboxStatistics, [new("Identity", "RDB1")]);

        Assert.Equal(new StringValue("RDB1"), remove.BindPipelineObject(new ObjectValue(statistics)).Command!["Identity"]);
    }

    [Fact]
    public void A_pipeline_object_cannot_bind_when_identity_is_already_given()
    {
        var setMailbox = BindOrFail("Set-Mailbox -Identity user0002 -Database DTDB1", expectsPipelineInput: true);
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox, [new("Name", "user0001")]);

        var error = setMailbox.BindPipelineObject(new ObjectValue(mailbox)).Error!;

        Assert.Equal(
            "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the "
                + "input and its properties do not match any of the parameters that take pipeline input.",
            error.Message);
        Assert.Equal("user0001", error.TargetObject);
    }

    [Fact]
    public void A_pipeline_object_cannot_bind_to_a_cmdlet_without_identity()
    {
        var restore = BindOrFail("New-MailboxRestoreRequest -SourceDatabase RDB1 -SourceStoreMailbox g -TargetMailbox u", expectsPipelineInput: true);

        Assert.Equal("InputObjectNotBound", restore.BindPipelineObject("user0001").Error!.ErrorId);
    }

    [Fact]
    public void A_command_after_a_pipe_waits_for_identity_from_the_pipeline()
    {
        var bound = BindOrFail("Set-Mailbox -Database DTDB1", expectsPipelineInput: true);

        Assert.False(bound.Has("Identity"));
    }

    [Fact]
    public void Null_for_a_switch_makes_it_present_so_confirm_null_asks_for_confirmation()
    {
        Assert.True(BindOrFail("Remove-MailboxDatabase RDB1 -Confirm:$null").AsksForConfirmation);
    }

    [Fact]
    public void Remove_cmdlets_ask_for_confirmation_unless_confirm_is_false()
    {
        Assert.True(BindOrFail("Remove-MailboxDatabase RDB1").AsksForConfirmation);
        Assert.False(BindOrFail("Remove-MailboxDatabase RDB1 -Confirm:$false").AsksForConfirmation);
    }

    [Fact]
    public void A_set_cmdlet_asks_for_confirmation_only_when_confirm_is_given()
    {
        Assert.False(BindOrFail("Set-Mailbox user0001 -Database DTDB1").AsksForConfirmation);
        Assert.True(BindOrFail("Set-Mailbox user0001 -Database DTDB1 -Confirm").AsksForConfirmation);
    }

    [Fact]
    public void Get_cmdlets_do_not_mutate_and_set_cmdlets_do()
    {
        Assert.False(BindOrFail("Get-MailboxDatabase -Status").Mutates);
        Assert.True(BindOrFail("Set-Mailbox user0001 -Database DTDB1").Mutates);
    }

    [Fact]
    public void Eseutil_header_dump_reads_and_soft_recovery_writes()
    {
        Assert.False(BindEseutil(@"/mh", @"E:\RDB1\DB1.edb").Mutates);
        Assert.True(BindEseutil("/r", "E00", "/l", @"E:\RDB1", "/d", @"E:\RDB1").Mutates);
    }

    [Fact]
    public void Eseutil_options_from_the_command_line_bind_like_named_options()
    {
        var fromWords = BindEseutil("/R", "E00", "/l", @"E:\RDB1", "/d", @"E:\RDB1", "/i");
        var fromCode = CmdletCatalogue.Default.Bind(new ExchangeCommand("eseutil")
            .With("r", "E00").With("l", @"E:\RDB1").With("d", @"E:\RDB1").WithSwitch("i"), insideScriptBlock: true).Command!;

        Assert.Equal(fromCode.Command, fromWords.Command);
    }

    [Fact]
    public void Invoke_command_binds_its_script_block_command_too()
    {
        var bound = BindInvoke("EX01", new ExchangeCommand("Copy-Item").With("Path", @"E:\RDB1\*").With("Destination", @"\\EX02\E$\RDB1"));

        Assert.Equal("ComputerName", bound.ParameterSetName);
        Assert.Equal(new ArrayValue([@"E:\RDB1\*"]), bound.ScriptBlockCommand!["Path"]);
        Assert.True(bound.Mutates);
    }

    [Fact]
    public void Invoke_command_takes_computer_and_script_block_by_position()
    {
        var block = new ScriptBlockValue(new ExchangeCommand("Test-Path").With("Path", @"E:\RDB1\DB1.edb"));
        var bound = CmdletCatalogue.Default.Bind("Invoke-Command", [new PositionalArgument("EX01"), new PositionalArgument(block)]).Command!;

        Assert.False(bound.Mutates);
        Assert.Equal(new ArrayValue(["EX01"]), bound["ComputerName"]);
    }

    [Fact]
    public void Invoke_command_binds_to_one_canonical_command_however_its_script_block_is_written()
    {
        var full = BindInvoke("EX01", new ExchangeCommand("Copy-Item").With("Path", @"E:\RDB1\*").With("Destination", @"\\EX02\E$\RDB1"));
        var abbreviated = BindInvoke("EX01", new ExchangeCommand("Copy-Item").With("Pat", @"E:\RDB1\*").With("Dest", @"\\EX02\E$\RDB1"));

        Assert.Equal(full.Command, abbreviated.Command);
        Assert.Equal(new ScriptBlockValue(full.ScriptBlockCommand!.Command), full["ScriptBlock"]);
    }

    private static BoundCommand BindInvoke(string computer, ExchangeCommand? inner = null)
    {
        var command = new ExchangeCommand("Invoke-Command").With("ComputerName", computer)
            .With("ScriptBlock", new ScriptBlockValue(inner ?? new ExchangeCommand("Get-ChildItem").With("Path", @"E:\RDB1")));
        var result = CmdletCatalogue.Default.Bind(command);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Command!;
    }

    private static BoundCommand BindEseutil(params string[] words) => BindOrFail("eseutil " + string.Join(' ', words), insideScriptBlock: true);
}
