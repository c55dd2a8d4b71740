using DialTone.Exchange.Catalogue;
using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;
using DialTone.Exchange.Scripting;
using DialTone.Exchange.Scripting.Parsing;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>
/// How the lab shell runs statements against any IExchangeShell (a recording double here; the procedure tests run
/// the real lab): what it sends, in how many round trips, and how it reports what fails.
/// </summary>
public sealed class ScriptSessionTests
{
    private const string TransformationError = "Cannot process argument transformation on parameter 'TargetMailbox'. Cannot convert the \"{0}\" "
        + "value of type \"{1}\" to type \"Microsoft.Exchange.Configuration.Tasks.MailboxLocationIdParameter\".";

    private static ScriptedShell WithMailboxes(params ObjectValue[] mailboxes) => new()
    {
        Answer = pipeline => pipeline.Commands[0].Cmdlet == "Get-Mailbox" && pipeline.Commands.Count == 1 ? PipelineResult.Of(mailboxes) : PipelineResult.Of(),
    };

    private static ExchangeCommand Canonical(ExchangeCommand command, bool expectsPipelineInput = false) =>
        CmdletCatalogue.Default.Bind(command, expectsPipelineInput).Command!.Command;

    [Fact]
    public async Task The_documented_rehome_runs_as_one_pipeline_in_one_round_trip()
    {
        var shell = new ScriptedShell();

        var result = await shell.RunAsync("Get-Mailbox -Database DB1 -ResultSize Unlimited | Set-Mailbox -Database DTDB1");

        Assert.Equal((1, true), (result.RoundTrips, result.Succeeded));
        Assert.Equal(
            Batch.Of(new Pipeline(
            [
                Canonical(new ExchangeCommand("Get-Mailbox").With("Database", "DB1").With("ResultSize", ExchangeValue.Unlimited)),
                Canonical(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1"), expectsPipelineInput: true),
            ])),
            Assert.Single(shell.Batches));
    }

    [Fact]
    public async Task An_assignment_keeps_the_output_in_the_variable_and_outputs_nothing()
    {
        var mailboxes = ScriptedShell.Mailboxes(3);
        var shell = WithMailboxes(mailboxes);

        var result = await shell.RunAsync("$mailboxes = Get-Mailbox -Database DTDB1");

        Assert.Empty(result.Objects);
        Assert.Equal(new ArrayValue([.. mailboxes]), shell.Session.Variables["MAILBOXES"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task An_assignment_of_no_object_keeps_null_and_of_one_keeps_the_object_itself(int count)
    {
        var mailboxes = ScriptedShell.Mailboxes(count);
        var shell = WithMailboxes(mailboxes);

        await shell.RunAsync("$m = Get-Mailbox");

        Assert.Equal(count == 0 ? ExchangeValue.Null : mailboxes[0], shell.Session.Variables["m"]);
    }

    [Fact]
    public async Task ForEach_over_a_variable_sends_one_batch_of_one_command_per_object_whatever_their_number()
    {
        var mailboxes = ScriptedShell.Mailboxes(500);
        var shell = WithMailboxes(mailboxes);

        var result = await shell.RunAsync("$mailboxes = Get-Mailbox -Database DTDB1\n"
            + "$mailboxes | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -SourceDatabase RDB1 -TargetMailbox $_.ExchangeGuid.ToString() }");

        Assert.Equal((1, true), (result.RoundTrips, result.Succeeded));
        var merge = shell.Batches[1];
        Assert.Equal(500, merge.Pipelines.Count);
        Assert.Equal(
            Canonical(new ExchangeCommand("New-MailboxRestoreRequest").With("SourceStoreMailbox", Guid.Parse("00000000-0000-0000-0000-000000000007"))
                .With("SourceDatabase", "RDB1").With("TargetMailbox", "00000000-0000-0000-0000-000000000007")),
            Assert.Single(merge.Pipelines[6].Commands));
    }

    [Fact]
    public async Task Microsofts_step_13_as_published_fails_for_every_mailbox_with_the_argument_transformation_error_and_sends_nothing()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(2));

        var result = await shell.RunAsync("$mailboxes = Get-Mailbox -Database DTDB1\n"
            + "$mailboxes | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -SourceDatabase RDB1 -TargetMailbox $_ }");

        Assert.Equal(
            [string.Format(TransformationError, "user0001", ExchangeTypeNames.Mailbox), string.Format(TransformationError, "user0002", ExchangeTypeNames.Mailbox)],
            result.Errors.Select(e => e.Error.Message));
        Assert.All(result.Errors, e => Assert.Equal("New-MailboxRestoreRequest", e.Command));
        Assert.Single(shell.Batches);
    }

    [Fact]
    public async Task A_guid_object_as_the_target_mailbox_fails_the_same_way_so_the_guid_is_given_as_text()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(1));

        var result = await shell.RunAsync("Get-Mailbox | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -SourceDatabase RDB1 -TargetMailbox $_.ExchangeGuid }");

        Assert.Equal(string.Format(TransformationError, "00000000-0000-0000-0000-000000000001", "System.Guid"), Assert.Single(result.Errors).Error.Message);
    }

