using System.Xml.Linq;

namespace DialTone.Testing;

/// <summary>The one product version, as Directory.Build.props declares it.</summary>
public static class ProductVersion
{
    public static string Declared { get; } =
        XDocument.Load(Path.Combine(Repository.Root, "Directory.Build.props"))
            .Descendants("Version").Single().Value;
}
