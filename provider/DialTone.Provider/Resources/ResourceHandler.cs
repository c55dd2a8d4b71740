using DialTone.Provider.Contracts;
using DialTone.Provider.Resources.Model;
using DialTone.Provider.Values;

namespace DialTone.Provider.Resources;

/// <summary>
/// Serves one resource type from its descriptor: the default Check and Diff, typed binding for the resource's own
/// Create, Read, Update and Delete, and the preview answers, which never reach the resource's code.
/// </summary>
public sealed class ResourceHandler<TArgs, TState>(ResourceDescriptor descriptor, object implementation, IEngineLog log)
    : IResourceHandler
    where TArgs : class
    where TState : class
{
    public string Token => descriptor.Token;

    public Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancel)
    {
        var (inputs, failures) = ValueChecker.Check(descriptor.Inputs, request.News);
        if (failures.Count == 0 && !inputs.Values.Any(value => value.ContainsUnknowns)
            && implementation is IValidatable<TArgs> validatable)
        {
            failures = validatable.Validate(ValueBinder.BindChecked<TArgs>(inputs, Token))
                .Select(failure => new CheckFailure(failure.Path.ToString(), failure.Reason)).ToList();
        }
        return Task.FromResult(new CheckResponse(inputs, failures));
    }

    public Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancel)
    {
        var oldInputs = request.OldInputs.Count > 0 ? request.OldInputs : Project(request.OldOutputs, descriptor.Inputs.Names);
        return Task.FromResult(DefaultDiff.Diff(descriptor, oldInputs, request.News, request.IgnoreChanges));
    }

    public async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancel)
    {
        if (request.Preview)
        {
            return new CreateResponse("", CreatePreviewState(request.Properties));
        }
        var resource = (IResource<TArgs, TState>)implementation;
        var context = new CreateContext<TArgs>(Identity(request.Urn, request.Name), ValueBinder.BindChecked<TArgs>(request.Properties, Token), request.Timeout);
        var created = await TranslatePartialFailure(() => resource.CreateAsync(context, cancel), request.Properties);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ProviderBugException(ResourceMessages.NoId(Token));
        }
        return new CreateResponse(created.Id, Outputs(created.State, request.Properties));
    }

    public async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancel)
    {
        if (implementation is not IReadable<TArgs, TState> readable)
        {
            return request.Inputs is null
                ? throw new OperationFailedException(ResourceMessages.NotImportable(Token))
                : new ReadResponse(request.Id, request.Properties, request.Inputs);
        }
        var context = new ReadContext<TArgs, TState>(Identity(request.Urn, request.Name), request.Id,
            request.Properties.Count == 0 ? null : ValueBinder.BindSaved<TState>(request.Properties, request.Urn),
            request.Inputs is null ? null : ValueBinder.BindSaved<TArgs>(request.Inputs, request.Urn));
        var secretsFrom = request.Inputs ?? request.Properties;
        var read = await TranslatePartialFailure(() => readable.ReadAsync(context, cancel), secretsFrom);
        if (read is null)
        {
            return ReadResponse.Gone;
        }
        var outputs = Outputs(read.State, secretsFrom);
        var inputs = read.Inputs is null ? Project(outputs, descriptor.Inputs.Names) : WithSecrets(ValueBinder.ToMap(read.Inputs), secretsFrom);
        return new ReadResponse(read.Id, outputs, inputs);
    }

    public async Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancel)
    {
        if (implementation is not IUpdatable<TArgs, TState> updatable)
        {
            throw new ProviderBugException(ResourceMessages.CannotUpdate(Token));
        }
        if (request.Preview)
        {
            return new UpdateResponse(UpdatePreviewState(request));
        }
        var context = new UpdateContext<TArgs, TState>(Identity(request.Urn, request.Name), request.Id,
            ValueBinder.BindSaved<TState>(request.OldOutputs, request.Urn), ValueBinder.BindChecked<TArgs>(request.News, Token), request.Timeout);
        var state = await TranslatePartialFailure(() => updatable.UpdateAsync(context, cancel), request.News, request.Id);
        return new UpdateResponse(Outputs(state, request.News));
    }

    public async Task DeleteAsync(DeleteRequest request, CancellationToken cancel)
    {
        if (implementation is IDeletable<TState> deletable)
        {
            await deletable.DeleteAsync(new DeleteContext<TState>(Identity(request.Urn, request.Name), request.Id,
                ValueBinder.BindSaved<TState>(request.Properties, request.Urn), request.Timeout), cancel);
        }
    }

    /// <summary>A create preview's state: the inputs echoed where an output repeats one, every other output unknown.</summary>
    private PropertyMap CreatePreviewState(PropertyMap inputs) => PreviewState(inputs, output =>
        inputs.TryGetValue(output.Name, out var echoed) ? echoed : PropertyValue.Computed);

    /// <summary>
    /// An update preview's state: what the update keeps, so that dependents see no change the update will not make.
    /// An output that repeats an input takes the new input (unknown where that input was removed, since the
    /// resource may then compute it); an output declared RecomputedOnUpdate is unknown; every other output keeps
    /// its last value.
    /// </summary>
    private PropertyMap UpdatePreviewState(UpdateRequest request) => PreviewState(request.News, output =>
        output.RecomputedOnUpdate ? PropertyValue.Computed
        : request.News.TryGetValue(output.Name, out var echoed) ? echoed
        : descriptor.Inputs.Find(output.Name) is not null && request.OldInputs.ContainsKey(output.Name) ? PropertyValue.Computed
        : request.OldOutputs.TryGetValue(output.Name, out var kept) ? kept
        : null);

    /// <summary>Each declared output's preview value (none where null), secret as the real outputs would be.</summary>
    private PropertyMap PreviewState(PropertyMap inputs, Func<PropertyShape, PropertyValue?> valueOf) =>
        PropertyMap.From(descriptor.Outputs.Properties
            .Select(output => (output, value: valueOf(output)))
            .Where(entry => entry.value is not null)
            .Select(entry => KeyValuePair.Create(entry.output.Name, entry.value!.WithSecret(
                entry.output.Secret || entry.value.IsSecret || inputs.Get(entry.output.Name).ContainsSecrets))));

    /// <summary>The outputs of a state; an output named like a secret input stays secret (pulumi-protocol.md §4.10).</summary>
    private PropertyMap Outputs(TState state, PropertyMap inputs) => WithSecrets(ValueBinder.ToMap(descriptor.Outputs, state), inputs);

    private static PropertyMap WithSecrets(PropertyMap values, PropertyMap secretsFrom) => PropertyMap.From(values.Select(entry =>
        KeyValuePair.Create(entry.Key, secretsFrom.Get(entry.Key).ContainsSecrets ? entry.Value.WithSecret() : entry.Value)));

    private static PropertyMap Project(PropertyMap values, IEnumerable<string> names) =>
        PropertyMap.From(names.Where(values.ContainsKey).Select(name => KeyValuePair.Create(name, values[name])));

    private ResourceIdentity Identity(string urn, string name) => new(urn, name, log);

    /// <summary>A partial failure from the resource's code becomes the engine's ErrorResourceInitFailed.</summary>
    private async Task<T> TranslatePartialFailure<T>(Func<Task<T>> operation, PropertyMap inputs, string? knownId = null)
    {
        try
        {
            return await operation();
        }
        catch (PartialFailureException<TState> partial)
        {
            throw new ResourceInitFailedException(knownId ?? partial.Id, Outputs(partial.State, inputs), partial.Reasons);
        }
    }
}
