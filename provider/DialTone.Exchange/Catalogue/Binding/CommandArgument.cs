using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// One argument of a command line as the shell's parser reads it, before binding: PowerShell decides only while
/// binding whether <c>-Name value</c> is a parameter with its argument or a switch followed by a positional value,
/// so the parser hands over tokens and <see cref="CmdletCatalogue.Bind(string, IReadOnlyList{CommandArgument}, bool, bool)"/>
/// decides.
/// </summary>
public abstract record CommandArgument
{
    private protected CommandArgument()
    {
    }
}

/// <summary>A parameter token: <c>-Name</c> (no argument attached) or <c>-Name:value</c>.</summary>
/// <param name="Name">The name as typed, without the dash; it may be abbreviated or an alias.</param>
/// <param name="Argument">The argument attached with a colon, or null.</param>
/// <param name="TypedText">For a number argument typed otherwise than the number prints (<c>007</c>, <c>1kb</c>), the text as typed.</param>
public sealed record ParameterArgument(string Name, ExchangeValue? Argument = null, string? TypedText = null) : CommandArgument;

/// <summary>A value that is not attached to a parameter token.</summary>
/// <param name="Value">The value.</param>
/// <param name="TypedText">
/// For a number typed otherwise than it prints (<c>007</c>, <c>1kb</c>, <c>+5</c>), the text as typed: PowerShell keeps
/// that text with the number (WrappedNumber) and binds it to text parameters, so <c>-Name 007</c> is <c>'007'</c>.
/// </param>
public sealed record PositionalArgument(ExchangeValue Value, string? TypedText = null) : CommandArgument;
