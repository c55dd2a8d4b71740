using System.Collections.Immutable;
using DialTone.Provider.Contracts;
using DialTone.Provider.Resources;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Components;

/// <summary>
/// Construct for one component type (pulumi-protocol.md §5.2): check the inputs, register the component, let it
/// register its children, wait for all of them, register its outputs, answer. While an input is unknown, the
/// component is registered alone with unknown outputs, as the engine itself does when it cannot call.
/// </summary>
public sealed class ComponentHandler<TArgs, TOutputs>(
    ComponentDescriptor descriptor, IComponent<TArgs, TOutputs> component, Func<string, IResourceMonitor> connect)
    : IComponentHandler
    where TArgs : class
    where TOutputs : class
{
    public string Token => descriptor.Token;

    public async Task<ConstructResponse> ConstructAsync(ConstructRequest request, CancellationToken cancel)
    {
        var (inputs, failures) = ValueChecker.Check(descriptor.Inputs, request.Inputs);
        if (failures.Count > 0)
        {
            throw InvalidInputException.From(failures);
        }
        using var monitor = connect(request.MonitorEndpoint);
        var outputValues = await monitor.SupportsFeatureAsync("outputValues", cancel);
        var registered = await monitor.RegisterResourceAsync(new RegisterResourceRequest(
            request.Type, request.Name, request.Parent, Custom: false, PropertyMap.Empty, request.Dependencies,
            ImmutableDictionary<string, ImmutableArray<string>>.Empty, Provider: "", request.Providers, request.Options), cancel);
        // Unknown inputs come from the engine: in a preview, or outside one from a resource a targeted update skipped.
        var outputs = inputs.Values.Any(value => value.ContainsUnknowns)
            ? PropertyMap.From(descriptor.Outputs.Names.Select(name => KeyValuePair.Create(name, PropertyValue.Computed)))
            : await BuildAsync(request, inputs, registered.Urn, monitor, outputValues, cancel);
        await monitor.RegisterResourceOutputsAsync(registered.Urn, outputs, cancel);
        return new ConstructResponse(registered.Urn, outputs);
    }

    private async Task<PropertyMap> BuildAsync(ConstructRequest request, PropertyMap inputs, string urn,
        IResourceMonitor monitor, bool outputValues, CancellationToken cancel)
    {
        var secretInputs = inputs.Where(input => input.Value.ContainsSecrets).Select(input => input.Key).ToImmutableHashSet();
        var context = new ComponentContext<TArgs>(ValueBinder.BindChecked<TArgs>(inputs, Token), request.Name, urn, request.DryRun,
            monitor, outputValues, request.Dependencies, secretInputs);
        PropertyMap outputs;
        try
        {
            outputs = await component.ConstructAsync(context, cancel);
        }
        catch
        {
            // The engine is still creating the children already registered. Their registrations must end before the
            // monitor's connection closes (§5.2 step 6), or they are cut off mid-creation; the component's own
            // failure is the one reported.
            await context.WhenAllSettledAsync();
            throw;
        }
        await context.WhenAllRegisteredAsync();
        if (outputs.Keys.FirstOrDefault(name => descriptor.Outputs.Find(name) is null) is { } undeclared)
        {
            throw new ProviderBugException(ComponentMessages.UndeclaredOutput(Token, undeclared));
        }
        // Outside a preview only a child the engine skipped may leave an output unknown; the engine would drop it.
        if (!request.DryRun && !context.ChildSkipped && outputs.Values.Any(value => value.ContainsUnknowns))
        {
            throw new ProviderBugException(ResourceMessages.UnknownOutside(Token, "Construct"));
        }
        return context.Secured(outputs);
    }
}
