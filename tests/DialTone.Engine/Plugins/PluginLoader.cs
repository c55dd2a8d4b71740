using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Plugins;

/// <summary>
/// Loads a resource plugin as the engine's host does (pulumi-protocol.md §1.1, §4.1): launch it in the project
/// directory with the engine's address, Handshake (root and program directory: the plugin's own directory), then
/// GetPluginInfo, whose failure fails the load.
/// </summary>
internal static class PluginLoader
{
    public static async Task<PluginProcess> LoadAsync(string executable, string engineAddress, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, RpcRecorder recorder, string label)
    {
        var process = await PluginProcess.StartAsync(executable, [engineAddress], workingDirectory, environment, recorder, label);
        var directory = Path.GetDirectoryName(executable)!;
        try
        {
            try
            {
                await process.Client.HandshakeAsync(new ProviderHandshakeRequest
                {
                    // The flags provider_plugin.go sets (SupportsRefreshBeforeUpdate unless PULUMI_DISABLE_REFRESH_BEFORE_UPDATE).
                    EngineAddress = engineAddress, RootDirectory = directory, ProgramDirectory = directory, ConfigureWithUrn = true,
                    SupportsViews = true, SupportsRefreshBeforeUpdate = true, InvokeWithPreview = true, AcceptsByteString = true,
                });
            }
            catch (GrpcException error) when (error.Code == GrpcStatusCode.Unimplemented)
            {
                // A plugin without Handshake still loads: Configure's reply then decides the protocol.
            }
            await process.Client.GetPluginInfoAsync();
            return process;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }
}
