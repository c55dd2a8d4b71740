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

    /// <summary>The grpc-go client, which tests/run builds before the tests start.</summary>
    public static string GoClient
    {
        get
        {
            var client = Path.Combine(Directory("go"), "bin", "dialtone-conformance");
            return File.Exists(client)
                ? client
                : throw new InvalidOperationException($"{client} is not built: run tests/run, which builds it before the tests.");
        }
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
