using DialTone.Engine.Plugins;
using DialTone.Engine.Steps;
using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Deployments;

/// <summary>
/// `pulumi import &lt;type&gt; &lt;name&gt; &lt;id&gt;` (pulumi-protocol.md §4.6): an import step (Read with the id and no state)
/// under the stack, then Check with the read inputs as both olds and news, whose failures are only warnings; no
/// Diff. The code the CLI generates needs the schema, which a schema-loader process serves. The resource is not
/// added to any program: the next up deletes it unless the program declares it.
/// </summary>
internal static class CliImport
{
    public static async Task<PropertyMap> RunAsync(Run run, string type, string name, string id, string engineAddress)
    {
        var deployment = run.Deployment;
        var settings = deployment.Settings;
        await run.Registrar.RegisterAsync(Goal.Stack(settings));
        var urn = settings.UrnOf(type, name);
        if (deployment.Olds.Find(urn) is not null)
        {
            throw deployment.Fail(urn, $"resource '{urn}' already exists");
        }
        var package = type.Split(':')[0];
        var provider = await run.Providers.DefaultAsync(package);
        var news = new ResourceState(urn, type, Custom: true) { Parent = settings.StackUrn, Provider = provider.Reference, ImportId = id };
        var imported = (await Step.RunAsync(deployment, [new ImportStep(news, provider)]))!;
        var check = await provider.Client.CheckAsync(new CheckRequest
        {
            Urn = urn, Name = name, Type = type, Olds = ValueConverter.ToStruct(imported.Inputs), News = ValueConverter.ToStruct(imported.Inputs),
        });
        if (check.Failures.Count > 0)
        {
            deployment.Report(DiagnosticSeverity.Warning, urn, EngineMessages.ImportInputsInvalid(package));
            foreach (var failure in check.Failures)
            {
                deployment.Report(DiagnosticSeverity.Warning, urn, EngineMessages.CheckFailure(type, name, failure, imported.Inputs));
            }
        }
        deployment.Save(imported with { ImportId = "" });
        await SchemaLoader.LoadAsync(settings.PluginOf(package), engineAddress, settings.ProjectDirectory, deployment.Recorder);
        return PropertyMap.Empty;
    }
}