    [Fact]
    public async Task Objects_piped_from_a_variable_into_a_cmdlet_each_bind_to_identity_in_one_batch()
    {
        var mailboxes = ScriptedShell.Mailboxes(3);
        var shell = WithMailboxes(mailboxes);

        var result = await shell.RunAsync("$m = Get-Mailbox\n$m | Set-Mailbox -Database DTDB1");

        Assert.Equal(1, result.RoundTrips);
        Assert.Equal(
            mailboxes.Select(mailbox => new Pipeline([Canonical(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1").With("Identity", mailbox))])),
            shell.Batches[1].Pipelines);
    }

    [Fact]
    public async Task Objects_piped_from_a_variable_are_sent_as_their_identities_never_as_objects()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(2));

        await shell.RunAsync("$m = Get-Mailbox\n$m | Set-Mailbox -Database DTDB1");

        Assert.Equal(
            [new StringValue("contoso.com/Users/user0001"), new StringValue("contoso.com/Users/user0002")],
            shell.Batches[1].Pipelines.Select(p => Assert.Single(p.Commands)["Identity"]));
    }

    [Fact]
    public async Task A_script_block_as_the_name_of_a_database_is_refused()
    {
        var shell = new ScriptedShell();

        var result = await shell.RunAsync(@"New-MailboxDatabase -Name { Test-Path E:\x } -Server EX01");

        Assert.Equal("ScriptBlockArgumentNotSupported", Assert.Single(result.Errors).Error.ErrorId);
        Assert.Empty(shell.Batches);
    }

    [Fact]
    public async Task A_binding_error_stops_the_statement_before_anything_is_sent()
    {
        var shell = new ScriptedShell();

        var result = await shell.RunAsync("Get-Mailbox -Database DB1 | Set-Mailbox -Databse DTDB1");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("A parameter cannot be found that matches parameter name 'Databse'.", "Set-Mailbox"), (error.Error.Message, error.Command));
        Assert.Empty(shell.Batches);
    }

    [Fact]
    public async Task An_object_whose_command_fails_to_bind_is_an_error_and_the_other_objects_still_run()
    {
        var mailboxes = ScriptedShell.Mailboxes(3);
        var withAlias = mailboxes.Select((m, i) => i == 1 ? m : new ObjectValue(m.Object.With("Alias", m.Object["Name"]!))).ToArray();
        var shell = WithMailboxes(withAlias);

        var result = await shell.RunAsync("Get-Mailbox | %{ New-MailboxRestoreRequest -SourceStoreMailbox $_.ExchangeGuid -SourceDatabase RDB1 -TargetMailbox $_.Alias }");

        Assert.Equal("Cannot bind argument to parameter 'TargetMailbox' because it is null.", Assert.Single(result.Errors).Error.Message);
        Assert.Equal(2, shell.Batches[1].Pipelines.Count);
    }

    [Fact]
    public async Task Invoke_command_sends_its_script_block_command_bound_where_it_runs()
    {
        var shell = new ScriptedShell();

        await shell.RunAsync(@"Invoke-Command -ComputerName EX01 -ScriptBlock { Copy-Item E:\RDB1\* \\EX02\E$\RDB1 }");

        var named = new ExchangeCommand("Invoke-Command").With("ComputerName", "EX01").With("ScriptBlock",
            new ScriptBlockValue(new ExchangeCommand("Copy-Item").With("Path", @"E:\RDB1\*").With("Destination", @"\\EX02\E$\RDB1")));
        Assert.Equal(Canonical(named), Assert.Single(Assert.Single(Assert.Single(shell.Batches).Pipelines).Commands));
    }

    [Fact]
    public async Task Built_in_aliases_of_catalogued_commands_resolve_as_in_powershell()
    {
        var shell = new ScriptedShell();

        await shell.RunAsync(@"icm EX01 { eseutil /mh E:\RDB1\DB1.edb }");

        var named = new ExchangeCommand("Invoke-Command").With("ComputerName", "EX01")
            .With("ScriptBlock", new ScriptBlockValue(new ExchangeCommand("eseutil").With("mh", @"E:\RDB1\DB1.edb")));
        Assert.Equal(Canonical(named), Assert.Single(Assert.Single(Assert.Single(shell.Batches).Pipelines).Commands));
    }

    [Fact]
    public async Task A_script_block_of_two_statements_fails_as_the_catalogue_requires_one_command()
    {
        var result = await new ScriptedShell().RunAsync(@"Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item E:\a; Remove-Item E:\b }");

        Assert.Equal(CommandModelErrors.ScriptBlockNeedsOneCommand(2), Assert.Single(result.Errors).Error);
    }

    [Fact]
    public async Task A_variable_never_assigned_fails_as_it_does_under_strict_mode()
    {
        var result = await new ScriptedShell().RunAsync("$mailbox | Set-Mailbox -Database DTDB1");

        Assert.Equal("The variable '$mailbox' cannot be retrieved because it has not been set.", Assert.Single(result.Errors).Error.Message);
    }

    [Fact]
    public async Task Null_piped_to_foreach_runs_its_body_once_as_in_powershell()
    {
        var shell = WithMailboxes();

        var result = await shell.RunAsync("$none = Get-Mailbox -Database DB02\n$none | %{ Mount-Database $_ }");

        Assert.Equal("Cannot bind argument to parameter 'Identity' because it is null.", Assert.Single(result.Errors).Error.Message);
    }

    [Fact]
    public async Task Errors_and_warnings_of_the_shell_are_reported_naming_the_command_of_a_one_command_pipeline()
    {
        var refused = new ExchangeError(ErrorCategory.InvalidOperation, "Couldn't mount the database that you specified.", "MountFailed", "InvalidOperationException", "DTDB1");
        var shell = new ScriptedShell { Answer = _ => new PipelineResult([], ["Mounting took a while."], [refused]) };

        var result = await shell.RunAsync("Mount-Database DTDB1");

        Assert.Equal(new StatementError(refused, "Mount-Database"), Assert.Single(result.Errors));
        Assert.Equal(["Mounting took a while."], result.Warnings);
    }

    [Theory]
    [InlineData("Mount-Database DTDB1 -ErrorAction Stop", true)]
    [InlineData("Mount-Database DTDB1", false)]
    public async Task An_error_under_error_action_stop_ends_the_script_not_just_the_statement(string line, bool stopsScript)
    {
        var refused = new ExchangeError(ErrorCategory.InvalidOperation, "Couldn't mount the database that you specified.", "MountFailed", "InvalidOperationException");
        var shell = new ScriptedShell { Answer = _ => PipelineResult.Failed(refused) };

        var result = await shell.RunAsync(line);

        Assert.Equal(stopsScript, result.StopsScript);
    }

    [Fact]
    public async Task An_error_of_a_longer_pipeline_does_not_name_a_command_it_cannot_know()
    {
        var failed = new ExchangeError(ErrorCategory.ObjectNotFound, "Couldn't find database \"DB9\".", "NotFound", "ManagementObjectNotFoundException");
        var shell = new ScriptedShell { Answer = _ => PipelineResult.Failed(failed) };

        var result = await shell.RunAsync("Get-Mailbox -Database DB9 | Set-Mailbox -Database DTDB1");

        Assert.Equal(new StatementError(failed, null), Assert.Single(result.Errors));
    }

    [Fact]
    public async Task A_pipeline_through_foreach_takes_one_round_trip_per_segment()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(20));

