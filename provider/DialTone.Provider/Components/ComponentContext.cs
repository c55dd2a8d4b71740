using System.Collections.Concurrent;
using System.Collections.Immutable;
using DialTone.Provider.Contracts;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Components;

/// <summary>
/// What a component's Construct works with: its checked inputs, its own URN, and registration of children under it.
/// Children are named by the caller; prefix them with the component's name, since a duplicate URN can hang the engine.
/// </summary>
public sealed class ComponentContext<TArgs>(
    TArgs args, string name, string urn, bool dryRun, IResourceMonitor monitor, bool outputValues,
    ImmutableArray<string> dependencies)
{
    private readonly ConcurrentBag<Task> _registrations = [];

    public TArgs Args { get; } = args;

    public string Name { get; } = name;

    public string Urn { get; } = urn;

    /// <summary>True in a preview: children's outputs may be unknown.</summary>
    public bool DryRun { get; } = dryRun;

    /// <summary>Registers a custom resource under the component, with typed inputs.</summary>
    public Task<ChildResource> RegisterAsync<TChildArgs>(string token, string childName, TChildArgs inputs, CancellationToken cancel)
        where TChildArgs : class =>
        RegisterAsync(token, childName, ValueBinder.ToMap(inputs), cancel);

    /// <summary>
    /// Registers a custom resource under the component. Values may come from other children's outputs: their
    /// dependencies order the engine's work. Blocks until the engine has created or updated the child.
    /// </summary>
    public Task<ChildResource> RegisterAsync(string token, string childName, PropertyMap inputs, CancellationToken cancel)
    {
        var registration = RegisterChildAsync(token, childName, inputs, cancel);
        _registrations.Add(registration);
        return registration;
    }

    /// <summary>Waits for every registration started, so Construct never returns before its children are done.</summary>
    internal Task WhenAllRegisteredAsync() => Task.WhenAll(_registrations);

    private async Task<ChildResource> RegisterChildAsync(string token, string childName, PropertyMap inputs, CancellationToken cancel)
    {
        var propertyDependencies = inputs
            .Where(input => input.Value.AllDependencies.Any())
            .ToImmutableDictionary(input => input.Key, input => input.Value.AllDependencies.ToImmutableArray());
        var sent = outputValues ? inputs : PropertyMap.From(inputs.Select(input =>
            KeyValuePair.Create(input.Key, input.Value.WithoutDependencies())));
        var reply = await monitor.RegisterResourceAsync(new RegisterResourceRequest(
            token, childName, Urn, Custom: true, sent,
            [.. dependencies.Concat(propertyDependencies.Values.SelectMany(urns => urns)).Distinct()],
            propertyDependencies, Provider: "", ImmutableDictionary<string, string>.Empty, new ResourceOptions()), cancel);
        if (reply.Result == RegistrationResult.Fail)
        {
            throw new OperationFailedException(ComponentMessages.ChildFailed(token, childName));
        }
        return new ChildResource(reply.Urn, reply.Id, reply.Object);
    }
}

/// <summary>A registered child: its URN, id (empty in a preview for a new one) and outputs.</summary>
public sealed record ChildResource(string Urn, string Id, PropertyMap Outputs)
{
    /// <summary>An output of the child, depending on it, so whatever uses it is ordered after the child.</summary>
    public PropertyValue Output(string name) => Outputs.Get(name).WithDependencies([Urn]);

    /// <summary>The child's id as a value: unknown while the child does not exist yet (a preview).</summary>
    public PropertyValue IdValue => (Id.Length == 0 ? PropertyValue.Computed : PropertyValue.String(Id)).WithDependencies([Urn]);
}
