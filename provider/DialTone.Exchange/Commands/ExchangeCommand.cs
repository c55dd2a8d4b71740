using System.Text.RegularExpressions;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Commands;

/// <summary>
/// One command exactly as the Exchange Management Shell takes it: a cmdlet (or the native <c>eseutil</c>) and its
/// named parameters in order. Commands are data: preview renders them, the lab executes them, the bridge splats them.
/// </summary>
/// <example><code>
/// var rehome = new ExchangeCommand("Set-Mailbox").With("Identity", "user0001").With("Database", "DTDB1");
/// var remove = new ExchangeCommand("Remove-MailboxDatabase").With("Identity", "RDB1").WithSwitch("Confirm", false);
/// </code></example>
public sealed partial record ExchangeCommand
{
    /// <summary>A command <paramref name="cmdlet"/> with <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a command name (<c>Verb-Noun</c> or one word).</exception>
    public ExchangeCommand(string cmdlet, EquatableArray<CommandParameter> parameters = default)
    {
        if (!CommandName().IsMatch(cmdlet))
        {
            throw new ArgumentException($"'{cmdlet}' is not a command name: use Verb-Noun (letters and digits) or one word.", nameof(cmdlet));
        }
        Cmdlet = cmdlet;
        Parameters = parameters;
    }

    /// <summary>The cmdlet's name, e.g. <c>Set-Mailbox</c>.</summary>
    public string Cmdlet { get; }

    /// <summary>The named parameters, in order.</summary>
    public EquatableArray<CommandParameter> Parameters { get; init; }

    /// <summary>This command with <c>-<paramref name="name"/> <paramref name="value"/></c> appended.</summary>
    public ExchangeCommand With(string name, ExchangeValue value) => this with { Parameters = Parameters.Add(new(name, value)) };

    /// <summary>This command with the switch <c>-<paramref name="name"/></c> (or <c>-<paramref name="name"/>:$false</c>) appended.</summary>
    public ExchangeCommand WithSwitch(string name, bool isPresent = true) => With(name, new SwitchValue(isPresent));

    /// <summary>The value of the first parameter named exactly <paramref name="name"/> (any case), or null.</summary>
    public ExchangeValue? this[string name] =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>A pipeline of this command followed by <paramref name="next"/>, which receives this command's objects.</summary>
    public Pipeline Pipe(ExchangeCommand next) => new([this, next]);

    /// <summary>This command as a pipeline of one.</summary>
    public Pipeline ToPipeline() => new([this]);

    /// <inheritdoc />
    public override string ToString() =>
        Cmdlet + string.Concat(Parameters.Select(p => $" -{p.Name} {p.Value.ToDisplayString()}"));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*(-[A-Za-z][A-Za-z0-9]*)?$")]
    private static partial Regex CommandName();
}
