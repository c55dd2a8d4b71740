using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Disks;

/// <summary>The folders and files on the servers' drives.</summary>
public static class ServerDisk
{
    private const string Columns = "id, server, path, kind, edb_id, log_stream, generation, size, modified_at";

    public static readonly IReadOnlyList<string> Drives = [@"C:\", @"D:\", @"E:\"];

    public static DiskEntry? Find(Execution execution, string server, string path) =>
        execution.Sql.One($"SELECT {Columns} FROM files WHERE server = $server AND path_key = $key", Map,
            new Arg("$server", server), new Arg("$key", WindowsPath.Key(path)));

    /// <summary>The entries directly inside a folder, by name.</summary>
    public static IReadOnlyList<DiskEntry> List(Execution execution, string server, string folder) =>
        execution.Sql.Query($"SELECT {Columns} FROM files WHERE server = $server AND parent_key = $key AND path_key <> $key " +
                            "ORDER BY path_key", Map,
            new Arg("$server", server), new Arg("$key", WindowsPath.Key(folder)));

    /// <summary>Creates a folder and any missing folders above it (drive roots exist from the start).</summary>
    public static void EnsureFolder(Execution execution, string server, string folder)
    {
        execution.EnsureWritable();
        var missing = new Stack<string>();
        for (var f = folder; Find(execution, server, f) is null; f = WindowsPath.Parent(f))
        {
            missing.Push(f);
            if (WindowsPath.IsDriveRoot(f))
            {
                break;
            }
        }
        foreach (var f in missing)
        {
            Insert(execution, server, f, EntryKind.Folder, null, null, null, 0);
        }
    }

    /// <summary>Adds a file to an existing folder (callers check the folder, so that each names its own error).</summary>
    public static long AddFile(Execution execution, string server, string path, EntryKind kind,
        long? edbId = null, string? logStream = null, long? generation = null, long size = 0) =>
        Insert(execution, server, path, kind, edbId, logStream, generation, size);

    public static void Delete(Execution execution, long id)
    {
        execution.EnsureWritable();
        execution.Sql.Run("DELETE FROM files WHERE id = $id", new Arg("$id", id));
    }

    /// <summary>Everything below a folder, at any depth.</summary>
    public static IReadOnlyList<DiskEntry> Below(Execution execution, string server, string folder) =>
        execution.Sql.Query($"SELECT {Columns} FROM files WHERE server = $server AND path_key LIKE $prefix ESCAPE '!' ORDER BY path_key",
            Map, new Arg("$server", server), new Arg("$prefix", EscapeLike(WindowsPath.Key(folder).TrimEnd('\\') + "\\") + "%"));

    /// <summary>Moves an entry (and, for a folder, everything below it) to a new path on the same or another server.</summary>
    internal static void Relocate(Execution execution, DiskEntry entry, string server, string path)
    {
        execution.EnsureWritable();
        var below = entry.Kind == EntryKind.Folder ? Below(execution, entry.Server, entry.Path) : [];
        SetPath(execution, entry.Id, server, path);
        foreach (var child in below)
        {
            SetPath(execution, child.Id, server, path + child.Path[entry.Path.Length..]);
        }
    }

    /// <summary>Adds a copy of an entry at a path: an EDB copy has its own content, a log copy the same stream.</summary>
    internal static void CopyEntry(Execution execution, DiskEntry entry, string server, string path)
    {
        var edb = entry.Kind == EntryKind.Edb && entry.EdbId is { } id ? EdbFiles.Copy(execution, id) : (long?)null;
        Insert(execution, server, path, entry.Kind, edb, entry.LogStream, entry.Generation, entry.Size);
    }

    private static void SetPath(Execution execution, long id, string server, string path) =>
        execution.Sql.Run("UPDATE files SET server = $server, path = $path, path_key = $key, parent_key = $parent, " +
                          "modified_at = $now WHERE id = $id",
            new Arg("$server", server), new Arg("$path", path), new Arg("$key", WindowsPath.Key(path)),
            new Arg("$parent", WindowsPath.Key(WindowsPath.Parent(path))), new Arg("$now", execution.NowMs), new Arg("$id", id));

    private static string EscapeLike(string text) => text.Replace("!", "!!").Replace("%", "!%").Replace("_", "!_");

    private static long Insert(Execution execution, string server, string path, EntryKind kind,
        long? edbId, string? logStream, long? generation, long size)
    {
        execution.EnsureWritable();
        return execution.Sql.Scalar<long>(
            "INSERT INTO files(server, path, path_key, parent_key, kind, edb_id, log_stream, generation, size, modified_at) " +
            "VALUES ($server, $path, $key, $parent, $kind, $edb, $stream, $gen, $size, $now) RETURNING id",
            new Arg("$server", server), new Arg("$path", path), new Arg("$key", WindowsPath.Key(path)),
            new Arg("$parent", WindowsPath.Key(WindowsPath.Parent(path))), new Arg("$kind", kind),
            new Arg("$edb", edbId), new Arg("$stream", logStream), new Arg("$gen", generation), new Arg("$size", size),
            new Arg("$now", execution.NowMs));
    }

    private static DiskEntry Map(SqliteDataReader r) =>
        new(r.Long(0), r.Text(1), r.Text(2), Enum.Parse<EntryKind>(r.Text(3)), r.LongOrNull(4), r.TextOrNull(5),
            r.LongOrNull(6), r.Long(7), r.Time(8));
}
