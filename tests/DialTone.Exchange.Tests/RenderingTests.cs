using DialTone.Exchange.Commands;
using DialTone.Exchange.Rendering;
using DialTone.Exchange.Results;
using DialTone.Exchange.Tests.Scripting;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests;

/// <summary>
/// Hostile values render as exactly one literal argument. The rule (PowerShell's tokenizer): inside single quotes
/// only the single-quote characters ' ‘ ’ ‚ ‛ are special, and a doubled one stands for itself; a value with a line
/// break is double-quoted instead, where a backtick escapes ` $ and " “ ” „ and writes CR and LF as `r and `n.
/// </summary>
public sealed class RenderingTests
{
    public static TheoryData<string, string> HostileStrings => new()
    {
        { "O'Brien", "'O''Brien'" },
        { "", "''" },
        { "$(Remove-MailboxDatabase DB01 -Confirm:$false)", "'$(Remove-MailboxDatabase DB01 -Confirm:$false)'" },
        { "DB01; Remove-MailboxDatabase DB01", "'DB01; Remove-MailboxDatabase DB01'" },
        { "back`tick`", "'back`tick`'" },
        { "$env:USERNAME", "'$env:USERNAME'" },
        { "\u2018left\u2019 and \u2019right\u2018", "'\u2018\u2018left\u2019\u2019 and \u2019\u2019right\u2018\u2018'" },
        { "\u201Alow\u201B reversed", "'\u201A\u201Alow\u201B\u201B reversed'" },
        { "'", "''''" },
        { "'; Remove-Item C:\\ -Recurse; '", "'''; Remove-Item C:\\ -Recurse; '''" },
        { "\"double\" \u201Csmart\u201D \u201Elow\u201D", "'\"double\" \u201Csmart\u201D \u201Elow\u201D'" },
        { "-Confirm:$false", "'-Confirm:$false'" },
        { "a | b & c > d # e", "'a | b & c > d # e'" },
        { "{ Remove-Item }", "'{ Remove-Item }'" },
        { "@('a','b')", "'@(''a'',''b'')'" },
        { "--%", "'--%'" },
        { "\u2013Force", "'\u2013Force'" },
        { "   ", "'   '" },
        { "tab\there", "'tab\there'" },
        { "line1\nline2", "\"line1`nline2\"" },
        { "line1\r\nline2", "\"line1`r`nline2\"" },
        { "a$b`c\"d\u201Ce\u201Df\u201Eg'h\n", "\"a`$b``c`\"d`\u201Ce`\u201Df`\u201Eg'h`n\"" },
        { "$(evil)\n", "\"`$(evil)`n\"" },
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void A_hostile_string_renders_as_one_literal(string value, string rendered)
    {
        Assert.Equal(rendered, PowerShellLiteral.String(value));
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void A_hostile_string_parses_back_as_itself(string value, string rendered)
    {
        Assert.Equal(new StringValue(value), Parsed.Value(rendered));
    }

    [Fact]
    public void A_command_renders_each_value_after_its_parameter_name()
    {
        var command = new ExchangeCommand("Set-Mailbox").With("Identity", "O'Brien").With("Database", "DTDB1");

        Assert.Equal("Set-Mailbox -Identity 'O''Brien' -Database 'DTDB1'", ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void Switches_render_bare_when_present_and_with_colon_false_when_not()
    {
        var command = new ExchangeCommand("New-MailboxDatabase").WithSwitch("Recovery").With("Name", "RDB1").WithSwitch("Confirm", false);

        Assert.Equal("New-MailboxDatabase -Recovery -Name 'RDB1' -Confirm:$false", ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void Booleans_render_in_colon_form_so_they_bind_alike_to_boolean_and_switch_parameters()
    {
        var command = new ExchangeCommand("Set-MailboxDatabase").With("Identity", "DTDB1").With("AllowFileRestore", true);

        Assert.Equal("Set-MailboxDatabase -Identity 'DTDB1' -AllowFileRestore:$true", ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void Numbers_and_null_render_as_powershell_reads_them()
    {
        var command = new ExchangeCommand("Set-MailboxRestoreRequest").With("Identity", "user0001\\MailboxRestore")
            .With("BadItemLimit", 10).With("BatchName", ExchangeValue.Null);

        Assert.Equal("Set-MailboxRestoreRequest -Identity 'user0001\\MailboxRestore' -BadItemLimit 10 -BatchName $null", ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void A_negative_number_renders_bare_because_a_dash_before_a_digit_never_starts_a_parameter_name()
    {
        Assert.Equal("-5", PowerShellLiteral.Value(new IntegerValue(-5), _ => ""));
    }

    [Fact]
    public void Exchange_typed_values_render_as_the_quoted_text_exchange_parses_back()
    {
        var command = new ExchangeCommand("Set-MailboxDatabase").With("Identity", Guid.Parse("1d20855f-fd54-4681-98e6-e249f7326ddd"))
            .With("ProhibitSendQuota", new ByteSizeValue(159_449_088)).With("IssueWarningQuota", ExchangeValue.Unlimited)
            .With("DeletedItemRetention", new TimeSpanValue(TimeSpan.FromDays(14)));

        Assert.Equal(
            "Set-MailboxDatabase -Identity '1d20855f-fd54-4681-98e6-e249f7326ddd' -ProhibitSendQuota '152.1 MB (159,449,088 bytes)' "
                + "-IssueWarningQuota 'Unlimited' -DeletedItemRetention '14.00:00:00'",
            ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void Arrays_render_comma_joined_and_one_or_no_element_in_array_brackets()
    {
        var command = new ExchangeCommand("Get-ChildItem").With("Path", new ArrayValue(["a'b", "c"])).With("Include", new ArrayValue(["*.log"]))
            .With("Exclude", new ArrayValue([])).With("Filter", new ArrayValue(["x", new ArrayValue(["y", "z"])]));

        Assert.Equal(
            "Get-ChildItem -Path 'a''b','c' -Include @('*.log') -Exclude @() -Filter 'x',@('y','z')",
            ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void An_array_holding_one_array_renders_with_the_unary_comma_because_array_brackets_unroll_an_array()
    {
        var command = new ExchangeCommand("Get-ChildItem").With("Path", new ArrayValue([new ArrayValue(["y", "z"])]));

        Assert.Equal("Get-ChildItem -Path @(,@('y','z'))", ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void Server_file_work_renders_as_invoke_command_with_a_script_block()
    {
        var command = new ExchangeCommand("Invoke-Command").With("ComputerName", "EX01")
            .With("ScriptBlock", new ScriptBlockValue(new ExchangeCommand("Copy-Item").With("Path", @"E:\RDB1\*").With("Destination", @"\\EX02\E$\RDB1")));

        Assert.Equal(
            @"Invoke-Command -ComputerName 'EX01' -ScriptBlock { Copy-Item -Path 'E:\RDB1\*' -Destination '\\EX02\E$\RDB1' }",
            ShellRenderer.Default.Render(command));
    }

    [Fact]
    public void Eseutil_renders_with_its_own_option_syntax()
    {
        var recovery = new ExchangeCommand("eseutil").With("r", "E00").With("l", @"E:\RDB1").With("d", @"E:\Program Files\RDB1").WithSwitch("i");

        Assert.Equal(@"eseutil /r 'E00' /l 'E:\RDB1' /d 'E:\Program Files\RDB1' /i", ShellRenderer.Default.Render(recovery));
    }

    [Fact]
    public void A_pipeline_renders_its_commands_joined_by_a_bar()
    {
        var pipeline = new ExchangeCommand("Get-Mailbox").With("Database", "DB1").With("ResultSize", "Unlimited")
            .Pipe(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1"));

        Assert.Equal("Get-Mailbox -Database 'DB1' -ResultSize 'Unlimited' | Set-Mailbox -Database 'DTDB1'", ShellRenderer.Default.Render(pipeline));
    }

    [Fact]
    public void A_batch_renders_one_line_per_pipeline_even_when_a_value_holds_a_line_break()
    {
        var batch = Batch.Of(
            new ExchangeCommand("Set-Mailbox").With("Identity", "user0001").With("CustomAttribute1", "two\nlines"),
            new ExchangeCommand("Mount-Database").With("Identity", "DTDB1"));

        Assert.Equal(
            "Set-Mailbox -Identity 'user0001' -CustomAttribute1 \"two`nlines\"\nMount-Database -Identity 'DTDB1'",
            ShellRenderer.Default.Render(batch));
    }

    [Fact]
    public void A_command_bound_from_a_pipeline_object_renders_with_the_objects_identity()
    {
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox, [new("Name", "O'Brien"), new("Identity", "contoso.com/Users/O'Brien")]);
        var setMailbox = Catalogue.CmdletCatalogue.Default.Bind(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1"), expectsPipelineInput: true).Command!;

        var bound = setMailbox.BindPipelineObject(new ObjectValue(mailbox)).Command!;

        Assert.Equal("Set-Mailbox -Database 'DTDB1' -Identity 'contoso.com/Users/O''Brien'", ShellRenderer.Default.Render(bound.Command));
    }

    [Fact]
    public void A_dependent_sequence_renders_every_command_with_error_action_stop_so_the_text_stops_where_the_batch_does()
    {
        var batch = Batch.Sequence(
            new ExchangeCommand("Dismount-Database").With("Identity", "DTDB1").WithSwitch("Confirm", false),
            new ExchangeCommand("Invoke-Command").With("ComputerName", "EX01")
                .With("ScriptBlock", new ScriptBlockValue(new ExchangeCommand("Move-Item").With("Path", @"D:\DialTone\*").With("Destination", @"E:\RDB1"))),
            new ExchangeCommand("Get-Mailbox").With("Database", "DB01").Pipe(new ExchangeCommand("Set-Mailbox").With("Database", "DTDB1").With("ea", "Continue")));

        Assert.Equal(
            "Dismount-Database -Identity 'DTDB1' -Confirm:$false -ErrorAction 'Stop'\n"
                + @"Invoke-Command -ComputerName 'EX01' -ScriptBlock { Move-Item -Path 'D:\DialTone\*' -Destination 'E:\RDB1' } -ErrorAction 'Stop'" + "\n"
                + "Get-Mailbox -Database 'DB01' -ErrorAction 'Stop' | Set-Mailbox -Database 'DTDB1' -ea 'Continue'",
            ShellRenderer.Default.Render(batch));
    }

    [Fact]
    public void An_object_has_no_literal_form_and_is_refused()
    {
        var mailbox = new ExchangeObject(ExchangeTypeNames.Mailbox, [new("Name", "New User")]);
        var command = new ExchangeCommand("New-MailboxRestoreRequest").With("TargetMailbox", new ObjectValue(mailbox));

        var refused = Assert.Throws<ArgumentException>(() => ShellRenderer.Default.Render(command));
        Assert.StartsWith("The object 'New User' (Microsoft.Exchange.Data.Directory.Management.Mailbox) has no literal form", refused.Message);
    }

    [Fact]
    public void An_error_renders_as_a_powershell_error_record()
    {
        var error = Errors.PowerShellErrors.NamedParameterNotFound("Databse");

        Assert.Equal(
            "A parameter cannot be found that matches parameter name 'Databse'.\n"
                + "    + CategoryInfo          : InvalidArgument: (:) [Set-Mailbox], ParameterBindingException\n"
                + "    + FullyQualifiedErrorId : NamedParameterNotFound,Set-Mailbox",
            ErrorRecordRenderer.Render(error, "Set-Mailbox"));
    }

    [Fact]
    public void Command_and_parameter_names_that_could_carry_code_are_refused_when_built()
    {
        Assert.Throws<ArgumentException>(() => new ExchangeCommand("Get-Mailbox; Remove-Item"));
        Assert.Throws<ArgumentException>(() => new ExchangeCommand("Get-Mailbox").With("Identity $(x)", "y"));
    }
}
