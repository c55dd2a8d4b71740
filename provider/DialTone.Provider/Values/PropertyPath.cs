using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace DialTone.Provider.Values;

/// <summary>
/// Where a value sits inside a resource's properties, written as Pulumi writes property paths (pulumi-protocol.md
/// §4.11): <c>mailboxes[2].primarySmtpAddress</c>, with <c>["odd.key"]</c> for names that are not identifiers.
/// </summary>
public sealed partial record PropertyPath
{
    private readonly ImmutableArray<object> _steps;

    private PropertyPath(ImmutableArray<object> steps) => _steps = steps;

    public static PropertyPath Root(string name) => new([name]);

    public PropertyPath AtName(string name) => new(_steps.Add(name));

    public PropertyPath AtIndex(int index) => new(_steps.Add(index));

    public bool Equals(PropertyPath? other) => other is not null && _steps.SequenceEqual(other._steps);

    public override int GetHashCode() => _steps.Aggregate(0, (hash, step) => HashCode.Combine(hash, step));

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        foreach (var step in _steps)
        {
            text.Append(step switch
            {
                int index => $"[{index}]",
                string name when Identifier().IsMatch(name) => text.Length == 0 ? name : "." + name,
                string name => $"[\"{name.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]",
                _ => throw new InvalidOperationException("A path step is a name or an index."),
            });
        }
        return text.ToString();
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
