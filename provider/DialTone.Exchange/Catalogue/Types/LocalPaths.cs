using System.Text.RegularExpressions;

namespace DialTone.Exchange.Catalogue.Types;

/// <summary>The rule Exchange's local path types share: a drive letter, a backslash, at least one name, no characters Windows forbids.</summary>
internal static partial class LocalPaths
{
    public static bool IsFullLocalPath(string path) => FullLocalPath().IsMatch(path);

    [GeneratedRegex("""^[A-Za-z]:\\[^<>:"/\\|?*\x00-\x1F]+(\\[^<>:"/\\|?*\x00-\x1F]+)*\\?$""")]
    private static partial Regex FullLocalPath();
}
