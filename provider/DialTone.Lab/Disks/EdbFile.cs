namespace DialTone.Lab.Disks;

public enum ShutdownState
{
    Clean,
    Dirty,
}

/// <summary>
/// An EDB file's header as <c>eseutil /mh</c> shows it: which database created it, whether it was shut down clean,
/// the log stream it is attached to and, when dirty, the log generations it needs to become consistent.
/// </summary>
public sealed record EdbFile(
    long Id,
    Guid DatabaseGuid,
    string DatabaseName,
    ShutdownState State,
    string LogStream,
    long CommittedGeneration,
    long? RequiredLow,
    long? RequiredHigh,
    DateTimeOffset Created);
