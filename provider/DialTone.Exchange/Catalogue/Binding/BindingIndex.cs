namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>
/// A cmdlet's parameter sets as bit masks (PowerShell's own representation) and its names in a dictionary, computed
/// once so binding 10,000 pipeline objects stays cheap.
/// </summary>
internal sealed class BindingIndex
{
    private readonly Dictionary<string, ParameterDefinition> _exactNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ParameterDefinition, ulong> _masks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ParameterDefinition, ulong> _mandatoryMasks = new(ReferenceEqualityComparer.Instance);

    public BindingIndex(CmdletDefinition cmdlet)
    {
        Sets = cmdlet.ParameterSets.Select(set => set.Name).ToList();
        AllSets = Sets.Count == 64 ? ulong.MaxValue : (1UL << Sets.Count) - 1;
        DefaultSet = cmdlet.DefaultParameterSet is { } defaultSet ? Bit(defaultSet) : 0;
        foreach (var parameter in cmdlet.Parameters)
        {
            foreach (var name in parameter.Aliases.Prepend(parameter.Name))
            {
                _exactNames[name] = parameter;
            }
            _masks[parameter] = parameter.Sets.Aggregate(0UL, (mask, m) => mask | (m.SetName is null ? AllSets : Bit(m.SetName)));
            _mandatoryMasks[parameter] = parameter.Sets.Where(m => m.IsMandatory)
                .Aggregate(0UL, (mask, m) => mask | (m.SetName is null ? AllSets : Bit(m.SetName)));
        }
        MandatoryParameters = cmdlet.Parameters.Where(p => p.IsMandatoryInSomeSet).ToList();
        PipelineParameters = cmdlet.Parameters.Where(p => p.ValueFromPipeline).ToList();
    }

    /// <summary>The parameters mandatory in some set, in declaration order.</summary>
    public IReadOnlyList<ParameterDefinition> MandatoryParameters { get; }

    /// <summary>The parameters that take pipeline input, in declaration order.</summary>
    public IReadOnlyList<ParameterDefinition> PipelineParameters { get; }

    public List<string> Sets { get; }

    public ulong AllSets { get; }

    public ulong DefaultSet { get; }

    public ParameterDefinition? FindExact(string nameOrAlias) => _exactNames.GetValueOrDefault(nameOrAlias);

    public ulong MaskOf(ParameterDefinition parameter) => _masks[parameter];

    public ulong MandatoryMaskOf(ParameterDefinition parameter) => _mandatoryMasks[parameter];

    public ulong Bit(string setName) => 1UL << Sets.IndexOf(setName);

    public string NameOf(ulong singleSet) => Sets[System.Numerics.BitOperations.TrailingZeroCount(singleSet)];

    public static int Count(ulong mask) => System.Numerics.BitOperations.PopCount(mask);
}
