using System.Text.Json;
using DialTone.Testing;

namespace DialTone.Provider.Tests.Harness;

/// <summary>Runs the independent conformance clients under tests/conformance and parses the JSON they print.</summary>
internal static class Conformance
{
    public static string Directory(string client) => Path.Combine(Repository.Root, "tests", "conformance", client);

    /// <summary>Runs a script of the Node client (Pulumi's generated stubs on @grpc/grpc-js).</summary>
    public static Task<JsonElement> RunNodeAsync(string script, params string[] arguments) =>
        RunAsync("node", [Path.Combine(Directory("node"), script), .. arguments], Directory("node"));

    /// <summary>Builds the grpc-go client with Debian's Go toolchain (GOPATH mode, Debian's packages) once.</summary>
    public static async Task<string> BuildGoClientAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"dialtone-conformance-{Environment.ProcessId}");
        var result = await ProcessRun.RunAsync("go", ["build", "-o", output, "dialtone-conformance"], Directory("go"),
            new Dictionary<string, string?>
            {
                ["GO111MODULE"] = "off",
                ["GOPATH"] = $"{Directory("go")}:/usr/share/gocode",
                ["GOFLAGS"] = "",
            }, TimeSpan.FromMinutes(3));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"go build failed: {result.StandardError}");
        }
        return output;
    }

    public static async Task<JsonElement> RunAsync(string program, IEnumerable<string> arguments, string directory)
    {
        var result = await ProcessRun.RunAsync(program, arguments, directory, timeout: TimeSpan.FromMinutes(1));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({result.ExitCode}): {result.StandardError}");
        }
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }
}
