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
/// <item>the lab's <c>crash_left</c> setting (<c>dialtone-lab fail crash --after N</c>): the lab's N-th mutating
/// execution from then, in any process, commits, disarms the point, and the process dies right after, between two
/// commands.</item>
/// </list>
/// With <c>DIALTONE_LAB_SNAPSHOTS=DIR</c>, the process also copies the lab after each of its mutating executions
/// commits, to <c>DIR/1.db</c>, <c>DIR/2.db</c>, …: the labs a crash at the next execution must leave.
/// </summary>
public sealed class CrashPoint(int? afterInThisProcess, string? snapshots)
{
    public const string EnvironmentVariable = "DIALTONE_LAB_CRASH_AFTER";

    public const string SnapshotsVariable = "DIALTONE_LAB_SNAPSHOTS";

    private int _executionsInThisProcess;

    /// <summary>
    /// The point the environment asks for; a value that is not a positive whole number is refused, since a crash
    /// test that silently never crashes would prove nothing.
    /// </summary>
    internal static CrashPoint FromEnvironment()
    {
        var after = Environment.GetEnvironmentVariable(EnvironmentVariable);
        int? n = null;
        if (!string.IsNullOrEmpty(after))
        {
            n = int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed
                : throw new ArgumentException(
                    $"{EnvironmentVariable} must be a whole number of at least 1 (got '{after}'). Unset it, or set it to the mutating execution to crash in.");
        }
        return new(n, Environment.GetEnvironmentVariable(SnapshotsVariable) is { Length: > 0 } folder ? folder : null);
    }

    /// <summary>Dies now, inside the uncommitted transaction, when this process has reached its crash point.</summary>
    internal void CrashBeforeCommitIfDue()
    {
        _executionsInThisProcess++;
        if (afterInThisProcess == _executionsInThisProcess)
        {
            Die();
        }
    }

    /// <summary>Copies the committed lab when snapshots are asked for (outside any transaction, as VACUUM INTO needs).</summary>
    internal void SnapshotIfAsked(Sql sql)
    {
        if (snapshots is not null)
        {
            sql.Run("VACUUM INTO $file",
                new Arg("$file", Path.Combine(snapshots, _executionsInThisProcess.ToString(CultureInfo.InvariantCulture) + ".db")));
        }
    }

    /// <summary>
    /// Counts down the lab-wide point, when armed, and tells whether it is reached; it is disarmed in the same
    /// transaction. Unarmed, it only reads one setting: it runs in every execution.
    /// </summary>
    internal static bool CountDown(Sql sql)
    {
        if (Settings.Get(sql, Settings.CrashLeft) is null)
        {
            return false;
        }
        var left = Settings.GetLong(sql, Settings.CrashLeft, 0) - 1;
        if (left > 0)
        {
            Settings.Set(sql, Settings.CrashLeft, left);
            return false;
        }
        Settings.Remove(sql, Settings.CrashLeft);
        return true;
    }

    /// <summary>The mutating executions the armed lab-wide point has to go, the one running included; null when unarmed.</summary>
    internal static long? Left(Sql sql) =>
        Settings.Get(sql, Settings.CrashLeft) is null ? null : Settings.GetLong(sql, Settings.CrashLeft, 0);

    /// <summary>
    /// Arms the lab-wide point from inside a mutating execution: the lab's n-th mutating execution after this one is its
    /// last before the crash (this one counts down too when it commits).
    /// </summary>
    internal static void Arm(Sql sql, int n) => Settings.Set(sql, Settings.CrashLeft, n + 1);

    /// <summary>SIGKILL: no finally block, no commit, no flush; what a crashed server leaves behind.</summary>
    internal static void Die() => Process.GetCurrentProcess().Kill();
}
