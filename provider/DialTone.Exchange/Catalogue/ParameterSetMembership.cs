namespace DialTone.Exchange.Catalogue;

/// <summary>A parameter's place in one parameter set (or in all of them).</summary>
/// <param name="SetName">The parameter set, or null for every set of the cmdlet.</param>
/// <param name="IsMandatory">True when the set needs the parameter.</param>
/// <param name="Position">The position for a positional argument, or null when it must be named.</param>
public sealed record ParameterSetMembership(string? SetName, bool IsMandatory, int? Position)
{
    /// <summary>True when this membership covers <paramref name="setName"/>.</summary>
    public bool Covers(string setName) => SetName is null || SetName == setName;
}
