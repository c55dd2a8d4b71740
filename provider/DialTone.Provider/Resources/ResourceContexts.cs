using DialTone.Provider.Contracts;

namespace DialTone.Provider.Resources;

// What a resource's own code is given and returns: typed, immutable, and free of wire types.

/// <param name="Log">Messages for the user under this resource; ephemeral ones are progress lines.</param>
public sealed record ResourceIdentity(string Urn, string Name, IEngineLog Log)
{
    public Task ProgressAsync(string message, CancellationToken cancel) =>
        Log.LogAsync(LogSeverity.Info, message, Urn, ephemeral: true, cancel);
}

public sealed record CreateContext<TArgs>(ResourceIdentity Resource, TArgs Args, TimeSpan? Timeout);

/// <param name="Id">The new resource's id; never empty.</param>
public sealed record Created<TState>(string Id, TState State);

public sealed record UpdateContext<TArgs, TState>(
    ResourceIdentity Resource, string Id, TState OldState, TArgs News, TimeSpan? Timeout);

/// <param name="OldState">The last state; null when importing.</param>
public sealed record ReadContext<TArgs, TState>(ResourceIdentity Resource, string Id, TState? OldState, TArgs? OldInputs)
{
    public bool IsImport => OldState is null;
}

/// <param name="Inputs">The inputs that would produce this state; null to derive them from the state.</param>
public sealed record Read<TArgs, TState>(string Id, TState State, TArgs? Inputs = default);

public sealed record DeleteContext<TState>(ResourceIdentity Resource, string Id, TState State, TimeSpan? Timeout);
