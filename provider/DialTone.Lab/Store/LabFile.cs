using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Store;

/// <summary>
/// A lab is one SQLite file. WAL with synchronous=NORMAL survives a crash of the process (what the lab simulates) and
/// lets two processes share the file: readers never block the writer, and a writer waits for the other up to the busy
/// timeout instead of failing.
/// </summary>
internal static class LabFile
{
    /// <summary>Bumped whenever the schema changes: an older lab file is refused with a clear message.</summary>
    public const int FormatVersion = 3;

    public static SqliteConnection Create(string path, TimeSpan busyTimeout)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = Connect(full, SqliteOpenMode.ReadWriteCreate, busyTimeout);
        Execute(connection, "PRAGMA journal_mode=WAL;");
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, ReadSchema(), transaction);
            Execute(connection, $"INSERT INTO settings(name, value) VALUES ('format', '{FormatVersion}');", transaction);
            transaction.Commit();
        }
        return connection;
    }

    public static SqliteConnection Open(string path, TimeSpan busyTimeout)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new LabNotFoundException(Directory.Exists(full) ? Messages.LabIsAFolder(full) : Messages.NoLab(full));
        }
        var connection = Connect(full, SqliteOpenMode.ReadWrite, busyTimeout);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE name = 'format'";
        string? format;
        try
        {
            format = command.ExecuteScalar() as string;
        }
        catch (SqliteException)
        {
            format = null;
        }
        if (format != FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            connection.Dispose();
            throw new LabNotFoundException(Messages.NotALab(full, format));
        }
        return connection;
    }

    /// <summary>Whether an error is another process holding the lab longer than the busy timeout.</summary>
    public static bool IsBusy(Exception error) =>
        error is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED };

    private static SqliteConnection Connect(string path, SqliteOpenMode mode, TimeSpan busyTimeout)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        // A checkpoint fsyncs the lab file: SQLite's default of one every 1,000 WAL pages came every ~200 executions of
        // a re-home; one every 10,000 pages (about 40 MB of log, kept at most that size) costs a fifth less CPU there.
        Execute(connection,
            $"PRAGMA busy_timeout={(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; " +
            "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=10000; " +
            "PRAGMA journal_size_limit=41943040;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string ReadSchema()
    {
        using var stream = typeof(LabFile).Assembly.GetManifestResourceStream("DialTone.Lab.Schema.sql")
            ?? throw new InvalidOperationException("The lab schema is not embedded in DialTone.Lab.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
