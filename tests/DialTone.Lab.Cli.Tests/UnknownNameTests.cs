namespace DialTone.Lab.Cli.Tests;

/// <summary>A verb given a name no object answers to: which option was wrong, Exchange's text, and how to list the right ones.</summary>
public sealed class UnknownNameTests : IDisposable
{
    private const string NotFound = "The operation couldn't be performed because object '{0}' couldn't be found on 'DC01.contoso.com'.";

    private readonly CliRun _cli = new();

    public UnknownNameTests() => _cli.RunOnLab("init", "--mailboxes", "2", "--items", "1");

    [Theory]
    [InlineData("backup NOPE", "<database>", "NOPE", "databases")]
    [InlineData("fail database NOPE", "<database>", "NOPE", "databases")]
    [InlineData("fail server EX09", "<server>", "EX09", "servers")]
    [InlineData(@"restore --database NOPE --server EX01 --path E:\RDB1", "--database", "NOPE", "databases")]
    [InlineData(@"restore --database DB01 --server EX09 --path E:\RDB1", "--server", "EX09", "servers")]
    [InlineData("fail items --database NOPE --mailbox user0001", "--database", "NOPE", "databases")]
    [InlineData("fail items --database DB01 --mailbox nobody", "--mailbox", "nobody", "mailboxes")]
    public void An_unknown_name_is_refused_naming_its_option_with_exchange_s_text_and_how_to_list_the_names_and_changes_nothing(
        string command, string option, string name, string listed)
    {
        var before = Lab();

        var result = _cli.RunOnLab(command.Split(' '));

        Assert.Equal((1, $"dialtone-lab: {option}: {string.Format(NotFound, name)} 'dialtone-lab show {listed}' lists the {listed}."),
            (result.ExitCode, result.Error.Trim()));
        Assert.Equal(before, Lab());
    }

    /// <summary>Everything the lab shows, its journal included: a refused command must leave it all as it was.</summary>
    private string Lab() => string.Join('\n',
        new[] { "servers", "databases", "mailboxes", "backups", "requests" }.Select(what => _cli.RunOnLab("show", what, "--json").Output)
            .Append(_cli.RunOnLab("journal", "--json").Output));

    public void Dispose() => _cli.Dispose();
}
