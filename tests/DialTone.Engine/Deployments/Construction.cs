using DialTone.Provider.Protocol;
using DialTone.Provider.Rpc;

namespace DialTone.Engine.Deployments;

/// <summary>
/// A remote component registered by the program (pulumi-protocol.md §5.1, provider_plugin.go Construct): the
/// engine calls Construct on the component package's configured provider, with the whole stack configuration, the
/// inputs as output values carrying their dependencies, and the monitor's address; the program's registration
/// blocks until Construct answers. An error is reported as the resource being invalid.
/// </summary>
internal sealed class Construction(Deployment deployment, ProviderRegistry providers, string monitorAddress)
{
    public async Task<Programs.ResourceOutputs> ConstructAsync(Goal goal, string urn)
    {
        var provider = await providers.ResolveAsync(goal.Provider, goal.Package);
        var settings = deployment.Settings;
        var request = new ConstructRequest
        {
            Project = settings.Project, Stack = settings.Stack, DryRun = deployment.DryRun, Parallel = Deployment.Parallel,
            MonitorEndpoint = monitorAddress, Type = goal.Type, Name = goal.Name, Parent = goal.Parent ?? settings.StackUrn,
            Inputs = ValueConverter.ToStruct(goal.Inputs), AcceptsOutputValues = true,
        };
        request.Config.Add(settings.Config.ToDictionary(entry => entry.Key, entry => entry.Value.Value));
        request.ConfigSecretKeys.AddRange(settings.Config.Where(entry => entry.Value.Secret).Select(entry => entry.Key));
        foreach (var (key, urns) in goal.PropertyDependencies)
        {
            request.InputDependencies[key] = new ConstructRequest.Types.PropertyDependencies { Urns = { urns } };
        }
        request.Providers.Add(goal.Providers);
        request.Dependencies.AddRange(goal.Dependencies);
        request.IgnoreChanges.AddRange(goal.IgnoreChanges);
        request.AdditionalSecretOutputs.AddRange(goal.AdditionalSecretOutputs);
        if (goal.Protect is { } protect)
        {
            request.Protect = protect;
        }
        if (goal.RetainOnDelete is { } retain)
        {
            request.RetainOnDelete = retain;
        }
        if (goal.DeleteBeforeReplace is { } deleteFirst)
        {
            request.DeleteBeforeReplace = deleteFirst;
        }
        try
        {
            var response = await provider.Client.ConstructAsync(request);
            // The engine keeps unknowns in the component's state only in a preview (provider_plugin.go Construct).
            var state = ValueConverter.ToMap(response.State);
            return new Programs.ResourceOutputs(response.Urn, "", deployment.DryRun ? state : UnknownValues.Drop(state));
        }
        catch (GrpcException error)
        {
            var problems = error.Details.OfType<InputPropertiesError>().SelectMany(details => details.Errors);
            throw deployment.Fail(urn, EngineMessages.ComponentInvalid(goal.Type, goal.Name, error.Message, problems, goal.Inputs));
        }
    }
}
