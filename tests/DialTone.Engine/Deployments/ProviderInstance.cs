using DialTone.Engine.Plugins;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Deployments;

/// <summary>
/// One provider instance: its own plugin process, loaded as the engine's host loads it (launch, Handshake,
/// GetPluginInfo), then configured once. The engine's calls on resources wait until Configure has answered.
/// </summary>
internal sealed class ProviderInstance
{
    private readonly TaskCompletionSource _configured = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ProviderInstance(string package, PluginProcess process)
    {
        Package = package;
        Process = process;
    }

    public string Package { get; }

    public PluginProcess Process { get; }

    public ProviderClient Client => Process.Client;

    /// <summary>"urn::id" once configured.</summary>
    public string Reference { get; private set; } = "";

    public static async Task<ProviderInstance> LoadAsync(Deployment deployment, string engineAddress, string package, string label,
        IReadOnlyDictionary<string, string> environment) =>
        new(package, await PluginLoader.LoadAsync(deployment.Settings.PluginOf(package), engineAddress,
            deployment.Settings.ProjectDirectory, environment, deployment.Recorder, label));

    /// <summary>Configure as the engine sends it (pulumi-protocol.md §7): args with secrets, the deprecated variables, the URN and id.</summary>
    public async Task ConfigureAsync(string urn, string id, PropertyMap config)
    {
        var request = new ConfigureRequest
        {
            Args = ValueConverter.ToStruct(config), Id = id, Urn = urn, Name = Urns.Name(urn), Type = Urns.Type(urn),
            // The engine always sends these as true (pulumi-protocol.md §3.2).
            AcceptSecrets = true, AcceptResources = true, SendsOldInputs = true, SendsOldInputsToDelete = true,
        };
        foreach (var (key, value) in config.Where(entry => entry.Key != DefaultProviders.VersionKey))
        {
            request.Variables[$"{Package}:config:{key}"] = DefaultProviders.AsVariable(value);
        }
        try
        {
            await Client.ConfigureAsync(request);
            Reference = Urns.Reference(urn, id);
            _configured.SetResult();
        }
        catch (Exception exception)
        {
            _configured.SetException(exception);
            throw;
        }
    }

    /// <summary>Waits for Configure before a call on a resource, as the engine's provider wrapper does.</summary>
    public Task Configured => _configured.Task;
}
