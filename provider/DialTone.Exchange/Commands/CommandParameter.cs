using System.Text.RegularExpressions;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Commands;

/// <summary>
/// One named parameter of a command, in the order given: <c>-Name value</c>. The name is written as the caller
/// wrote it (possibly abbreviated or an alias, as PowerShell allows); binding replaces it with the full name.
/// </summary>
public sealed partial record CommandParameter
{
    /// <summary>A parameter <paramref name="name"/> (without the leading dash) with <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a parameter name (letters, digits, underscores).</exception>
    public CommandParameter(string name, ExchangeValue value)
    {
        if (!ParameterName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a parameter name: use letters, digits and underscores, without the leading '-'.", nameof(name));
        }
        Name = name;
        Value = value;
    }

    /// <summary>The parameter's name, without the leading dash.</summary>
    public string Name { get; }

    /// <summary>The argument; a <see cref="SwitchValue"/> for a switch.</summary>
    public ExchangeValue Value { get; }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ParameterName();
}
