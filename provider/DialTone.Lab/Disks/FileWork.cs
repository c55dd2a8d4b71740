using DialTone.Exchange.Errors;
using System.Text.RegularExpressions;

namespace DialTone.Lab.Disks;

/// <summary>
/// The server-side file work of a recovery, as PowerShell's FileSystem provider does it on one server (run there by
/// <c>Invoke-Command</c>): Move-Item, Copy-Item (also to another server's administrative share <c>\\EX02\E$\…</c>),
/// Rename-Item, Remove-Item, Get-ChildItem, Test-Path and New-Item -ItemType Directory. Paths follow Windows rules;
/// wildcards (<c>*</c>, <c>?</c>, <c>[a-z]</c>) are taken in the last path segment, as PowerShell takes them there,
/// except in a literal path (<c>-LiteralPath</c>), which names one item exactly. Files a mounted database holds open
/// cannot be moved, copied, renamed or removed.
/// </summary>
public static class FileWork
{
    private const string DocumentsFolder = @"C:\Users\Administrator\Documents";

    /// <summary>The items a path names: the entry itself, or those its wildcard matches (none is an error).</summary>
    public static IReadOnlyList<DiskEntry> Items(Execution execution, string server, string path, bool literal = false)
    {
        var (host, local) = Locate(execution, server, path, literal);
        var name = WindowsPath.Name(local);
        if (literal || !HasWildcard(name))
        {
            return [ServerDisk.Find(execution, host, local) ?? throw NotFound(path)];
        }
        var pattern = Wildcard(name);
        var matches = ServerDisk.List(execution, host, WindowsPath.Parent(local)).Where(e => pattern.IsMatch(e.Name)).ToList();
        return matches.Count > 0 ? matches : throw NotFound(path);
    }

    public static bool TestPath(Execution execution, string server, string path, bool literal = false)
    {
        try
        {
            return Items(execution, server, path, literal).Count > 0;
        }
        catch (LabException)
        {
            return false;
        }
    }

    /// <summary>Get-ChildItem: a folder's content, or the items a file path or wildcard names.</summary>
    public static IReadOnlyList<DiskEntry> ChildItems(Execution execution, string server, string path, bool literal = false)
    {
        var items = Items(execution, server, path, literal);
        return items is [{ Kind: EntryKind.Folder } folder] ? ServerDisk.List(execution, folder.Server, folder.Path) : items;
    }

    public static DiskEntry NewFolder(Execution execution, string server, string path, bool force)
    {
        var (host, local) = Locate(execution, server, path);
        if (ServerDisk.Find(execution, host, local) is { } existing)
        {
            return force && existing.Kind == EntryKind.Folder ? existing
                : throw new LabException(ErrorCategory.ResourceExists, Messages.ItemExists(path), path);
        }
        ServerDisk.EnsureFolder(execution, host, local);
        return ServerDisk.Find(execution, host, local)!;
    }

    public static void Move(Execution execution, string server, string path, string destination, bool force, bool literal = false)
    {
        var items = Items(execution, server, path, literal);
        foreach (var item in items)
        {
            RefuseInUse(execution, item);
        }
        foreach (var item in items)
        {
            var (host, target) = Target(execution, server, destination, item, items.Count, force);
            ServerDisk.Relocate(execution, item, host, target);
        }
    }

    public static void Copy(Execution execution, string server, string path, string destination, bool recurse, bool literal = false)
    {
        var items = Items(execution, server, path, literal);
        foreach (var item in items)
        {
            RefuseInUse(execution, item);
        }
        foreach (var item in items)
        {
            var (host, target) = Target(execution, server, destination, item, items.Count, force: true);
            if (item.Kind == EntryKind.Folder)
            {
                ServerDisk.EnsureFolder(execution, host, target);
                if (recurse)
                {
                    foreach (var child in ServerDisk.Below(execution, item.Server, item.Path))
                    {
                        CopyOne(execution, child, host, target + child.Path[item.Path.Length..]);
                    }
                }
            }
            else
            {
                CopyOne(execution, item, host, target);
            }
        }
    }

    public static void Rename(Execution execution, string server, string path, string newName, bool literal = false)
    {
        if (newName.IndexOfAny(['\\', '/', ':']) >= 0)
        {
            throw new LabException(ErrorCategory.InvalidArgument, Messages.RenameToPath, newName);
        }
        var items = Items(execution, server, path, literal);
        if (items.Count > 1)
        {
            throw new LabException(ErrorCategory.InvalidArgument, Messages.RenameMultipleItems, path);
        }
        var item = items[0];
        RefuseInUse(execution, item);
        var target = WindowsPath.Combine(item.Folder, newName);
        if (!string.Equals(target, item.Path, StringComparison.OrdinalIgnoreCase) && ServerDisk.Find(execution, item.Server, target) is not null)
        {
            throw new LabException(ErrorCategory.WriteError, Messages.FileExists, path);
        }
        ServerDisk.Relocate(execution, item, item.Server, target);
    }

    public static void Remove(Execution execution, string server, string path, bool recurse, bool literal = false)
    {
        var items = Items(execution, server, path, literal);
        foreach (var item in items)
        {
            var below = item.Kind == EntryKind.Folder ? ServerDisk.Below(execution, item.Server, item.Path) : [];
            if (below.Count > 0 && !recurse)
            {
                throw LabException.Confirmation(Messages.HasChildrenQuestion(item.Path), path);
            }
            foreach (var entry in below.Append(item))
            {
                RefuseInUse(execution, entry);
            }
            foreach (var entry in below.Reverse().Append(item))
            {
                Discard(execution, entry);
            }
        }
    }

