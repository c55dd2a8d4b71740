using DialTone.Testing;

namespace DialTone.Lab.Tests;

/// <summary>The lab driver (tests/DialTone.Lab.Driver) as a process of its own, built by the configuration of this test assembly.</summary>
internal static class LabDriver
{
    // bin/<configuration>/<framework>/ of this assembly names the driver's build of the same configuration.
    private static readonly string Dll = Path.Combine(Repository.Root, "tests", "DialTone.Lab.Driver", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, new DirectoryInfo(AppContext.BaseDirectory).Name, "DialTone.Lab.Driver.dll");

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRun.RunAsync("dotnet", [Dll, .. arguments], environment: environment, timeout: TimeSpan.FromMinutes(2));
}
