using DialTone.Exchange.Scripting;

namespace DialTone.Exchange.Tests.Scripting;

/// <summary>
/// Every construct the lab shell does not run is refused before anything runs, naming the construct and where it is,
/// never guessed at.
/// </summary>
public sealed class UnsupportedConstructTests
{
    public static TheoryData<string, string, int> Constructs => new()
    {
        { "if ($x) { Mount-Database DB01 }", "The 'if' statement", 1 },
        { "foreach ($m in $mailboxes) { Set-Mailbox $m }", "The 'foreach' statement", 1 },
        { "function Go { Mount-Database DB01 }", "The 'function' statement", 1 },
        { "Get-Mailbox | Where-Object { $_.Name -like 'a*' }", "The command Where-Object", 15 },
        { "Get-Mailbox | ? { $_.Name -like 'a*' }", "The command ?", 15 },
        { "Get-Mailbox | ft Name,Database", "The command ft", 15 },
        { "Get-Queue | Retry-Queue -Resubmit $true", "The command Get-Queue", 1 },
        { "Get-Mailbox -Database (Get-MailboxDatabase DB01)", "A parenthesised expression ( … )", 23 },
        { "Get-Mailbox -Identity $(Get-Date)", "A subexpression $( … )", 23 },
        { "Set-Mailbox -Identity \"$alias\"", "Variable expansion inside a double-quoted string (\"…$name…\"; write the value in single quotes)", 24 },
        { "Set-Mailbox -Identity \"$(x)\"", "A subexpression $( … ) inside a double-quoted string", 24 },
        { "Get-ChildItem -Path $env:TEMP", "The scope- or drive-qualified variable $env:TEMP", 21 },
        { "Get-ChildItem -Path ${a b}", "A braced variable name ${…}", 21 },
        { "Get-Mailbox $?", "The automatic variable $?", 13 },
        { "Get-ChildItem -Path $base\\logs", "A variable inside an unquoted word (write the value in single quotes)", 21 },
        { "Get-ChildItem -Path E:\\$name", "A variable inside an unquoted word (write the value in single quotes)", 24 },
        { "Get-ChildItem -Path 'E:\\'logs", "Quoted text joined to an unquoted word (write the whole value in quotes)", 26 },
        { "Get-ChildItem -Path E:'\\logs'", "Quoted text joined to an unquoted word (write the whole value in quotes)", 23 },
        { "Set-Mailbox @params", "Splatting (@name)", 13 },
        { "Set-Mailbox -Identity x -CustomAttribute1 @{ a = 1 }", "A hashtable @{ … }", 43 },
        { "Set-Mailbox x -CustomAttribute1 @'\ntext\n'@", "A here-string @' … '@", 33 },
        { "& Get-Mailbox", "The call operator &", 1 },
        { ". .\\steps.ps1", "Dot sourcing (. script)", 1 },
        { "Get-Mailbox > mailboxes.txt", "Redirection (< or >)", 13 },
        { "Get-Mailbox 2>&1", "Redirection (>)", 13 },
        { "[guid]'1d20855f-fd54-4681-98e6-e249f7326ddd'", "A type literal or cast [type]", 1 },
        { "Get-Mailbox -ResultSize 1.5", "The number '1.5' (decimal, hexadecimal or typed)", 25 },
        { "Get-Mailbox -ResultSize 0x10", "The number '0x10' (decimal, hexadecimal or typed)", 25 },
        { "Get-Mailbox -ResultSize 99999999999999999999", "The number '99999999999999999999', beyond the range of Int64,", 25 },
        { "Get-Mailbox --% x", "The stop-parsing token --%", 13 },
        { "Get-Mailbox -- -Identity", "The end-of-parameters token --", 13 },
        { "Get-Mailbox --", "The end-of-parameters token --", 13 },
        { "$x = Get-Mailbox; $x -eq $null", "The operator '-eq'", 22 },
        { "$count += 1", "The operator '+'", 8 },
        { "$x.Name = 'a'", "An assignment to anything but a variable", 1 },
        { "$_ | Set-Mailbox -Database DTDB1", "$_ outside a ForEach-Object script block", 1 },
        { "Mount-Database $_", "$_ outside a ForEach-Object script block", 16 },
        { "$m | %{ $_.Name }", "A ForEach-Object script block that is not one command pipeline", 6 },
        { "$m | %{ Mount-Database $_; Dismount-Database $_ }", "A ForEach-Object script block that is not one command pipeline", 6 },
        { "$m | %{ $m | %{ Mount-Database $_ } }", "ForEach-Object inside a ForEach-Object script block", 14 },
        { "$m | ForEach-Object -Process { Mount-Database $_ }", "ForEach-Object without a script block as its only argument (write % { … })", 6 },
        { "$m | % { Mount-Database $_ } { }", "ForEach-Object with arguments after its script block", 30 },
        { "% { Mount-Database DB01 }", "ForEach-Object at the start of a statement (pipe objects into it)", 1 },
        { "Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item $path }", "The variable $path inside an Invoke-Command script block (the remote session cannot see it)", 62 },
        { "$f | %{ Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item $_ } }", "The variable $_ inside an Invoke-Command script block (the remote session cannot see it)", 70 },
        { "Invoke-Command -ComputerName EX01 -ScriptBlock { Remove-Item $using:path }", "The scope- or drive-qualified variable $using:path", 62 },
        { "Set-Mailbox -Identity $m[0]", "Indexing ([…])", 25 },
        { "Set-Mailbox -Identity $m.Name.Trim()", "The method call .Trim(…) (the lab shell calls only .ToString())", 30 },
        { "Set-Mailbox -Identity $m.ToString('D')", "The method call .ToString(…) (the lab shell calls only .ToString())", 25 },
        { "Set-Mailbox -Identity ([string]$m)", "A parenthesised expression ( … )", 23 },
        { "Get-Mailbox || Get-Mailbox", "The || operator", 14 },
        { "$x = @(Get-Mailbox)", "An unquoted word inside an expression, which PowerShell would run as a command", 8 },
        { "$x = @('a'; 'b')", "More than one statement inside @( … )", 13 },
        { "{ Mount-Database DB01 }", "A script block outside Invoke-Command -ScriptBlock and ForEach-Object", 1 },
        { "-not $x", "An operator such as -not", 1 },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void A_construct_the_lab_shell_does_not_run_is_refused_by_name_where_it_is(string script, string construct, int column)
    {
        var refused = Parsed.Error("Mount-Database DB01\n" + script);

        Assert.Equal(NotSupported.Id, refused.ErrorId);
        Assert.Equal($"{construct} is not supported by the lab shell (line 2, column {column}). {NotSupported.SupportedGrammar}", refused.Message);
    }
}
