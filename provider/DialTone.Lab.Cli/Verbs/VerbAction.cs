using DialTone.Lab.Cli.Output;

namespace DialTone.Lab.Cli.Verbs;

/// <summary>Runs a verb's body and turns the lab's errors into a message on stderr and exit code 1.</summary>
internal static class VerbAction
{
    public static int Run(LabCli cli, Func<int> body) => RunAsync(cli, () => Task.FromResult(body())).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(LabCli cli, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is LabException or LabNotFoundException or ArgumentException)
        {
            Printer.Error(cli, e.Message);
            return 1;
        }
    }
}