        var result = await shell.RunAsync("Get-Mailbox -Database DB1 | %{ Set-Mailbox -Identity $_.ExchangeGuid.ToString() -Database DTDB1 }");

        Assert.Equal(2, result.RoundTrips);
        Assert.Equal(20, shell.Batches[1].Pipelines.Count);
    }

    [Fact]
    public async Task Assigning_to_null_discards_and_assigning_to_true_fails_as_powershell_does()
    {
        var shell = new ScriptedShell();

        Assert.True((await shell.RunAsync("$null = Get-Mailbox")).Succeeded);
        Assert.Equal("Cannot overwrite variable true because it is read-only or constant.", Assert.Single((await shell.RunAsync("$true = Get-Mailbox")).Errors).Error.Message);
    }

    [Fact]
    public async Task A_property_of_several_objects_is_refused_rather_than_enumerated()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(2));

        var result = await shell.RunAsync("$m = Get-Mailbox\nSet-Mailbox -Identity $m.Name -Database DTDB1");

        Assert.Equal(
            $"The property .Name of an array (member enumeration) is not supported by the lab shell. {NotSupported.SupportedGrammar}",
            Assert.Single(result.Errors).Error.Message);
    }

    [Theory]
    [InlineData(0, "Count")]
    [InlineData(1, "Count")]
    [InlineData(3, "Count")]
    [InlineData(0, "Length")]
    [InlineData(1, "Length")]
    [InlineData(3, "length")]
    public async Task Count_and_length_are_zero_for_null_one_for_an_object_and_the_number_of_items_of_an_array(int mailboxes, string property)
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(mailboxes));

        await shell.RunAsync($"$m = Get-Mailbox\nGet-Mailbox -ResultSize $m.{property}");

        Assert.Equal(new IntegerValue(mailboxes), Assert.Single(shell.Batches[1].Pipelines[0].Commands)["ResultSize"]);
    }

    [Fact]
    public async Task The_length_of_a_string_is_its_number_of_characters()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(1));

        await shell.RunAsync("Get-Mailbox | %{ Get-Mailbox -ResultSize $_.Name.Length }");

        Assert.Equal(new IntegerValue("user0001".Length), Assert.Single(shell.Batches[1].Pipelines[0].Commands)["ResultSize"]);
    }

    [Fact]
    public async Task ToString_on_null_fails_as_a_method_call_on_null()
    {
        var shell = WithMailboxes(ScriptedShell.Mailboxes(1));

        var result = await shell.RunAsync("Get-Mailbox | %{ Set-Mailbox -Identity $_.Nothing.ToString() }");

        Assert.Equal("You cannot call a method on a null-valued expression.", Assert.Single(result.Errors).Error.Message);
    }

    [Fact]
    public async Task A_variable_statement_outputs_its_objects_without_a_round_trip()
    {
        var mailboxes = ScriptedShell.Mailboxes(2);
        var shell = WithMailboxes(mailboxes);

        var result = await shell.RunAsync("$m = Get-Mailbox\n$m");

        Assert.Equal((0, mailboxes.ToEquatableArray<ExchangeValue>()), (result.RoundTrips, result.Objects));
    }
}
