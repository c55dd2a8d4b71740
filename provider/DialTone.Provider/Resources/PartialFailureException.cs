namespace DialTone.Provider.Resources;

/// <summary>
/// An operation got part of the way: the resource exists as <see cref="Id"/> with <see cref="State"/> but is not as
/// declared. Thrown from a resource's Create, Update or Read, it becomes the engine's ErrorResourceInitFailed: the
/// engine saves the resource with that id and state, so that the next run updates it instead of leaking it, and
/// fails the step. <typeparamref name="TState"/> is the resource's own state record, so the state is always one the
/// model can write.
/// </summary>
public sealed class PartialFailureException<TState>(string id, TState state, params string[] reasons)
    : Exception(string.Join("; ", reasons))
    where TState : class
{
    public string Id { get; } = id;

    public TState State { get; } = state;

    public IReadOnlyList<string> Reasons { get; } = reasons;
}
