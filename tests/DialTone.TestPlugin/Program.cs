using DialTone.Provider.Host;
using DialTone.TestPlugin;

// pulumi-resource-dialtonetest: the DialTone host serving the test package.
return await PluginHost.RunAsync(args, TestProvider.Definition);
