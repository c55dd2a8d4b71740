using DialTone.Exchange.Values;

namespace DialTone.Exchange.Scripting.Running;

/// <summary>What a statement's expressions can read: the session's variables and, in a ForEach-Object body, <c>$_</c>.</summary>
/// <param name="Variables">The variables, by name without <c>$</c> (any case).</param>
/// <param name="Current">The current pipeline object, or null outside a ForEach-Object body.</param>
internal sealed record Scope(IReadOnlyDictionary<string, ExchangeValue> Variables, ExchangeValue? Current);
