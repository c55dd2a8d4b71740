using DialTone.Exchange.Errors;
using System.Globalization;

namespace DialTone.Lab.Disks;

/// <summary>
/// <c>eseutil</c> on a server: <c>/mh</c> dumps an EDB header (State: Clean Shutdown | Dirty Shutdown, Log Required),
/// <c>/r Enn /l LOGS /d EDBFOLDER</c> soft-recovers the dirty databases in a folder with the Enn logs
/// [S7 DOC][fact sheet §2.8]. Output is eseutil's lines; a failure ends with eseutil's "Operation terminated" line.
/// </summary>
public static class Eseutil
{
    private const string Banner = "Extensible Storage Engine Utilities for Microsoft(R) Exchange Server";

    public static IReadOnlyList<string> DumpHeader(Execution execution, string server, string edbPath)
    {
        var (host, local) = FileWork.Locate(execution, server, edbPath);
        var entry = ServerDisk.Find(execution, host, local);
        if (entry?.EdbId is not { } id)
        {
            throw Failed(-1811, "JET_errFileNotFound, File not found", edbPath);
        }
        if (Mounting.InUse(execution, entry))
        {
            throw Failed(-1032, "JET_errFileAccessDenied, Cannot access file, the file is locked or in use", edbPath);
        }
        var edb = EdbFiles.Get(execution, id);
        var (low, high) = edb.State == ShutdownState.Dirty ? (edb.RequiredLow ?? 0, edb.RequiredHigh ?? 0) : (0, 0);
        return
        [
            Banner, "", "Initiating FILE DUMP mode...", $"         Database: {local}", "", "DATABASE HEADER:",
            $"           Db Identity: {edb.DatabaseGuid} ({edb.DatabaseName})",
            $"                 State: {(edb.State == ShutdownState.Clean ? "Clean Shutdown" : "Dirty Shutdown")}",
            $"          Log Required: {low}-{high} (0x{low:x}-0x{high:x})",
            $"       Log Committed: 0-{edb.CommittedGeneration} (0x0-0x{edb.CommittedGeneration:x})",
            $"         Log Signature: {edb.LogStream}",
            "", "Operation completed successfully in 0.1 seconds.",
        ];
    }

    public static IReadOnlyList<string> Recover(Execution execution, string server, string prefix, string logFolder,
        string databaseFolder)
    {
        var (logHost, logs) = FileWork.Locate(execution, server, logFolder);
        var (host, folder) = FileWork.Locate(execution, server, databaseFolder);
        if (ServerDisk.Find(execution, logHost, logs) is null || ServerDisk.Find(execution, host, folder) is null)
        {
            throw Failed(-1811, "JET_errFileNotFound, File not found", logFolder);
        }
        var edbs = ServerDisk.List(execution, host, folder).Where(e => e.Kind == EntryKind.Edb).ToList();
        if (edbs.FirstOrDefault(e => Mounting.InUse(execution, e)) is { } busy)
        {
            throw Failed(-1032, "JET_errFileAccessDenied, Cannot access file, the file is locked or in use", busy.Path);
        }
        var lines = new List<string> { Banner, "", "Initiating RECOVERY mode...", $"    Logfile base name: {prefix}",
            $"            Log files: {logs}", $"         System files: {logs}", "" };
        foreach (var entry in edbs)
        {
            var edb = EdbFiles.Get(execution, entry.EdbId!.Value);
            if (edb.State == ShutdownState.Clean)
            {
                continue;
            }
            var replay = LogReplay.Run(execution, edb, logHost, logs, prefix, acceptDataLoss: false);
            if (!replay.Complete)
            {
                throw Failed(-528, "JET_errMissingLogFile, Current log file missing", entry.Path);
            }
            lines.Add($"Performing soft recovery of {entry.Path}: replayed log generations {replay.Low} to {replay.LastReplayed}.");
        }
        lines.Add("");
        lines.Add("Operation completed successfully in 0.1 seconds.");
        return lines;
    }

    private static LabException Failed(int code, string meaning, string target) =>
        new(ErrorCategory.NotSpecified, string.Create(CultureInfo.InvariantCulture,
            $"Operation terminated with error {code} ({meaning}) after 0.0 seconds."), target);
}
