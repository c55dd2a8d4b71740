namespace DialTone.Lab.Disks;

public enum EntryKind
{
    Folder,
    Edb,
    Log,
    Checkpoint,
    File,
}

/// <summary>A folder or file on a server's disk. An EDB points at its content; logs and checkpoints at their stream.</summary>
public sealed record DiskEntry(
    long Id,
    string Server,
    string Path,
    EntryKind Kind,
    long? EdbId,
    string? LogStream,
    long? Generation,
    long Size,
    DateTimeOffset Modified)
{
    public string Name => WindowsPath.Name(Path);

    public string Folder => WindowsPath.Parent(Path);
}
