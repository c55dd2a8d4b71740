namespace DialTone.Lab.Disks;

/// <summary>
/// Windows path rules on a server's local drives: a drive letter, backslashes (a forward slash is taken as one), no
/// characters Windows forbids, and comparison without case. Written here because .NET on Linux applies Unix rules.
/// </summary>
public static class WindowsPath
{
    private static readonly char[] Forbidden = ['<', '>', '"', '|', '?', '*', ':'];

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Normalises a local path (<c>D:/x//y\</c> → <c>D:\x\y</c>); null when it is not a valid local path.</summary>
    public static string? TryNormalize(string path)
    {
        var p = path.Trim().Replace('/', '\\');
        if (p.Length < 2 || !char.IsAsciiLetter(p[0]) || p[1] != ':' || (p.Length > 2 && p[2] != '\\'))
        {
            return null;
        }
        var parts = p[2..].Split('\\', StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (part.IndexOfAny(Forbidden) >= 0 || part.Any(char.IsControl) || part.EndsWith(' ') || part.EndsWith('.') && part is not ("." or "..")
                || ReservedNames.Contains(part.Split('.')[0]))
            {
                return null;
            }
        }
        var stack = new List<string>();
        foreach (var part in parts)
        {
            if (part == "..")
            {
                if (stack.Count > 0)
                {
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            else if (part != ".")
            {
                stack.Add(part);
            }
        }
        return $"{char.ToUpperInvariant(p[0])}:\\" + string.Join('\\', stack);
    }

    public static string Key(string normalized) => normalized.ToUpperInvariant();

    public static string Drive(string normalized) => normalized[..3];

    public static bool IsDriveRoot(string normalized) => normalized.Length == 3;

    /// <summary>The containing folder (<c>D:\a\b.edb</c> → <c>D:\a</c>; a drive root is its own parent).</summary>
    public static string Parent(string normalized)
    {
        var slash = normalized.LastIndexOf('\\');
        return slash <= 2 ? normalized[..3] : normalized[..slash];
    }

    public static string Name(string normalized) => normalized[(normalized.LastIndexOf('\\') + 1)..];

    public static string Combine(string folder, string name) => folder.EndsWith('\\') ? folder + name : folder + "\\" + name;

}
