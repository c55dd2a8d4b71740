using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Catalogue.Binding;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Values;
using static DialTone.Exchange.Tests.CommandLine;

namespace DialTone.Exchange.Tests;

/// <summary>Each way binding fails, with Windows PowerShell 5.1's words (ParameterBinderStrings, ExtendedTypeSystem).</summary>
public sealed class BindingErrorTests
{
    [Fact]
    public void Unknown_parameter_is_named_as_typed()
    {
        Assert.Equal(
            "A parameter cannot be found that matches parameter name 'Databse'.",
            ErrorOf("Set-Mailbox -Identity user0001 -Databse DTDB1"));
    }

    [Fact]
    public void Unknown_parameter_error_carries_powershell_category_and_id()
    {
        var error = Bind("Set-Mailbox -Identity user0001 -Databse DTDB1").Error!;

        Assert.Equal(ErrorCategory.InvalidArgument, error.Category);
        Assert.Equal("NamedParameterNotFound", error.ErrorId);
        Assert.Equal("ParameterBindingException", error.Reason);
    }

    [Fact]
    public void Microsofts_step_2_without_server_misses_the_mandatory_server_in_a_non_interactive_session()
    {
        Assert.Equal(
            "Cannot process command because of one or more missing mandatory parameters: Server.",
            ErrorOf(@"New-MailboxDatabase -Name DTDB1 -EdbFilePath D:\DialTone\DTDB1.EDB"));
    }

    [Fact]
    public void Several_missing_mandatory_parameters_are_listed_in_declaration_order()
    {
        Assert.Equal(
            "Cannot process command because of one or more missing mandatory parameters: SourceDatabase SourceStoreMailbox TargetMailbox.",
            ErrorOf("New-MailboxRestoreRequest -BatchName Merge"));
    }

    [Fact]
    public void Parameters_of_two_different_sets_cannot_be_resolved_to_one_set()
    {
        Assert.Equal(
            "Parameter set cannot be resolved using the specified named parameters.",
            ErrorOf("Get-Mailbox -Database DB01 -Server EX01"));
    }

    [Fact]
    public void A_recovery_database_takes_no_non_recovery_parameters()
    {
        Assert.Equal(
            "Parameter set cannot be resolved using the specified named parameters.",
            ErrorOf("New-MailboxDatabase -Recovery -Name RDB1 -Server EX01 -IsExcludedFromProvisioning $true"));
    }

    [Fact]
    public void An_ambiguous_abbreviation_lists_every_match_with_its_dash()
    {
        Assert.Equal(
            "Parameter cannot be processed because the parameter name 'A' is ambiguous. Possible matches include: -Anr -Arbitration -Archive -AuditLog -AuxAuditLog -AsJob.",
            ErrorOf("Get-Mailbox -A"));
    }

    [Fact]
    public void An_abbreviation_is_ambiguous_with_the_as_job_switch_every_exchange_management_shell_proxy_adds()
    {
        Assert.Equal(
            "Parameter cannot be processed because the parameter name 'A' is ambiguous. Possible matches include: -AcceptDataLoss -AsJob.",
            ErrorOf("Mount-Database -A DTDB1"));
    }

    [Fact]
    public void A_number_outside_a_powershell_enumeration_is_refused_with_powershells_words()
    {
        Assert.Equal(
            "Cannot bind parameter 'ErrorAction'. Cannot convert value \"9\" to type \"System.Management.Automation.ActionPreference\" due to "
                + "enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration "
                + "values are \"SilentlyContinue,Stop,Continue,Inquire,Ignore,Suspend\".",
            ErrorOf("Get-Mailbox -ErrorAction 9"));
    }

    [Fact]
    public void A_number_for_an_exchange_enumeration_is_refused_because_its_values_are_not_published()
    {
        Assert.Equal(
            "-Priority was given the number 4, but the numeric values of Microsoft.Exchange.MailboxReplicationService.RequestPriority are not "
                + "published, so DialTone cannot tell which it means. Give one of the names: Lowest, Lower, Low, Normal, High, Higher, Highest, Emergency.",
            ErrorOf("New-MailboxRestoreRequest -SourceDatabase RDB1 -SourceStoreMailbox x -TargetMailbox y -Priority 4"));
    }

