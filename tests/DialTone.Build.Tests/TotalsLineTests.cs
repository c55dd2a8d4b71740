using DialTone.Testing;

namespace DialTone.Build.Tests;

/// <summary>tests/run ends with the suite's totals, summed from every test project's TRX report by tests/totals.</summary>
public sealed class TotalsLineTests
{
    [Fact]
    public async Task The_totals_line_sums_every_report_and_counts_tests_that_did_not_run_as_skipped()
    {
        var output = await TotalsOfAsync(Report(total: 4, passed: 2, failed: 1), Report(total: 3, passed: 2, failed: 0));

        Assert.Equal("4 passed, 1 failed, 2 skipped\n", output);
    }

    [Fact]
    public async Task Without_skipped_tests_the_line_is_passed_and_failed_only()
    {
        var output = await TotalsOfAsync(Report(total: 5, passed: 5, failed: 0), Report(total: 2, passed: 1, failed: 1));

        Assert.Equal("6 passed, 1 failed\n", output);
    }

    private static async Task<string> TotalsOfAsync(params string[] reports)
    {
        var results = Directory.CreateTempSubdirectory("dialtone-totals");
        try
        {
            for (var index = 0; index < reports.Length; index++)
            {
                await File.WriteAllTextAsync(Path.Combine(results.FullName, $"run{index}.trx"), reports[index]);
            }
            var run = await ProcessRun.RunAsync(Path.Combine(Repository.Root, "tests", "totals"), [results.FullName]);
            Assert.Equal(0, run.ExitCode);
            return run.StandardOutput;
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    // The summary a TRX report ends with, as `dotnet test --logger trx` writes it.
    private static string Report(int total, int passed, int failed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <ResultSummary outcome="{(failed > 0 ? "Failed" : "Completed")}">
            <Counters total="{total}" executed="{passed + failed}" passed="{passed}" failed="{failed}" error="0" timeout="0" aborted="0" inconclusive="0" passedButRunAborted="0" notRunnable="0" notExecuted="{total - passed - failed}" disconnected="0" warning="0" completed="0" inProgress="0" pending="0" />
          </ResultSummary>
        </TestRun>
        """;
}
