namespace DialTone.Exchange.Catalogue.Declaration;

/// <summary>One fact about a declared parameter: mandatory, position, set membership, pipeline input or alias.</summary>
internal abstract record ParameterTrait;

internal sealed record MandatoryTrait : ParameterTrait;

internal sealed record PositionTrait(int Position) : ParameterTrait;

internal sealed record FromPipelineTrait : ParameterTrait;

internal sealed record AliasTrait(string[] Aliases) : ParameterTrait;

/// <summary>Membership in one named set, with the traits that hold there (mandatory, position).</summary>
internal sealed record SetTrait(string SetName, ParameterTrait[] Traits) : ParameterTrait;
