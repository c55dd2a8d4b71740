namespace DialTone.Lab.Store;

/// <summary>The lab's own settings, one named value each (the MRS rate, the crash point, counters).</summary>
internal static class Settings
{
    public const string MrsRate = "mrs_rate";
    public const string CrashLeft = "crash_left";
    public const string LabId = "lab_id";

    public static string? Get(Sql sql, string name) =>
        sql.Scalar<string>("SELECT value FROM settings WHERE name = $name", new Arg("$name", name));

    public static long GetLong(Sql sql, string name, long fallback) =>
        Get(sql, name) is { } text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public static void Set(Sql sql, string name, object value) =>
        sql.Run("INSERT INTO settings(name, value) VALUES ($name, $value) ON CONFLICT(name) DO UPDATE SET value = $value",
            new Arg("$name", name),
            new Arg("$value", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)));

    public static void Remove(Sql sql, string name) =>
        sql.Run("DELETE FROM settings WHERE name = $name", new Arg("$name", name));
}
