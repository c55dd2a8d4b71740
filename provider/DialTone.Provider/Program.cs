using DialTone.Provider;
using DialTone.Provider.Host;

// The plugin executable, pulumi-resource-dialtone: the host serves what DialToneProvider declares.
return await PluginHost.RunAsync(args, DialToneProvider.Definition);
