using DialTone.Lab.Store;
using Microsoft.Data.Sqlite;

namespace DialTone.Lab.Organization;

/// <summary>Exchange servers in the directory.</summary>
public static class ServerDirectory
{
    private const string Columns = "name, guid, fqdn, site, version, schema_version, edition, install_path, is_up";

    public static IReadOnlyList<Server> All(Execution execution) =>
        execution.Sql.Query($"SELECT {Columns} FROM servers ORDER BY name", Map);

    /// <summary>Resolves a ServerIdParameter: name, FQDN, GUID or distinguished name.</summary>
    public static Server Find(Execution execution, string identity) =>
        TryFind(execution, identity)
        ?? throw LabException.NotFound(identity);

    public static Server? TryFind(Execution execution, string identity) =>
        execution.Sql.One($"SELECT {Columns} FROM servers WHERE name = $id OR fqdn = $id COLLATE NOCASE " +
                          "OR guid = $id COLLATE NOCASE", Map, new Arg("$id", NameFromDn(identity)));

    internal static void Insert(Execution execution, Server server)
    {
        execution.EnsureWritable();
        execution.Sql.Run(
            $"INSERT INTO servers({Columns}) VALUES ($name, $guid, $fqdn, $site, $version, $schema, $edition, $install, $up)",
            new Arg("$name", server.Name), new Arg("$guid", server.Guid), new Arg("$fqdn", server.Fqdn),
            new Arg("$site", server.Site), new Arg("$version", server.Version), new Arg("$schema", server.SchemaVersion),
            new Arg("$edition", server.Edition), new Arg("$install", server.InstallPath), new Arg("$up", server.IsUp));
    }

    internal static void SetUp(Execution execution, string server, bool isUp)
    {
        execution.EnsureWritable();
        execution.Sql.Run("UPDATE servers SET is_up = $up WHERE name = $name", new Arg("$up", isUp), new Arg("$name", server));
    }

    /// <summary>The next transaction log prefix on a server: E00, E01, … (each database on a server has its own).</summary>
    internal static string NextLogPrefix(Execution execution, string server)
    {
        execution.EnsureWritable();
        var next = execution.Sql.Scalar<long>(
            "UPDATE servers SET next_log_prefix = next_log_prefix + 1 WHERE name = $name RETURNING next_log_prefix - 1",
            new Arg("$name", server));
        return $"E{next:00}";
    }

    /// <summary>An identity given as a distinguished name ("CN=EX01,CN=Servers,…") names the object by its CN.</summary>
    internal static string NameFromDn(string identity) =>
        identity.StartsWith("CN=", StringComparison.OrdinalIgnoreCase) && identity.Contains(',')
            ? identity[3..identity.IndexOf(',')]
            : identity;

    private static Server Map(SqliteDataReader r) =>
        new(r.Text(0), r.Guid(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7), r.Flag(8));
}
