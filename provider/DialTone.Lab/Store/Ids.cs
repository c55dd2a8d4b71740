using System.Security.Cryptography;
using System.Text;

namespace DialTone.Lab.Store;

/// <summary>
/// New GUIDs for objects the lab creates after init (databases, log streams, restore requests), derived from the
/// lab's id and a counter kept in the lab: the same commands on the same lab give the same GUIDs, which lets crash
/// tests compare a crashed lab with one that stopped cleanly at the same point.
/// </summary>
internal static class Ids
{
    public static Guid NewGuid(Execution execution)
    {
        execution.EnsureWritable();
        var sql = execution.Sql;
        var counter = sql.Scalar<long>(
            "INSERT INTO settings(name, value) VALUES ('guid_counter', '1') " +
            "ON CONFLICT(name) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING CAST(value AS INTEGER)");
        var seed = $"{Settings.Get(sql, Settings.LabId)}/{counter}";
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(seed)).AsSpan(0, 16));
    }
}
