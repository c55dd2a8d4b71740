using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Declaration;

/// <summary>
/// The vocabulary the cmdlet declarations are written in, close to the cmdlet reference:
/// <c>P("Name", T.String, In("NonRecovery", Mandatory, Position(1)), In("Recovery", Position(1)))</c>.
/// A parameter with no <see cref="In"/> trait belongs to every set.
/// </summary>
internal static class Declare
{
    public static ParameterTrait Mandatory { get; } = new MandatoryTrait();

    public static ParameterTrait FromPipeline { get; } = new FromPipelineTrait();

    public static ParameterTrait Position(int position) => new PositionTrait(position);

    public static ParameterTrait Alias(params string[] aliases) => new AliasTrait(aliases);

    public static ParameterTrait In(string setName, params ParameterTrait[] traits) => new SetTrait(setName, traits);

    /// <summary>The usual <c>-Identity</c>: mandatory, first position, from the pipeline, in every set.</summary>
    public static ParameterDefinition Identity(ParameterType type) => P("Identity", type, Mandatory, Position(1), FromPipeline);

    /// <summary>The <c>-DomainController</c> most Exchange cmdlets take.</summary>
    public static ParameterDefinition DomainController { get; } = P("DomainController", ParameterTypes.Fqdn);

    public static ParameterDefinition P(string name, ParameterType type, params ParameterTrait[] traits) =>
        Parameter(name, type, ParameterOrigin.Declared, traits);

    public static ParameterDefinition Parameter(string name, ParameterType type, ParameterOrigin origin, params ParameterTrait[] traits)
    {
        var sets = traits.OfType<SetTrait>().Select(set => Membership(set.SetName, set.Traits)).ToList();
        if (sets.Count == 0)
        {
            sets.Add(Membership(null, traits));
        }
        return new ParameterDefinition(
            name,
            type,
            sets.ToEquatableArray(),
            traits.OfType<AliasTrait>().SelectMany(alias => alias.Aliases).ToEquatableArray(),
            traits.OfType<FromPipelineTrait>().Any(),
            origin);
    }

    private static ParameterSetMembership Membership(string? setName, ParameterTrait[] traits) => new(
        setName,
        traits.OfType<MandatoryTrait>().Any(),
        traits.OfType<PositionTrait>().Select(p => (int?)p.Position).FirstOrDefault());
}
