using DialTone.Lab.Store;

namespace DialTone.Lab.Journal;

/// <summary>
/// The journal: every command that changed the lab or tried to. Commands that only look (Get-*) are not journaled,
/// as Exchange's administrator audit log leaves them out, so that a preview leaves no trace at all.
/// </summary>
public static class JournalBook
{
    public static IReadOnlyList<JournalEntry> List(Execution execution, long after = 0, int? last = null) =>
        last is { } count
            ? execution.Sql.Query(
                "SELECT * FROM (SELECT seq, at, who, command, target, result, message FROM journal WHERE seq > $after " +
                "ORDER BY seq DESC LIMIT $last) ORDER BY seq", Map, new Arg("$after", after), new Arg("$last", count))
            : execution.Sql.Query(
                "SELECT seq, at, who, command, target, result, message FROM journal WHERE seq > $after ORDER BY seq",
                Map, new Arg("$after", after));

    internal static int Append(Sql sql, JournalEntry entry)
    {
        return sql.Run("INSERT INTO journal(at, who, command, target, result, message) " +
                "VALUES ($at, $who, $command, $target, $result, $message)",
            new Arg("$at", entry.At), new Arg("$who", entry.Who), new Arg("$command", entry.Command),
            new Arg("$target", entry.Target), new Arg("$result", entry.Result), new Arg("$message", entry.Message));
    }

    private static JournalEntry Map(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.Long(0), r.Time(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6));
}
