using DialTone.Engine.Deployments;
using DialTone.Engine.Plugins;
using DialTone.Engine.Programs;

namespace DialTone.Engine.Yaml;

/// <summary>
/// What pulumi-yaml does before it registers anything, inside the run: load the schema of each package the program
/// uses (a schema-loader process each), bind the template and check it against them. Every problem is reported as
/// an error of the run, and then nothing registers.
/// </summary>
internal static class TemplateLoading
{
    public static async Task<DeploymentProgram?> BindAsync(Run run, YamlTemplate template, StackSettings settings)
    {
        var schemas = new Dictionary<string, PackageSchema>();
        foreach (var package in template.Packages.Where(settings.Plugins.ContainsKey))
        {
            schemas[package] = PackageSchema.Parse(await SchemaLoader.LoadAsync(
                settings.PluginOf(package), run.EngineAddress, settings.ProjectDirectory, run.Deployment.Recorder));
        }
        IReadOnlyList<string> problems;
        try
        {
            var program = new TemplateBinder(template, schemas, settings).Bind();
            problems = [.. program.Problems()];
            if (problems.Count == 0)
            {
                return program;
            }
        }
        catch (YamlProgramException invalid)
        {
            problems = invalid.Problems;
        }
        foreach (var problem in problems)
        {
            run.Deployment.Report(DiagnosticSeverity.Error, null, problem);
        }
        return null;
    }
}
