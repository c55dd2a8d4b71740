using DialTone.Exchange.Errors;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>The outcome of binding: a <see cref="BoundCommand"/>, or the error PowerShell would report instead.</summary>
/// <param name="Command">The bound command, when binding succeeded.</param>
/// <param name="Error">The binding error, when it failed.</param>
public sealed record BindingResult(BoundCommand? Command, ExchangeError? Error)
{
    /// <summary>True when binding succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>Binding succeeded.</summary>
    public static implicit operator BindingResult(BoundCommand command) => new(command, null);

    /// <summary>Binding failed.</summary>
    public static implicit operator BindingResult(ExchangeError error) => new(null, error);
}
