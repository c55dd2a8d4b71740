using DialTone.Lab.Faults;
using DialTone.Lab.Journal;
using DialTone.Lab.Store;

namespace DialTone.Lab;

/// <summary>Who runs commands against a lab and which clock it keeps.</summary>
public sealed record LabOptions
{
    /// <summary>The lab's clock; tests inject one to move time (MRS progress is computed from it).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Recorded in the journal as the one who ran each command.</summary>
    public string Who { get; init; } = $"{Environment.UserName}@{Environment.MachineName}";

    /// <summary>How long a command waits while another process is writing to the lab before it gives up.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// An open lab: one SQLite file holding an emulated Exchange organization. Every command runs as an
/// <see cref="Execution"/>: <see cref="Read{T}"/> for commands that only look, <see cref="Mutate{T}"/> for commands that
/// change something. Not thread-safe: one Lab per thread; two processes may share one file.
/// </summary>
public sealed class Lab : IDisposable
{
    private readonly Sql _sql;
    private readonly CrashPoint _crash;

    private Lab(Sql sql, LabOptions options, CrashPoint crash)
    {
        _sql = sql;
        Options = options;
        _crash = crash;
    }

    public LabOptions Options { get; }

    public string Path => _sql.Connection.DataSource;

    /// <summary>Opens an existing lab; a missing file is an error that says how to create one.</summary>
    public static Lab Open(string path, LabOptions? options = null) => Connect(LabFile.Open, path, options ?? new());

    /// <summary>Creates an empty lab file (no organization yet); <c>dialtone-lab init</c> fills it.</summary>
    internal static Lab Create(string path, LabOptions? options = null) => Connect(LabFile.Create, path, options ?? new());

    /// <summary>The crash point is read first: a bad one is refused before a connection is left open.</summary>
    private static Lab Connect(Func<string, TimeSpan, Microsoft.Data.Sqlite.SqliteConnection> connect, string path, LabOptions options)
    {
        var crash = CrashPoint.FromEnvironment();
        return new(new Sql(connect(path, options.BusyTimeout)), options, crash);
    }

    /// <summary>Runs a command that only looks: in a read transaction (one consistent snapshot) that is never committed.</summary>
    public T Read<T>(Func<Execution, T> read) =>
        InTransaction(deferred: true, commit: false, () => read(new Execution(_sql, Options.Clock.GetUtcNow(), readOnly: true)));

    /// <summary>
    /// Runs one mutating execution atomically and journals it, with the warnings it gave. When it fails, nothing it did
    /// is kept and the failure is journaled, a fault of the lab itself as one. A crash point (<see cref="CrashPoint"/>)
    /// kills the process there, as a crashed server would be.
    /// </summary>
    public T Mutate<T>(string command, string target, Func<Execution, T> work)
    {
        var now = Options.Clock.GetUtcNow();
        var crashAfterCommit = false;
        try
        {
            var result = InTransaction(deferred: false, commit: true, () =>
            {
                var execution = new Execution(_sql, now, readOnly: false);
                Replication.Mrs.CatchUp(execution);
                var result = work(execution);
                JournalBook.Append(_sql,
                    new JournalEntry(0, now, Options.Who, command, target, JournalEntry.Succeeded, string.Join(" ", execution.Warnings)));
                crashAfterCommit = CrashPoint.CountDown(_sql);
                _crash.CrashBeforeCommitIfDue();
                return result;
            });
            _crash.SnapshotIfAsked(_sql);
            if (crashAfterCommit)
            {
                CrashPoint.Die();
            }
            return result;
        }
        catch (LabException error)
        {
            JournalFailure(now, command, target, error.Message);
            throw;
        }
        catch (Exception error) when (!LabFile.IsBusy(error))
        {
            JournalFailure(now, command, target, Messages.LabFault(error));
            throw;
        }
    }

    public void Dispose() => _sql.Dispose();

    /// <summary>The journal entry of a failed execution, in a transaction of its own (the execution's was rolled back).</summary>
    private void JournalFailure(DateTimeOffset now, string command, string target, string message) =>
        InTransaction(deferred: false, commit: true, () => JournalBook.Append(_sql,
            new JournalEntry(0, now, Options.Who, command, target, JournalEntry.Failed, message)));

    /// <summary>Moves everything from the write-ahead log into the lab file, so that the next command starts light.</summary>
    internal void Checkpoint() => _sql.Run("PRAGMA wal_checkpoint(TRUNCATE)");

    /// <summary>Builds a lab in one transaction (init): not a command, so neither journaled nor counted.</summary>
    internal T Build<T>(Func<Execution, T> work) =>
        InTransaction(deferred: false, commit: true, () => work(new Execution(_sql, Options.Clock.GetUtcNow(), readOnly: false)));

    /// <summary>A transaction that is rolled back unless committed, and when its body fails.</summary>
    private T InTransaction<T>(bool deferred, bool commit, Func<T> body)
    {
        _sql.Begin(immediate: !deferred);
        try
        {
            var result = body();
            if (commit)
            {
                _sql.Commit();
            }
            else
            {
                _sql.RollBack();
            }
            return result;
        }
        catch
        {
            _sql.RollBack();
            throw;
        }
    }
}
