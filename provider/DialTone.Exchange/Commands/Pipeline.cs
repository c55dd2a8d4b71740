using DialTone.Exchange.Values;

namespace DialTone.Exchange.Commands;

/// <summary>
/// Commands joined by <c>|</c>: each command after the first runs once per object the previous one outputs, with
/// that object bound to its <c>-Identity</c> (<c>Get-Mailbox -Database DB1 | Set-Mailbox -Database DTDB1</c>).
/// Each execution on one object is atomic, as in Exchange; the pipeline as a whole is not.
/// </summary>
public sealed record Pipeline
{
    /// <summary>A pipeline of <paramref name="commands"/>, at least one.</summary>
    /// <exception cref="ArgumentException">There are no commands.</exception>
    public Pipeline(EquatableArray<ExchangeCommand> commands)
    {
        if (commands.IsEmpty)
        {
            throw new ArgumentException("A pipeline needs at least one command.", nameof(commands));
        }
        Commands = commands;
    }

    /// <summary>The commands, first to last.</summary>
    public EquatableArray<ExchangeCommand> Commands { get; }

    /// <summary>This pipeline with <paramref name="next"/> appended after a <c>|</c>.</summary>
    public Pipeline Pipe(ExchangeCommand next) => new(Commands.Add(next));

    /// <summary>A pipeline of one command.</summary>
    public static implicit operator Pipeline(ExchangeCommand command) => command.ToPipeline();

    /// <inheritdoc />
    public override string ToString() => string.Join(" | ", Commands);
}
