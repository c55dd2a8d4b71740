using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>What binding has established so far: the bound parameters and the parameter sets still valid.</summary>
internal sealed class BindingState(CmdletDefinition cmdlet, IEnumerable<BoundParameter> bound, ulong sets)
{
    public CmdletDefinition Cmdlet { get; } = cmdlet;

    public BindingIndex Index => Cmdlet.Index;

    public List<BoundParameter> Bound { get; } = [.. bound];

    public ulong Sets { get; set; } = sets;

    public bool IsBound(ParameterDefinition parameter) => Bound.Any(b => b.Parameter == parameter);

    public IEnumerable<ParameterDefinition> Unbound => Cmdlet.Parameters.Where(p => !IsBound(p));

    /// <summary>Converts and binds <paramref name="value"/> to <paramref name="parameter"/>, narrowing the valid sets.</summary>
    public ExchangeError? Bind(ParameterDefinition parameter, ExchangeValue value)
    {
        var conversion = parameter.Type.Convert(value, parameter.Name);
        if (conversion.Error is { } error)
        {
            return error;
        }
        var converted = conversion.Value!;
        if (parameter.IsMandatoryInSomeSet && converted is NullValue)
        {
            return PowerShellErrors.NullNotAllowed(parameter.Name);
        }
        if (parameter.IsMandatoryInSomeSet && parameter.Type.IsString && converted is StringValue { Value.Length: 0 })
        {
            return PowerShellErrors.EmptyStringNotAllowed(parameter.Name);
        }
        Bound.Add(new BoundParameter(parameter, converted));
        Sets &= Index.MaskOf(parameter);
        return null;
    }

    /// <summary>
    /// PowerShell's ValidateParameterSets: no valid set is an error; several are resolved by the default set (when
    /// <paramref name="setDefault"/>), left open while pipeline input may still decide, or resolved by which sets
    /// have all their mandatory parameters.
    /// </summary>
    public ExchangeError? ValidateSets(bool prePipelineInput, bool setDefault)
    {
        if (Sets == 0)
        {
            return PowerShellErrors.AmbiguousParameterSet();
        }
        if (BindingIndex.Count(Sets) == 1)
        {
            return null;
        }
        var defaultSet = Index.DefaultSet;
        if (Sets == Index.AllSets && defaultSet == 0)
        {
            return null;
        }
        if ((!prePipelineInput && Sets == defaultSet) || (defaultSet != 0 && (Sets & defaultSet) != 0))
        {
            if (setDefault)
            {
                Sets = defaultSet;
            }
            return null;
        }
        if (prePipelineInput && Unbound.Any(p => p.ValueFromPipeline && (Index.MaskOf(p) & Sets) != 0))
        {
            return null;
        }
        var complete = Unbound.Aggregate(Sets, (sets, p) => sets & ~Index.MandatoryMaskOf(p));
        if (BindingIndex.Count(complete) != 1)
        {
            return PowerShellErrors.AmbiguousParameterSet();
        }
        Sets = complete;
        return null;
    }

    /// <summary>The mandatory parameters of the one chosen set that are still unbound, in declaration order.</summary>
    public List<string> MissingMandatory(bool exceptPipelineParameters) => BindingIndex.Count(Sets) != 1
        ? []
        : Unbound.Where(p => (Index.MandatoryMaskOf(p) & Sets) != 0 && !(exceptPipelineParameters && p.ValueFromPipeline))
            .Select(p => p.Name).ToList();
}
