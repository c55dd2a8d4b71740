using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Store;

/// <summary>A named SQL parameter.</summary>
internal readonly record struct Arg(string Name, object? Value);

/// <summary>
/// Runs SQL on one connection. Commands are prepared once per SQL text and reused: a 10,000-object pipeline runs the
/// same few statements 10,000 times, and preparing them again each time would cost more than running them.
/// Microsoft.Data.Sqlite has no statement cache of its own, hence this small one; for the same reason transactions are
/// begun and ended with cached BEGIN and COMMIT statements rather than SqliteTransaction, which prepares them anew for
/// every transaction.
/// </summary>
internal sealed class Sql(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>Begins a transaction: IMMEDIATE takes the write lock at once (waiting up to the busy timeout).</summary>
    public void Begin(bool immediate) => Run(immediate ? "BEGIN IMMEDIATE" : "BEGIN");

    public void Commit() => Run("COMMIT");

    /// <summary>Rolls back the open transaction, if SQLite has not already ended it (it does on some errors).</summary>
    public void RollBack()
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(Connection.Handle) == 0)
        {
            Run("ROLLBACK");
        }
    }

    public int Run(string sql, params ReadOnlySpan<Arg> args) => Prepare(sql, args).ExecuteNonQuery();

    public T? Scalar<T>(string sql, params ReadOnlySpan<Arg> args)
    {
        var value = Prepare(sql, args).ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T),
            System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<Arg> args)
    {
        var results = new List<T>();
        using var reader = Prepare(sql, args).ExecuteReader();
        while (reader.Read())
        {
            results.Add(map(reader));
        }
        return results;
    }

    public T? One<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<Arg> args) where T : class
    {
        using var reader = Prepare(sql, args).ExecuteReader();
        return reader.Read() ? map(reader) : null;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        Connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, ReadOnlySpan<Arg> args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        foreach (var parameter in command.Parameters.Cast<SqliteParameter>())
        {
            parameter.Value = DBNull.Value;
        }
        foreach (var arg in args)
        {
            var value = arg.Value switch
            {
                null => DBNull.Value,
                Guid guid => guid.ToString(),
                DateTimeOffset time => time.ToUnixTimeMilliseconds(),
                Enum e => e.ToString(),
                var other => other,
            };
            var index = command.Parameters.IndexOf(arg.Name);
            if (index >= 0)
            {
                command.Parameters[index].Value = value;
            }
            else
            {
                command.Parameters.AddWithValue(arg.Name, value);
            }
        }
        return command;
    }
}

/// <summary>Typed reads of columns, so that mapping code reads like the record it builds.</summary>
internal static class ReaderExtensions
{
    public static string Text(this SqliteDataReader reader, int ordinal) => reader.GetString(ordinal);

    public static string? TextOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Long(this SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal);

    public static long? LongOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static bool Flag(this SqliteDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

    public static Guid Guid(this SqliteDataReader reader, int ordinal) => System.Guid.Parse(reader.GetString(ordinal));

    public static DateTimeOffset Time(this SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public static DateTimeOffset? TimeOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
