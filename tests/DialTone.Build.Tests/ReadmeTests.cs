using System.Text.RegularExpressions;
using DialTone.Testing;

namespace DialTone.Build.Tests;

/// <summary>What README.md tells users about building and testing is what the repository does.</summary>
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Fact]
    public void Ci_runs_exactly_the_test_command_the_quickstart_gives()
    {
        var quickstart = QuickstartBlock().Match(Readme);
        Assert.True(quickstart.Success, "README.md has no ```sh block under '## Quickstart'.");
        var testCommand = quickstart.Groups["block"].Value.Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Single(command => command.Length > 0 && !command.StartsWith("dotnet build", StringComparison.Ordinal));

        var ciCommands = File.ReadAllLines(Path.Combine(Repository.Root, ".ci", "run"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith("set ", StringComparison.Ordinal)
                && !line.StartsWith("cd ", StringComparison.Ordinal));

        Assert.Equal([testCommand], ciCommands);
    }

    [Fact]
    public void The_line_count_given_for_the_test_resource_is_its_length()
    {
        var stated = WidgetLineCount().Match(Readme);
        Assert.True(stated.Success, "README.md no longer states the length of tests/DialTone.TestPlugin/Widget.cs.");

        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "DialTone.TestPlugin", "Widget.cs")).Length;

        Assert.Equal(lines, int.Parse(stated.Groups["lines"].Value));
    }

    [GeneratedRegex(@"## Quickstart\s+```sh\n(?<block>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickstartBlock();

    [GeneratedRegex(@"`tests/DialTone\.TestPlugin/Widget\.cs` \((?<lines>\d+) lines")]
    private static partial Regex WidgetLineCount();
}
