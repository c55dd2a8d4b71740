
namespace DialTone.Engine.Programs;

/// <summary>
/// A Pulumi program as the harness runs it: resources and stack outputs. Resources register as soon as what they
/// wait for has registered, as a language host registers them, so independent resources register together.
/// </summary>
internal sealed record DeploymentProgram(ImmutableArray<ResourceDeclaration> Resources)
{
    public static DeploymentProgram Empty { get; } = new(ImmutableArray<ResourceDeclaration>.Empty);

    public ImmutableArray<KeyValuePair<string, Expression>> Outputs { get; init; } = [];

    public static DeploymentProgram Of(params ResourceDeclaration[] resources) => new([.. resources]);

    /// <summary>Every mistake in the program's structure, each naming the resource and the fix; empty when it can run.</summary>
    public IEnumerable<string> Problems()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in Resources)
        {
            if (!names.Add(resource.Name))
            {
                yield return $"Two resources are named '{resource.Name}'; give each resource its own name.";
            }
        }
        foreach (var resource in Resources)
        {
            foreach (var missing in resource.Prerequisites.Where(name => !names.Contains(name)))
            {
                yield return $"Resource '{resource.Name}' refers to '{missing}', which the program does not declare.";
            }
        }
        foreach (var missing in Outputs.SelectMany(output => output.Value.Resources).Where(name => !names.Contains(name)).Distinct())
        {
            yield return $"A stack output refers to '{missing}', which the program does not declare.";
        }
        if (FindCycle() is { } cycle)
        {
            yield return $"Resources depend on each other in a cycle: {string.Join(" -> ", cycle)}; break the cycle.";
        }
    }

    private IReadOnlyList<string>? FindCycle()
    {
        var byName = Resources.GroupBy(resource => resource.Name).ToDictionary(group => group.Key, group => group.First());
        var state = new Dictionary<string, bool>();
        var path = new List<string>();
        IReadOnlyList<string>? Visit(string name)
        {
            if (state.TryGetValue(name, out var done))
            {
                return done ? null : [.. path.SkipWhile(step => step != name), name];
            }
            state[name] = false;
            path.Add(name);
            foreach (var next in byName.TryGetValue(name, out var resource) ? resource.Prerequisites : [])
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[name] = true;
            return null;
        }
        return byName.Keys.Select(Visit).FirstOrDefault(cycle => cycle is not null);
    }
}
