using DialTone.Exchange.Values;

namespace DialTone.Exchange.Catalogue.Binding;

/// <summary>A parameter bound to its converted value.</summary>
/// <param name="Parameter">The catalogued parameter.</param>
/// <param name="Value">The value, converted to the parameter's type.</param>
public sealed record BoundParameter(ParameterDefinition Parameter, ExchangeValue Value);
