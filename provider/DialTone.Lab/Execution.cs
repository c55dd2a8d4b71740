using DialTone.Lab.Store;

namespace DialTone.Lab;

/// <summary>
/// One cmdlet execution on one object: everything it reads and writes happens in one SQLite transaction, at one
/// instant of the lab's clock. A mutating execution commits whole or not at all; a read-only one never writes.
/// </summary>
public sealed class Execution
{
    private readonly List<string> _warnings = [];

    internal Execution(Sql sql, DateTimeOffset now, bool readOnly)
    {
        Sql = sql;
        Now = now;
        ReadOnly = readOnly;
    }

    internal Sql Sql { get; }

    public DateTimeOffset Now { get; }

    internal long NowMs => Now.ToUnixTimeMilliseconds();

    public bool ReadOnly { get; }

    /// <summary>Warnings the command printed (Exchange writes them to the warning stream, not as errors).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    internal void Warn(string warning) => _warnings.Add(warning);

    /// <summary>Guards the promise that reads never write: a write attempted by a read-only execution is a lab bug.</summary>
    internal void EnsureWritable()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException("A read-only execution tried to change the lab.");
        }
    }
}
