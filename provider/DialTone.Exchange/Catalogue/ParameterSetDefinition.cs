namespace DialTone.Exchange.Catalogue;

/// <summary>One parameter set of a cmdlet.</summary>
/// <param name="Name">The set's name, e.g. <c>Recovery</c>; <see cref="AllSetsName"/> for a cmdlet without named sets.</param>
/// <param name="Mutates">Overrides the cmdlet's <see cref="CmdletDefinition.Mutates"/> for this set (eseutil <c>/mh</c> reads, <c>/r</c> writes).</param>
public sealed record ParameterSetDefinition(string Name, bool? Mutates = null)
{
    /// <summary>The name PowerShell gives the one set of a cmdlet that declares none.</summary>
    public const string AllSetsName = "__AllParameterSets";
}
