using System.Reflection;

// The plugin executable. Boot (the port line, the gRPC server, attach mode) arrives with the plugin wire; until then
// the only thing it can do is say which version it is.
if (args is ["--version"])
{
    Console.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion);
    return 0;
}

Console.Error.WriteLine("pulumi-resource-dialtone: the plugin protocol is not served yet.");
return 1;
