using System.Diagnostics;
using System.Globalization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Faults;

/// <summary>
/// Kills the process at a mutating execution, so that crash tests can prove every execution is whole or absent and
/// every sequence can be resumed. Two ways to arm it:
/// <list type="bullet">
/// <item><c>DIALTONE_LAB_CRASH_AFTER=N</c>: this process dies in its N-th mutating execution, after the work and before
/// the commit, so that execution leaves nothing behind.</item>
/// <item>the lab's <c>crash_at</c> setting (<c>dialtone-lab fail crash --after N</c>): the lab's N-th mutating execution
/// from then commits, disarms the point, and the process dies right after, between two commands.</item>
/// </list>
/// </summary>
public sealed class CrashPoint(int? afterInThisProcess)
{
    public const string EnvironmentVariable = "DIALTONE_LAB_CRASH_AFTER";

    private int _executionsInThisProcess;

    internal static CrashPoint FromEnvironment() =>
        new(int.TryParse(Environment.GetEnvironmentVariable(EnvironmentVariable), NumberStyles.None,
            CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null);

    /// <summary>Dies now, inside the uncommitted transaction, when this process has reached its crash point.</summary>
    internal void CrashBeforeCommitIfDue()
    {
        _executionsInThisProcess++;
        if (afterInThisProcess == _executionsInThisProcess)
        {
            Die();
        }
    }

    /// <summary>
    /// Counts one more mutating execution and tells whether the lab-wide point is reached; it is disarmed in the same
    /// transaction. One statement, because it runs in every execution.
    /// </summary>
    internal static bool CountAndCheck(Sql sql)
    {
        var crashAt = sql.Scalar<long?>(
            "INSERT INTO settings(name, value) VALUES ($mutations, '1') " +
            "ON CONFLICT(name) DO UPDATE SET value = CAST(value AS INTEGER) + 1 " +
            "RETURNING (SELECT CAST(c.value AS INTEGER) FROM settings c WHERE c.name = $crash AND CAST(c.value AS INTEGER) = CAST(settings.value AS INTEGER))",
            new Arg("$mutations", Settings.Mutations), new Arg("$crash", Settings.CrashAt));
        if (crashAt is null)
        {
            return false;
        }
        Settings.Remove(sql, Settings.CrashAt);
        return true;
    }

    /// <summary>
    /// Arms the lab-wide point from inside a mutating execution: the lab's n-th mutating execution after this one is its
    /// last before the crash (this one is counted when it commits).
    /// </summary>
    internal static void Arm(Sql sql, int n) =>
        Settings.Set(sql, Settings.CrashAt, Settings.GetLong(sql, Settings.Mutations, 0) + 1 + n);

    /// <summary>SIGKILL: no finally block, no commit, no flush; what a crashed server leaves behind.</summary>
    internal static void Die() => Process.GetCurrentProcess().Kill();
}
