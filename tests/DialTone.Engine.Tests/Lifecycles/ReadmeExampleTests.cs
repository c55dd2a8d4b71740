using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DialTone.Testing;

namespace DialTone.Engine.Tests.Lifecycles;

/// <summary>
/// The README's "how to write a test with the harness" runs as written: its code block is read from README.md when
/// the test runs and must be, line for line, the body this test runs (no C# compiler is at hand to run the text
/// itself, so the two are held together instead).
/// </summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public async Task The_readme_example_runs_as_written()
    {
        // README example begins
        static DeploymentProgram Widgets(string colour) => DeploymentProgram.Of(
            ResourceDeclaration.FromJson("a", "dialtonetest:index:Widget", $$"""{"name":"a","colour":"{{colour}}"}"""),
            ResourceDeclaration.FromJson("b", "dialtonetest:index:Widget", """{"name":"b","labels":{"after":"${a.serial}"}}"""));

        using var project = new TemporaryProject();
        var stack = project.NewStack("widgets").WithConfig("dialtonetest:lab", "lab.db");
        await stack.UpAsync(Widgets("red"));

        var run = await stack.UpAsync(Widgets("green"));

        Assert.Equal(["Check a", "Diff a", "Update a"], run.TraceOf("a"));
        Structs.AssertJson("""{"name":"a","colour":"green","shape":"Round"}""", run.Request<UpdateRequest>("Update", "a").News);
        Assert.Equal(["update a", "same b"], run.ResourceSteps);
        // README example ends
    }

    [Fact]
    public void The_example_run_is_the_one_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var block = ReadmeBlock().Match(readme);
        Assert.True(block.Success, "README.md has no ```csharp block after 'How to write a test with the harness'.");

        Assert.Equal(Lines(block.Groups["code"].Value), Lines(ExampleInThisFile()));
    }

    private static string ExampleInThisFile([CallerFilePath] string path = "")
    {
        var source = File.ReadAllText(path);
        var start = source.IndexOf("// README example begins", StringComparison.Ordinal);
        var end = source.IndexOf("// README example ends", StringComparison.Ordinal);
        return source[source.IndexOf('\n', start)..end];
    }

    // Each line without its indentation, blank lines kept: what is compared is the text a reader copies.
    private static string[] Lines(string code) =>
        [.. code.ReplaceLineEndings("\n").Trim().Split('\n').Select(line => line.Trim())];

    [GeneratedRegex(@"How to write a test with the harness[^\n]*\n+```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();
}