    [Fact]
    public void An_abbreviation_matching_only_common_parameters_is_ambiguous()
    {
        Assert.Equal(
            "Parameter cannot be processed because the parameter name 'W' is ambiguous. Possible matches include: -WarningAction -WarningVariable -WhatIf.",
            ErrorOf("Mount-Database DTDB1 -W"));
    }

    [Fact]
    public void Passing_the_mailbox_object_as_target_fails_argument_transformation_as_reported_on_exchange_2019()
    {
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox, [new("Name", "New User"), new("Alias", "newuser")]);
        var command = new ExchangeCommand("New-MailboxRestoreRequest")
            .With("SourceStoreMailbox", Guid.Parse("1d20855f-fd54-4681-98e6-e249f7326ddd"))
            .With("SourceDatabase", "RDB1")
            .With("TargetMailbox", new ObjectValue(mailbox));

        var error = CmdletCatalogue.Default.Bind(command).Error!;

        Assert.Equal(
            "Cannot process argument transformation on parameter 'TargetMailbox'. Cannot convert the \"New User\" value of type "
                + "\"Microsoft.Exchange.Data.Directory.Management.Mailbox\" to type \"Microsoft.Exchange.Configuration.Tasks.MailboxLocationIdParameter\".",
            error.Message);
        Assert.Equal((ErrorCategory.InvalidData, "ParameterArgumentTransformationError"), (error.Category, error.ErrorId));
    }

    [Fact]
    public void Passing_a_guid_object_as_target_fails_argument_transformation_too()
    {
        var command = new ExchangeCommand("New-MailboxRestoreRequest")
            .With("SourceStoreMailbox", "user0001").With("SourceDatabase", "RDB1")
            .With("TargetMailbox", Guid.Parse("3be24c07-6f3d-4f90-b506-c69508776ade"));

        Assert.Equal(
            "Cannot process argument transformation on parameter 'TargetMailbox'. Cannot convert the \"3be24c07-6f3d-4f90-b506-c69508776ade\" "
                + "value of type \"System.Guid\" to type \"Microsoft.Exchange.Configuration.Tasks.MailboxLocationIdParameter\".",
            CmdletCatalogue.Default.Bind(command).Error!.Message);
    }

    [Fact]
    public void An_object_for_a_parameter_that_takes_any_value_is_refused_because_a_command_holds_values_only()
    {
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox, [new("Name", "user0001")]);
        var command = new ExchangeCommand("Invoke-Command").With("ComputerName", "EX01")
            .With("ScriptBlock", new ScriptBlockValue(new ExchangeCommand("Test-Path").With("Path", @"E:\RDB1")))
            .With("ArgumentList", new ArrayValue(["a", new ObjectValue(mailbox)]));

        var error = CmdletCatalogue.Default.Bind(command).Error!;

        Assert.Equal(
            "-ArgumentList would take the object 'user0001' itself, which a DialTone command cannot carry (commands are data, sent to Exchange "
                + "as text). Give the object's identity or one of its properties instead, e.g. $_.Identity.",
            error.Message);
        Assert.Equal("ObjectArgumentNotSupported", error.ErrorId);
    }

    [Fact]
    public void A_script_block_for_a_parameter_that_is_not_a_script_block_is_refused_rather_than_turned_into_text()
    {
        var command = new ExchangeCommand("New-MailboxDatabase").With("Name", new ScriptBlockValue(new ExchangeCommand("Test-Path").With("Path", @"E:\x")))
            .With("Server", "EX01");

        Assert.Equal(
            "-Name was given a script block { … }; a DialTone command holds a script block only as Invoke-Command -ScriptBlock. Give -Name its value in quotes.",
            CmdletCatalogue.Default.Bind(command).Error!.Message);
    }

    [Fact]
    public void A_positional_script_block_nothing_can_take_is_refused_as_a_script_block()
    {
        var command = CmdletCatalogue.Default.Bind("Mount-Database",
            [new PositionalArgument(new ScriptBlockValue(new ExchangeCommand("Test-Path").With("Path", @"E:\x")))]);

        Assert.Equal("ScriptBlockArgumentNotSupported", command.Error!.ErrorId);
    }

    [Fact]
    public void A_string_for_a_boolean_parameter_cannot_be_converted_and_powershell_keeps_a_trailing_space()
    {
        Assert.Equal(
            "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'AllowFileRestore'. ",
            ErrorOf("Set-MailboxDatabase DTDB1 -AllowFileRestore yes"));
    }

    [Fact]
    public void Text_that_is_not_a_number_fails_integer_conversion_with_the_format_error()
    {
        Assert.Equal(
            "Cannot bind parameter 'OutBuffer'. Cannot convert value \"many\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"",
            ErrorOf("Get-Mailbox -OutBuffer many"));
    }

    [Fact]
    public void A_number_out_of_range_fails_with_the_overflow_error()
    {
        Assert.Equal(
            "Cannot bind parameter 'OutBuffer'. Cannot convert value \"3000000000\" to type \"System.Int32\". Error: \"Value was either too large or too small for an Int32.\"",
            ErrorOf("Get-Mailbox -OutBuffer 3000000000"));
    }

    [Fact]
    public void Text_that_is_neither_unlimited_nor_a_number_fails_naming_the_unlimited_type()
    {
        Assert.Equal(
            "Cannot bind parameter 'ResultSize'. Cannot convert value \"all\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\". "
                + "Error: \"Input string was not in a correct format.\"",
            ErrorOf("Get-Mailbox -ResultSize all"));
    }

    [Fact]
    public void An_unknown_enumeration_name_lists_the_valid_names()
    {
        Assert.Equal(
            "Cannot bind parameter 'Status'. Cannot convert value \"Done\" to type \"Microsoft.Exchange.Data.Directory.Recipient.RequestStatus\". "
                + "Error: \"Unable to match the identifier name Done to a valid enumerator name. Specify one of the following enumerator names and try again:\r\n"
                + "None, Queued, InProgress, AutoSuspended, CompletionInProgress, Completed, CompletedWithWarning, Suspended, Failed, Synced, Retrying\"",
            ErrorOf("Get-MailboxRestoreRequest -Status Done"));
    }

    [Fact]
    public void An_ambiguous_enumeration_prefix_lists_the_names_it_matches()
    {
        Assert.Equal(
            "Cannot bind parameter 'ConflictResolutionOption'. Cannot convert value \"Keep\" to type "
                + "\"Microsoft.Exchange.MailboxReplicationService.ConflictResolutionOption\". Error: \"The identifier name Keep cannot be processed "
                + "because it is either too similar or identical to the following enumerator names: KeepSourceItem, KeepLatestItem, KeepAll, "
                + "KeepTargetItem. Use a more specific identifier name.\"",
            ErrorOf("New-MailboxRestoreRequest -SourceDatabase RDB1 -SourceStoreMailbox x -TargetMailbox y -ConflictResolutionOption Keep"));
    }

    [Fact]
    public void An_array_for_a_single_value_parameter_cannot_be_converted()
    {
        var command = new ExchangeCommand("Mount-Database").With("Identity", new ArrayValue(["DB01", "DB02"]));

        Assert.Equal(
            "Cannot convert 'System.Object[]' to the type 'Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter' required by parameter 'Identity'. Specified method is not supported.",
            CmdletCatalogue.Default.Bind(command).Error!.Message);
    }

    [Fact]
    public void A_string_for_a_script_block_cannot_be_converted()
    {
        Assert.Equal(
            "Cannot bind parameter 'ScriptBlock'. Cannot convert the \"Move-Item\" value of type \"System.String\" to type \"System.Management.Automation.ScriptBlock\".",
            ErrorOf("Invoke-Command -ComputerName EX01 -ScriptBlock Move-Item"));
    }

    [Fact]
    public void A_parameter_without_its_argument_names_the_type_it_needs()
    {
        Assert.Equal(
            "Missing an argument for parameter 'Server'. Specify a parameter of type 'Microsoft.Exchange.Configuration.Tasks.ServerIdParameter' and try again.",
            ErrorOf("New-MailboxDatabase -Name DTDB1 -Server"));
    }

    [Fact]
    public void A_parameter_followed_by_another_parameter_has_no_argument()
    {
        Assert.Equal(
            "Missing an argument for parameter 'Database'. Specify a parameter of type 'Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter' and try again.",
            ErrorOf("Set-Mailbox user0001 -Database -Confirm:$false"));
    }

    [Fact]
    public void A_leftover_positional_argument_is_reported()
    {
        Assert.Equal("A positional parameter cannot be found that accepts argument 'DB02'.", ErrorOf("Mount-Database DB01 DB02"));
    }

    [Fact]
    public void A_parameter_given_twice_is_refused()
    {
        Assert.Equal(
            "Cannot bind parameter because parameter 'Identity' is specified more than once. To provide multiple values to parameters that can "
                + "accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
            ErrorOf("Mount-Database -Identity DB01 -Identity DB02"));
    }

    [Fact]
    public void Null_for_a_mandatory_parameter_is_refused()
    {
        Assert.Equal("Cannot bind argument to parameter 'Identity' because it is null.", ErrorOf("Mount-Database -Identity $null"));
    }

    [Fact]
    public void An_empty_string_for_a_mandatory_string_parameter_is_refused()
    {
        var command = new ExchangeCommand("New-MailboxDatabase").With("Name", "").With("Server", "EX01");

        Assert.Equal(
            "Cannot bind argument to parameter 'Name' because it is an empty string.",
            CmdletCatalogue.Default.Bind(command).Error!.Message);
    }

    [Fact]
    public void Null_for_a_boolean_parameter_is_refused_even_when_it_is_optional()
    {
        var error = Bind("Set-MailboxDatabase DB01 -AllowFileRestore $null").Error!;

        Assert.Equal("Cannot bind argument to parameter 'AllowFileRestore' because it is null.", error.Message);
        Assert.Equal((ErrorCategory.InvalidArgument, "ParameterArgumentValidationErrorNullNotAllowed", "ParameterBindingException"),
            (error.Category, error.ErrorId, error.Reason));
    }

    [Theory]
    [InlineData("Remove-Item -Path @() -Recurse", "Cannot bind argument to parameter 'Path' because it is an empty array.")]
    [InlineData("Remove-Item -Path '' -Recurse", "Cannot bind argument to parameter 'Path' because it is an empty string.")]
    [InlineData("Remove-Item -Path E:\\RDB1,'' -Recurse", "Cannot bind argument to parameter 'Path' because it is an empty string.")]
    [InlineData("Remove-Item -Path E:\\RDB1,$null -Recurse", "Cannot bind argument to parameter 'Path' because it is null.")]
    public void A_mandatory_array_parameter_refuses_an_empty_array_and_empty_or_null_elements(string line, string message)
    {
        Assert.Equal(message, ErrorOf(line, insideScriptBlock: true));
    }

    [Theory]
    [InlineData("''")]
    [InlineData("'   '")]
    public void A_blank_identity_is_refused_when_converted(string identity)
    {
        Assert.Equal(
            "Cannot process argument transformation on parameter 'Identity'. Parameter values of type "
                + "Microsoft.Exchange.Configuration.Tasks.DatabaseIdParameter can't be empty. Specify a value, and try again.",
            ErrorOf("Mount-Database " + identity));
    }

    [Fact]
    public void Null_piped_into_a_command_is_refused_as_a_null_identity()
    {
        var setMailbox = BindOrFail("Set-Mailbox -Database DTDB1", expectsPipelineInput: true);

        Assert.Equal("Cannot bind argument to parameter 'Identity' because it is null.", setMailbox.BindPipelineObject(ExchangeValue.Null).Error!.Message);
    }

    [Fact]
    public void An_unknown_command_is_not_recognized()
    {
        Assert.Equal(
            "The term 'New-MaiboxRestoreRequest' is not recognized as the name of a cmdlet, function, script file, or operable program. "
                + "Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
            ErrorOf("New-MaiboxRestoreRequest -SourceDatabase MBD01"));
    }

    [Fact]
    public void An_unknown_parameter_is_reported_before_a_missing_mandatory_one()
    {
        Assert.Equal("A parameter cannot be found that matches parameter name 'Nmae'.", ErrorOf("New-MailboxDatabase -Nmae DTDB1"));
    }
}
