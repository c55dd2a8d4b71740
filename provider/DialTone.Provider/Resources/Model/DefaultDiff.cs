using DialTone.Provider.Contracts;
using DialTone.Provider.Values;

namespace DialTone.Provider.Resources.Model;

/// <summary>
/// The default Diff (pulumi-protocol.md §4.11): old inputs against new checked inputs, structurally, with a
/// detailed diff by property path. A change of a ReplaceOnChanges input, or any change of a resource that cannot
/// update, replaces it, deleting the old one first when the resource says so. Paths under ignoreChanges count as
/// unchanged. Secrecy alone is not a change.
/// </summary>
public static class DefaultDiff
{
    public static DiffResponse Diff(ResourceDescriptor resource, PropertyMap oldInputs, PropertyMap news, IReadOnlyList<string> ignoreChanges)
    {
        var (inputs, canUpdate) = (resource.Inputs, resource.CanUpdate);
        var changes = new Dictionary<string, PropertyDiffKind>();
        foreach (var property in inputs.Properties)
        {
            Compare(PropertyPath.Root(property.Name), oldInputs.Get(property.Name), news.Get(property.Name), changes);
        }
        var replacing = inputs.Properties.Where(property => !canUpdate || property.ReplaceOnChanges)
            .Select(property => property.Name).ToHashSet();
        var detailed = changes
            .Where(change => !ignoreChanges.Any(ignored => Within(change.Key, ignored)))
            .ToDictionary(
                change => change.Key,
                change => new PropertyDiff(replacing.Contains(TopLevel(change.Key)) ? AsReplace(change.Value) : change.Value));
        if (detailed.Count == 0)
        {
            return DiffResponse.NoChanges;
        }
        var diffs = detailed.Keys.Select(TopLevel).Distinct().ToList();
        var replaces = diffs.Where(replacing.Contains).ToList();
        return new DiffResponse(DiffChanges.Some, replaces, diffs, detailed, DeleteBeforeReplace: replaces.Count > 0 && resource.DeleteBeforeReplace);
    }

    private static void Compare(PropertyPath path, PropertyValue old, PropertyValue now, Dictionary<string, PropertyDiffKind> changes)
    {
        var (before, after) = (old.Plain, now.Plain);
        if (before.IsNull && after.IsNull)
        {
            return;
        }
        if (before.IsNull || after.IsNull)
        {
            changes[path.ToString()] = before.IsNull ? PropertyDiffKind.Add : PropertyDiffKind.Delete;
        }
        else if (before.TryGetObject(out var beforeMap) && after.TryGetObject(out var afterMap))
        {
            foreach (var key in beforeMap.Keys.Union(afterMap.Keys))
            {
                Compare(path.AtName(key), beforeMap.Get(key), afterMap.Get(key), changes);
            }
        }
        else if (before.TryGetArray(out var beforeItems) && after.TryGetArray(out var afterItems))
        {
            for (var index = 0; index < Math.Max(beforeItems.Length, afterItems.Length); index++)
            {
                Compare(path.AtIndex(index), index < beforeItems.Length ? beforeItems[index] : PropertyValue.Null,
                    index < afterItems.Length ? afterItems[index] : PropertyValue.Null, changes);
            }
        }
        else if (after.IsComputed || !before.Equals(after))
        {
            changes[path.ToString()] = PropertyDiffKind.Update;
        }
    }

    private static bool Within(string path, string ignored) =>
        path == ignored || path.StartsWith(ignored + ".", StringComparison.Ordinal) || path.StartsWith(ignored + "[", StringComparison.Ordinal);

    private static string TopLevel(string path) => path.Split('.', '[')[0];

    private static PropertyDiffKind AsReplace(PropertyDiffKind kind) => kind switch
    {
        PropertyDiffKind.Add => PropertyDiffKind.AddReplace,
        PropertyDiffKind.Delete => PropertyDiffKind.DeleteReplace,
        _ => PropertyDiffKind.UpdateReplace,
    };
}
