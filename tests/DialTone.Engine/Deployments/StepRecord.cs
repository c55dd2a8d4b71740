
namespace DialTone.Engine.Deployments;

/// <summary>The kinds of step the engine takes, named as its display names them.</summary>
internal enum StepOp
{
    Same,
    Create,
    Update,
    Delete,
    Replace,
    CreateReplacement,
    DeleteReplaced,
    Import,
    Refresh,
}

/// <summary>
/// A step a run took on one resource, recorded when it finished: the operation, the resource, whether it failed,
/// the top-level keys that changed, and for a refresh what it found (same, update for drift, delete for gone).
/// </summary>
internal sealed record StepRecord(StepOp Op, string Urn, string Type)
{
    public string Name => Urns.Name(Urn);

    public bool Failed { get; init; }

    public ImmutableArray<string> Diffs { get; init; } = [];

    public StepOp? RefreshResult { get; init; }

    public bool IsProvider => Type.StartsWith(ResourceState.ProviderTypePrefix, StringComparison.Ordinal);

    /// <summary>"create a", "delete-replaced b", "refresh c (update)", as tests compare steps.</summary>
    public override string ToString() =>
        $"{Display(Op)} {Name}{(RefreshResult is { } result ? $" ({Display(result)})" : "")}{(Failed ? " failed" : "")}";

    private static string Display(StepOp op) => op switch
    {
        StepOp.CreateReplacement => "create-replacement",
        StepOp.DeleteReplaced => "delete-replaced",
        _ => op.ToString().ToLowerInvariant(),
    };
}
