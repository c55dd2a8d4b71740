using DialTone.Provider.Protocol;
using Kind = DialTone.Provider.Protocol.PropertyDiff.Types.Kind;

namespace DialTone.Engine.Deployments;

/// <summary>
/// A provider's Diff as the engine reads it (pulumi-protocol.md §4.11): a replace happens only with changes SOME and
/// either replace keys or a *_REPLACE entry in a detailed diff that is declared present.
/// </summary>
internal sealed record DiffResult(
    DiffResponse.Types.DiffChanges Changes, ImmutableArray<string> ReplaceKeys, ImmutableArray<string> ChangedKeys,
    ImmutableDictionary<string, Kind> DetailedDiff, bool DeleteBeforeReplace)
{
    public static DiffResult From(DiffResponse response) => new(
        response.Changes, [.. response.Replaces], [.. response.Diffs],
        response.HasDetailedDiff
            ? response.DetailedDiff.ToImmutableDictionary(entry => entry.Key, entry => entry.Value.Kind)
            : ImmutableDictionary<string, Kind>.Empty,
        response.DeleteBeforeReplace);

    public bool HasChanges => Changes == DiffResponse.Types.DiffChanges.DiffSome;

    public bool Replace => HasChanges && (ReplaceKeys.Length > 0 || DetailedDiff.Values.Any(IsReplace));

    /// <summary>The keys to show as changed: the provider's, or the top-level keys of its detailed diff.</summary>
    public ImmutableArray<string> Keys => ChangedKeys.Length > 0
        ? ChangedKeys
        : [.. DetailedDiff.Keys.Select(path => path.Split('.', '[')[0]).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The diff seen from the other side (DiffResult.Invert): what a refresh found, framed as the change from the
    /// program's inputs to the resource's actual state. Adds become deletes and deletes adds.
    /// </summary>
    public DiffResult Invert() => this with
    {
        DetailedDiff = DetailedDiff.ToImmutableDictionary(entry => entry.Key, entry => entry.Value switch
        {
            Kind.Add => Kind.Delete,
            Kind.AddReplace => Kind.DeleteReplace,
            Kind.Delete => Kind.Add,
            Kind.DeleteReplace => Kind.AddReplace,
            var same => same,
        }),
    };

    private static bool IsReplace(Kind kind) => kind is Kind.AddReplace or Kind.DeleteReplace or Kind.UpdateReplace;
}
