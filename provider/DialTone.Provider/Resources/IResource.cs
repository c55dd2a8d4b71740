namespace DialTone.Provider.Resources;

// A resource is one class over an inputs record and an outputs record. Only Create is required; every other
// capability is opt-in, and the model supplies the default: without IUpdatable every change replaces, without
// IReadable refresh keeps the last state, without IDeletable deleting forgets the resource.
// Preview never reaches these methods: the model answers previews from the declarations.

/// <summary>A custom resource: creates what its inputs declare and returns its id and outputs.</summary>
public interface IResource<TArgs, TState>
    where TArgs : class
    where TState : class
{
    Task<Created<TState>> CreateAsync(CreateContext<TArgs> context, CancellationToken cancel);
}

/// <summary>Brings an existing resource to new inputs in place.</summary>
public interface IUpdatable<TArgs, TState>
    where TArgs : class
    where TState : class
{
    Task<TState> UpdateAsync(UpdateContext<TArgs, TState> context, CancellationToken cancel);
}

/// <summary>Reads the resource as it really is: for refresh and import. Null means it is gone.</summary>
public interface IReadable<TArgs, TState>
    where TArgs : class
    where TState : class
{
    Task<Read<TArgs, TState>?> ReadAsync(ReadContext<TArgs, TState> context, CancellationToken cancel);
}

/// <summary>Removes the resource.</summary>
public interface IDeletable<TState>
    where TState : class
{
    Task DeleteAsync(DeleteContext<TState> context, CancellationToken cancel);
}

/// <summary>
/// Rules across properties, run by Check after every property has its declared shape and only when no input is
/// unknown. Each failure names its property path and the fix.
/// </summary>
public interface IValidatable<TArgs>
    where TArgs : class
{
    IEnumerable<(Values.PropertyPath Path, string Reason)> Validate(TArgs args);
}
