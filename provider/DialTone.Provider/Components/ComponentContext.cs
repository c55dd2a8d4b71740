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
/// <param name="secretInputs">
/// The component's inputs that were secret. Typed binding drops secrecy, so a child input or component output of
/// the same name is made secret again (as the engine does for providers that do not accept secrets).
/// </param>
public sealed class ComponentContext<TArgs>(
    TArgs args, string name, string urn, bool dryRun, IResourceMonitor monitor, bool outputValues,
    ImmutableArray<string> dependencies, ImmutableHashSet<string> secretInputs)
{
    private readonly ConcurrentBag<Task> _registrations = [];
    private volatile bool _childSkipped;

    public TArgs Args { get; } = args;

    public string Name { get; } = name;

    public string Urn { get; } = urn;

    /// <summary>True in a preview: children's outputs may be unknown.</summary>
    public bool DryRun { get; } = dryRun;

    /// <summary>True once the engine has skipped a child (a targeted update): its outputs are unknown even outside a preview.</summary>
    internal bool ChildSkipped => _childSkipped;

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
        var registration = RegisterChildAsync(token, childName, Secured(inputs), cancel);
        _registrations.Add(registration);
        return registration;
    }

    /// <summary>Waits for every registration started, so Construct never returns before its children are done.</summary>
    internal Task WhenAllRegisteredAsync() => Task.WhenAll(_registrations);

    /// <summary>Waits for every registration started to end, however it ends.</summary>
    internal async Task WhenAllSettledAsync() =>
        await Task.WhenAll(_registrations).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    /// <summary>The values, each secret when a component input of its name was.</summary>
    internal PropertyMap Secured(PropertyMap values) => PropertyMap.From(values.Select(entry => KeyValuePair.Create(entry.Key,
        secretInputs.Contains(entry.Key) ? entry.Value.WithSecret() : entry.Value)));

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
        if (reply.Unknown)
        {
            _childSkipped = true;
        }
        return new ChildResource(reply.Urn, reply.Id, reply.Object, reply.Unknown);
    }
}

/// <summary>A registered child: its URN, id (empty in a preview for a new one) and outputs.</summary>
/// <param name="Unknown">The engine skipped the child: what it did not report is unknown.</param>
public sealed record ChildResource(string Urn, string Id, PropertyMap Outputs, bool Unknown)
{
    /// <summary>An output of the child, depending on it, so whatever uses it is ordered after the child.</summary>
    public PropertyValue Output(string name) =>
        (Unknown && Outputs.Get(name).IsNull ? PropertyValue.Computed : Outputs.Get(name)).WithDependencies([Urn]);

    /// <summary>The child's id as a value: unknown while the child does not exist yet (a preview, a skipped create).</summary>
    public PropertyValue IdValue => (Id.Length == 0 ? PropertyValue.Computed : PropertyValue.String(Id)).WithDependencies([Urn]);
}
