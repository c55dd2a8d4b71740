namespace DialTone.Engine.Plugins;

/// <summary>
/// Loads a package's schema as the engine's schema loader does (pulumi-protocol.md §1.2, §6): a process of its own,
/// loaded for this alone and asked GetSchema, never configured, then shut down.
/// </summary>
internal static class SchemaLoader
{
    public static async Task<string> LoadAsync(string executable, string engineAddress, string workingDirectory, RpcRecorder recorder)
    {
        await using var process = await PluginLoader.LoadAsync(executable, engineAddress, workingDirectory, null, recorder, "schema");
        var schema = (await process.Client.GetSchemaAsync()).Schema;
        await process.ShutDownAsync();
        return schema;
    }
}
