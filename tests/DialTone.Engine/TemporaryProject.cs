using DialTone.Engine.Deployments;

namespace DialTone.Engine;

/// <summary>A Pulumi project directory of a test's own, deleted with everything in it when the test ends.</summary>
internal sealed class TemporaryProject : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("dialtone-project-");

    public string Path => _directory.FullName;

    /// <summary>A stack of this project, with an empty checkpoint.</summary>
    public Stack NewStack(string project, string stack = "dev") => new(new StackSettings(project, stack, Path));

    public void Dispose() => _directory.Delete(recursive: true);
}
