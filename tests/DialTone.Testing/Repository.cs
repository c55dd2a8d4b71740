namespace DialTone.Testing;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PluginBin => Path.Combine(Root, "provider", "bin");

    public static string ProviderLauncher => Path.Combine(PluginBin, "pulumi-resource-dialtone");

    public static string LabLauncher => Path.Combine(PluginBin, "dialtone-lab");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DialTone.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No DialTone.sln above {AppContext.BaseDirectory}: tests must run inside the repository.");
    }
}
