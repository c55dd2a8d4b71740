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
public sealed record ParameterArgument(string Name, ExchangeValue? Argument = null) : CommandArgument;

/// <summary>A value that is not attached to a parameter token.</summary>
/// <param name="Value">The value.</param>
public sealed record PositionalArgument(ExchangeValue Value) : CommandArgument;
