using DialTone.Provider.Values;

namespace DialTone.Provider.Contracts;

// The failures a provider reports, each saying whose fault it is. Rpc/ maps each to the status code the engine treats
// accordingly (pulumi-protocol.md §2.4–2.5); any other exception is a bug in the provider.

/// <summary>The user's input is wrong: INVALID_ARGUMENT, with each property at fault.</summary>
public sealed class InvalidInputException(string message, IReadOnlyList<CheckFailure> failures) : Exception(message)
{
    public IReadOnlyList<CheckFailure> Failures { get; } = failures;

    /// <summary>The failures, their reasons joined as the message.</summary>
    public static InvalidInputException From(IReadOnlyList<CheckFailure> failures) =>
        new(string.Join(" ", failures.Select(failure => failure.Reason)), failures);
}

/// <summary>An operation failed and changed nothing (FAILED_PRECONDITION): the engine records a clean failure.</summary>
public sealed class OperationFailedException(string message) : Exception(message);

/// <summary>
/// An operation got part of the way: the resource exists with <paramref name="id"/> and <paramref name="state"/>
/// but is not as declared. The engine saves it (so the next run updates rather than leaks it) and fails the step.
/// </summary>
public sealed class ResourceInitFailedException(
    string id, PropertyMap state, IReadOnlyList<string> reasons, PropertyMap? inputs = null)
    : Exception(string.Join("; ", reasons))
{
    public string Id { get; } = id;

    public PropertyMap State { get; } = state;

    public IReadOnlyList<string> Reasons { get; } = reasons;

    /// <summary>The inputs that produce this state, for a Read.</summary>
    public PropertyMap? Inputs { get; } = inputs;
}

/// <summary>Configure lacks keys the chosen transport needs (the engine tells the user how to set each).</summary>
public sealed class MissingConfigurationException(IReadOnlyList<MissingKey> keys)
    : Exception($"Missing required configuration: {string.Join(", ", keys.Select(key => key.Name))}.")
{
    public IReadOnlyList<MissingKey> Keys { get; } = keys;
}

/// <param name="Name">The key as the user sets it, "dialtone:password".</param>
public sealed record MissingKey(string Name, string Description);

/// <summary>A state the provider's own code should never reach: INTERNAL, "please report".</summary>
public sealed class ProviderBugException(string message) : Exception(message);
