using DialTone.Exchange.Values;

namespace DialTone.Exchange.Results;

/// <summary>One property of a result object, with Exchange's property name (<c>EdbFilePath</c>, <c>ExchangeGuid</c>, …).</summary>
/// <param name="Name">The property name, as Exchange spells it.</param>
/// <param name="Value">The value, in Exchange's shape (a <see cref="ByteSizeValue"/> for sizes, <see cref="ExchangeValue.Unlimited"/> for unlimited quotas, …).</param>
public sealed record ExchangeProperty(string Name, ExchangeValue Value);
