using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Disks;

/// <summary>What soft recovery found and did.</summary>
public sealed record ReplayOutcome(bool Complete, long Low, long High, long LastReplayed, int ItemsReplayed);

/// <summary>
/// Soft recovery: rolls a dirty EDB forward with the log generations of its stream found in a folder. The required
/// range must be there in full unless data loss is accepted; generations after it are replayed as long as they follow
/// on without a gap (the failed database's surviving logs, fact sheet §1.2 step 6). Replaying what the file already
/// holds changes nothing, so recovery run twice is recovery run once.
/// </summary>
internal static class LogReplay
{
    public static ReplayOutcome Run(Execution execution, EdbFile edb, string server, string folder, string? prefix, bool acceptDataLoss)
    {
        var low = edb.RequiredLow ?? edb.CommittedGeneration;
        var high = edb.RequiredHigh ?? edb.CommittedGeneration;
        var present = Generations(execution, server, folder, edb.LogStream, prefix);
        var complete = Enumerable.Range(0, (int)(high - low + 1)).All(i => present.Contains(low + i));
        if (!complete && !acceptDataLoss)
        {
            return new ReplayOutcome(false, low, high, edb.CommittedGeneration, 0);
        }
        var last = low - 1;
        var replayed = 0;
        for (var generation = low; present.Contains(generation); generation++)
        {
            replayed += Apply(execution, edb, generation);
            last = generation;
        }
        var committed = Math.Max(last, edb.CommittedGeneration);
        EdbFiles.SetHeader(execution, edb.Id, ShutdownState.Clean, edb.LogStream, committed);
        return new ReplayOutcome(complete, low, high, committed, replayed);
    }

    /// <summary>The generations of a stream present as log files in a folder (any prefix unless one is given).</summary>
    public static HashSet<long> Generations(Execution execution, string server, string folder, string stream, string? prefix) =>
        ServerDisk.List(execution, server, folder)
            .Where(e => e.Kind == EntryKind.Log && e.LogStream == stream && e.Generation is not null
                        && (prefix is null || e.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Generation!.Value).ToHashSet();

    /// <summary>Redoes a generation's records that the file does not reflect yet; returns how many items it added.</summary>
    private static int Apply(Execution execution, EdbFile edb, long generation)
    {
        var records = execution.Sql.Query(
            "SELECT mailbox_guid, item_id, copy, removed FROM log_records WHERE log_stream = $s AND generation = $g ORDER BY seq",
            r => (Mailbox: r.Guid(0), Item: r.Long(1), Copy: (int)r.Long(2), Removed: r.Flag(3)),
            new Arg("$s", edb.LogStream), new Arg("$g", generation));
        var replayed = 0;
        foreach (var (mailboxGuid, item, copy, removed) in records)
        {
            var present = execution.Sql.Scalar<long>(
                "SELECT COUNT(*) FROM items WHERE edb_id = $edb AND mailbox_guid = $m AND item_id = $i AND copy = $c",
                new Arg("$edb", edb.Id), new Arg("$m", mailboxGuid), new Arg("$i", item), new Arg("$c", copy)) > 0;
            if (removed && present)
            {
                StoreWriter.Take(execution, edb.Id, mailboxGuid, item, copy);
                Ledger.Record(execution, item, Ledger.Replaced, $"{edb.DatabaseName} log generation {generation}");
            }
            else if (!removed && !present)
            {
                if (MailboxDirectory.ByExchangeGuid(execution, mailboxGuid) is { } owner)
                {
                    StoreMailboxes.Ensure(execution, edb.Id, owner);
                }
                StoreWriter.Place(execution, edb.Id, mailboxGuid, item, copy);
                Ledger.Record(execution, item, Ledger.Replayed, $"{edb.DatabaseName} log generation {generation}");
                replayed++;
            }
        }
        return replayed;
    }
}
