using DialTone.Engine.Programs;

namespace DialTone.Engine.Deployments;

/// <summary>
/// Runs a program as a language host does: the stack resource first, then every resource as soon as everything it
/// waits for (resources its inputs read, dependsOn, its parent) has finished registering, so independent resources
/// register at the same time; a resource whose prerequisite failed is never registered. Stack outputs are
/// registered at the end. Returns the stack outputs. An error of the program itself (a value it cannot compute)
/// fails the run without a resource, as a language host's error does.
/// </summary>
internal sealed class ProgramRunner(Deployment deployment, ResourceRegistrar registrar)
{
    public async Task<PropertyMap> RunAsync(DeploymentProgram program)
    {
        var settings = deployment.Settings;
        await registrar.RegisterAsync(Goal.Stack(settings));
        var registrations = new Dictionary<string, Task<ResourceOutputs>>(StringComparer.Ordinal);
        var started = program.Resources.ToDictionary(resource => resource.Name, _ => new TaskCompletionSource());
        foreach (var resource in program.Resources)
        {
            registrations[resource.Name] = RegisterAsync(resource, registrations, started[resource.Name].Task);
        }
        foreach (var gate in started.Values)
        {
            gate.SetResult();
        }
        await Task.WhenAll(registrations.Values.Select(Settle));
        if (registrations.Values.Any(registration => !registration.IsCompletedSuccessfully))
        {
            return PropertyMap.Empty;
        }
        var outputs = Evaluate(() => PropertyMap.From(program.Outputs.Select(output => KeyValuePair.Create(output.Key,
            Evaluator.Evaluate(output.Value, name => registrations[name].Result).WithoutDependencies()))));
        registrar.RegisterOutputs(settings.StackUrn, outputs);
        return outputs;
    }

    private async Task<ResourceOutputs> RegisterAsync(ResourceDeclaration resource,
        IReadOnlyDictionary<string, Task<ResourceOutputs>> registrations, Task allStarted)
    {
        await allStarted;
        var prerequisites = resource.Prerequisites.Select(name => registrations[name]).ToList();
        await Task.WhenAll(prerequisites.Select(Settle));
        if (prerequisites.Any(prerequisite => !prerequisite.IsCompletedSuccessfully))
        {
            throw new SkippedException();
        }
        ResourceOutputs Read(string name) => registrations[name].Result;
        var inputs = Evaluate(() => PropertyMap.From(resource.Properties.Select(property =>
            KeyValuePair.Create(property.Key, Evaluator.Evaluate(property.Value, Read)))));
        var goal = Goal.FromInputs(resource.Type, resource.Name, custom: !resource.IsComponent, remote: resource.IsComponent, inputs,
            resource.Options.DependsOn.Select(name => Read(name).Urn)) with
        {
            Parent = resource.Options.Parent is { } parent ? Read(parent).Urn : deployment.Settings.StackUrn,
            Protect = resource.Options.Protect,
            DeleteBeforeReplace = resource.Options.DeleteBeforeReplace,
            RetainOnDelete = resource.Options.RetainOnDelete,
            IgnoreChanges = resource.Options.IgnoreChanges,
            AdditionalSecretOutputs = resource.Options.AdditionalSecretOutputs,
            ImportId = resource.Options.Import ?? "",
        };
        return await registrar.RegisterAsync(goal);
    }

    private PropertyMap Evaluate(Func<PropertyMap> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (FormatException error)
        {
            throw deployment.Fail(null, error.Message);
        }
    }

    // Waits for a registration without throwing: a failed one is reported through the deployment's diagnostics.
    private static async Task Settle(Task registration) =>
        await registration.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
}
