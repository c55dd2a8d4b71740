using DialTone.Exchange.Catalogue.Types;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>What binding has established so far: the bound parameters and the parameter sets still valid.</summary>
internal sealed class BindingState
{
    private readonly HashSet<ParameterDefinition> _bound = new(ReferenceEqualityComparer.Instance);

    public BindingState(CmdletDefinition cmdlet, IEnumerable<BoundParameter> bound, ulong sets)
    {
        Cmdlet = cmdlet;
        Sets = sets;
        foreach (var parameter in bound)
        {
            Add(parameter);
        }
    }

    public CmdletDefinition Cmdlet { get; }

    public BindingIndex Index => Cmdlet.Index;

    public List<BoundParameter> Bound { get; } = [];

    public ulong Sets { get; set; }

    public bool IsBound(ParameterDefinition parameter) => _bound.Contains(parameter);

    /// <summary>Drops the bound switches that are off (a native command's absent options).</summary>
    public void RemoveSwitchesThatAreOff()
    {
        foreach (var off in Bound.Where(b => b.Value is SwitchValue { IsPresent: false }).ToList())
        {
            Bound.Remove(off);
            _bound.Remove(off.Parameter);
        }
    }

    private void Add(BoundParameter parameter)
    {
        Bound.Add(parameter);
        _bound.Add(parameter.Parameter);
    }

    public IEnumerable<ParameterDefinition> Unbound => Cmdlet.Parameters.Where(p => !IsBound(p));

    /// <summary>
    /// Converts and binds <paramref name="value"/> to <paramref name="parameter"/>, narrowing the valid sets. A number
    /// with its <paramref name="typedText"/> binds to a text parameter as that text, as in PowerShell.
    /// </summary>
    public ExchangeError? Bind(ParameterDefinition parameter, ExchangeValue value, string? typedText = null)
    {
        if (RefusedScriptBlock(parameter, value) is { } scriptBlock)
        {
            return scriptBlock;
        }
        var conversion = parameter.Type.Convert(
            typedText is not null && parameter.Type.TakesTypedText ? new StringValue(typedText) : value, parameter.Name);
        if (conversion.Error is { } error)
        {
            return error;
        }
        var converted = conversion.Value!;
        if (ObjectIn(converted) is { } obj)
        {
            return CommandModelErrors.ObjectArgument(parameter.Name, obj.Object.ToString());
        }
        if (parameter.IsMandatoryInSomeSet && NullOrEmpty(parameter, converted) is { } invalid)
        {
            return invalid;
        }
        Add(new BoundParameter(parameter, converted));
        Sets &= Index.MaskOf(parameter);
        return null;
    }

    /// <summary>
    /// PowerShell's ValidateNullOrEmptyArgument, which a mandatory parameter's value passes: not null, not an empty
    /// string, not an empty array, and inside an array no null and no empty string.
    /// </summary>
    private static ExchangeError? NullOrEmpty(ParameterDefinition parameter, ExchangeValue value)
    {
        var name = parameter.Name;
        return (value, parameter.Type) switch
        {
            (NullValue, _) => PowerShellErrors.NullNotAllowed(name),
            (StringValue { Value.Length: 0 }, { IsString: true }) => PowerShellErrors.EmptyStringNotAllowed(name),
            (ArrayValue { Items.IsEmpty: true }, ArrayType { IsArray: true }) => PowerShellErrors.EmptyArrayNotAllowed(name),
            (ArrayValue { Items.IsEmpty: true }, ArrayType) => PowerShellErrors.EmptyCollectionNotAllowed(name),
            (ArrayValue array, ArrayType { Element: var element }) => array.Items.Select(item => item switch
            {
                NullValue => PowerShellErrors.NullNotAllowed(name),
                StringValue { Value.Length: 0 } when element.IsString => PowerShellErrors.EmptyStringNotAllowed(name),
                _ => null,
            }).FirstOrDefault(error => error is not null),
            _ => null,
        };
    }

    /// <summary>
    /// A script block for any parameter but a <c>ScriptBlock</c> one: the command model holds script blocks as commands,
    /// only for <c>Invoke-Command -ScriptBlock</c> (PowerShell would pass such a block on as its text).
    /// </summary>
    public static ExchangeError? RefusedScriptBlock(ParameterDefinition parameter, ExchangeValue value) =>
        parameter.Type != ParameterTypes.ScriptBlock && Contains<ScriptBlockValue>(value) is not null
            ? CommandModelErrors.ScriptBlockArgument(parameter.Name)
            : null;

    // A bound command holds values only, never an object: it is rendered, journaled and sent to Exchange as text.
    private static ObjectValue? ObjectIn(ExchangeValue value) => Contains<ObjectValue>(value);

    private static T? Contains<T>(ExchangeValue value) where T : ExchangeValue => value switch
    {
        T found => found,
        ArrayValue array => array.Items.Select(Contains<T>).FirstOrDefault(found => found is not null),
        _ => null,
    };

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
        if (prePipelineInput && Index.PipelineParameters.Any(p => !IsBound(p) && (Index.MaskOf(p) & Sets) != 0))
        {
            return null;
        }
        var complete = Index.MandatoryParameters.Where(p => !IsBound(p)).Aggregate(Sets, (sets, p) => sets & ~Index.MandatoryMaskOf(p));
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
        : Index.MandatoryParameters
            .Where(p => !IsBound(p) && (Index.MandatoryMaskOf(p) & Sets) != 0 && !(exceptPipelineParameters && p.ValueFromPipeline))
            .Select(p => p.Name).ToList();
}
