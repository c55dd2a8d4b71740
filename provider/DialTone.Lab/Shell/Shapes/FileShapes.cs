using DialTone.Exchange.Results;
using DialTone.Exchange.Values;
using DialTone.Lab.Disks;

namespace DialTone.Lab.Shell.Shapes;

/// <summary>Files and folders as Get-ChildItem outputs them through Invoke-Command.</summary>
internal static class FileShapes
{
    public static ObjectValue Entry(DiskEntry e)
    {
        var folder = e.Kind == EntryKind.Folder;
        ExchangeProperty[] properties =
        [
            new("Name", e.Name), new("FullName", e.Path), new("Mode", folder ? "d-----" : "-a----"),
            new("Length", folder ? ExchangeValue.Null : e.Size), new("LastWriteTime", new DateTimeValue(e.Modified)),
            new("PSComputerName", e.Server),
        ];
        return new ObjectValue(new ExchangeObject(folder ? ExchangeTypeNames.Directory : ExchangeTypeNames.File, properties.ToEquatableArray()));
    }
}
