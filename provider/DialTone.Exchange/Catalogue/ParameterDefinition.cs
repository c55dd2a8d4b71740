using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue;

/// <summary>Which of PowerShell's parameter groups a parameter belongs to (it matters when an abbreviation is ambiguous).</summary>
public enum ParameterOrigin
{
    /// <summary>Declared by the cmdlet itself.</summary>
    Declared,

    /// <summary>A common parameter (<c>-ErrorAction</c>, <c>-Verbose</c>, …) or a transaction parameter.</summary>
    Common,

    /// <summary><c>-WhatIf</c> or <c>-Confirm</c>, present when the cmdlet supports ShouldProcess.</summary>
    ShouldProcess,
}

/// <summary>One parameter of a catalogued command, as the cmdlet reference declares it.</summary>
/// <param name="Name">The parameter's name, as the reference spells it.</param>
/// <param name="Type">Its type.</param>
/// <param name="Sets">Its memberships: the sets it belongs to, with mandatory flag and position in each.</param>
/// <param name="Aliases">Other names it answers to (<c>cf</c> for <c>Confirm</c>).</param>
/// <param name="ValueFromPipeline">True when it takes pipeline objects by value.</param>
/// <param name="Origin">Declared by the cmdlet, common, or ShouldProcess.</param>
public sealed record ParameterDefinition(
    string Name,
    ParameterType Type,
    EquatableArray<ParameterSetMembership> Sets,
    EquatableArray<string> Aliases,
    bool ValueFromPipeline,
    ParameterOrigin Origin)
{
    /// <summary>Its membership in <paramref name="setName"/>, or null when it is not in that set.</summary>
    public ParameterSetMembership? In(string setName) => Sets.FirstOrDefault(m => m.Covers(setName));

    /// <summary>True when some set needs it (PowerShell then refuses <c>$null</c> and, for strings, <c>''</c>).</summary>
    public bool IsMandatoryInSomeSet => Sets.Any(m => m.IsMandatory);
}