    /// <summary>
    /// Where a path lives: a local path on <paramref name="server"/>, or an administrative share
    /// <c>\\SERVER\X$\rest</c> (the server's drive X; a server that is down has no share). The drive must exist. A literal path keeps no wildcards: one
    /// with a character Windows forbids in names (<c>*</c>, <c>?</c>) names nothing.
    /// </summary>
    public static (string Server, string Path) Locate(Execution execution, string server, string path, bool literal = false)
    {
        var text = path.Trim().Replace('/', '\\');
        var host = server;
        if (text.StartsWith(@"\\", StringComparison.Ordinal))
        {
            var parts = text[2..].Split('\\', 3);
            var share = Organization.ServerDirectory.TryFind(execution, parts[0].Split('.')[0]);
            if (share is not { IsUp: true } || parts.Length < 2 || parts[1].Length != 2 || parts[1][1] != '$')
            {
                throw new LabException(ErrorCategory.ObjectNotFound, Messages.NetworkPathNotFound, path);
            }
            host = share.Name;
            text = $"{parts[1][0]}:\\" + (parts.Length > 2 ? parts[2] : "");
        }
        else if (text.Length < 2 || text[1] != ':')
        {
            text = WindowsPath.Combine(DocumentsFolder, text);
        }
        var local = (literal ? WindowsPath.TryNormalize(text) : NormalizeKeepingWildcards(text))
            ?? throw (literal ? NotFound(path) : new LabException(ErrorCategory.InvalidArgument, Messages.PathNotFound(path), path));
        if (ServerDisk.Find(execution, host, WindowsPath.Drive(local)) is null)
        {
            throw new LabException(ErrorCategory.ObjectNotFound, Messages.DriveNotFound(local[..1]), path);
        }
        return (host, local);
    }

    /// <summary>Where an item goes: into an existing folder, or to the destination path itself.</summary>
    private static (string Server, string Path) Target(Execution execution, string server, string destination,
        DiskEntry item, int count, bool force)
    {
        var (host, local) = Locate(execution, server, destination);
        var existing = ServerDisk.Find(execution, host, local);
        if (existing is { Kind: EntryKind.Folder })
        {
            local = WindowsPath.Combine(local, item.Name);
            existing = ServerDisk.Find(execution, host, local);
        }
        else if (count > 1 || existing is null && ServerDisk.Find(execution, host, WindowsPath.Parent(local)) is null)
        {
            throw new LabException(ErrorCategory.WriteError, Messages.PartOfPathNotFound(local), destination);
        }
        if (existing is not null)
        {
            if (Mounting.InUse(execution, existing))
            {
                throw new LabException(ErrorCategory.WriteError, Messages.FileInUse(existing.Path), destination);
            }
            if (!force || existing.Kind == EntryKind.Folder)
            {
                throw new LabException(ErrorCategory.WriteError, Messages.FileExists, destination);
            }
            Discard(execution, existing);
        }
        return (host, local);
    }

    /// <summary>Copies one entry to a path that is free: <see cref="Target"/> has cleared the top one, and below a new folder all are.</summary>
    private static void CopyOne(Execution execution, DiskEntry entry, string server, string path)
    {
        if (entry.Kind == EntryKind.Folder)
        {
            ServerDisk.EnsureFolder(execution, server, path);
            return;
        }
        ServerDisk.CopyEntry(execution, entry, server, path);
    }

    /// <summary>Deletes an entry; an EDB's content goes too once nothing else refers to it.</summary>
    private static void Discard(Execution execution, DiskEntry entry)
    {
        ServerDisk.Delete(execution, entry.Id);
        if (entry.EdbId is { } edb)
        {
            EdbFiles.DeleteIfUnreferenced(execution, edb);
        }
    }

    private static void RefuseInUse(Execution execution, DiskEntry item)
    {
        var entries = item.Kind == EntryKind.Folder ? ServerDisk.Below(execution, item.Server, item.Path).Append(item) : [item];
        if (entries.FirstOrDefault(e => Mounting.InUse(execution, e)) is { } busy)
        {
            throw new LabException(ErrorCategory.WriteError, Messages.FileInUse(busy.Path), item.Path);
        }
    }

    private static LabException NotFound(string path) => new(ErrorCategory.ObjectNotFound, Messages.PathNotFound(path), path);

    private static bool HasWildcard(string text) => text.IndexOfAny(['*', '?', '[']) >= 0;

    private static string? NormalizeKeepingWildcards(string text)
    {
        var name = WindowsPath.Name(text);
        if (!HasWildcard(name))
        {
            return WindowsPath.TryNormalize(text);
        }
        return WindowsPath.TryNormalize(WindowsPath.Parent(text)) is { } folder ? WindowsPath.Combine(folder, name) : null;
    }

    /// <summary>PowerShell's wildcard syntax as a case-insensitive regular expression.</summary>
    private static Regex Wildcard(string pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else if (c == '[' && pattern.IndexOf(']', i + 1) is var close and > 0)
            {
                regex.Append('[').Append(Regex.Escape(pattern[(i + 1)..close]).Replace("\\-", "-")).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
