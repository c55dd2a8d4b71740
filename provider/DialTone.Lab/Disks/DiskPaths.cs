using DialTone.Exchange.Errors;

namespace DialTone.Lab.Disks;

/// <summary>
/// The path types of Exchange's database parameters: EdbFilePath (a full local path to a .edb file) and
/// NonRootLocalLongFullPath (a full local folder that is not a drive root). A bad value fails as PowerShell's
/// argument transformation does, naming the parameter [INF: Exchange's own reason text is not documented].
/// </summary>
public static class DiskPaths
{
    public static string EdbFile(string value, string parameter)
    {
        var path = WindowsPath.TryNormalize(value);
        if (path is null || WindowsPath.IsDriveRoot(path))
        {
            throw Invalid(value, parameter, "EdbFilePath", @"The value must be a full local path to a file, such as D:\Databases\DB1\DB1.edb.");
        }
        if (!path.EndsWith(".edb", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(value, parameter, "EdbFilePath", "The database file name must have the extension .edb.");
        }
        return path;
    }

    public static string Folder(string value, string parameter)
    {
        var path = WindowsPath.TryNormalize(value);
        if (path is null || WindowsPath.IsDriveRoot(path))
        {
            throw Invalid(value, parameter, "NonRootLocalLongFullPath",
                @"The value must be a full local path that is not the root of a drive, such as D:\Databases\DB1.");
        }
        return path;
    }

    private static LabException Invalid(string value, string parameter, string type, string reason) =>
        new(PowerShellErrors.ArgumentTransformation(parameter,
            $"Cannot convert value \"{value}\" to type \"Microsoft.Exchange.Data.{type}\". Error: \"{reason}\"") with { TargetObject = value });
}
