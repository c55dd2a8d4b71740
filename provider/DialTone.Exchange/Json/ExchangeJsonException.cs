namespace DialTone.Exchange.Json;

/// <summary>JSON that is not the command model's form; the message names the place (<c>$.batch.pipelines[0][1]</c>) and what was expected.</summary>
public sealed class ExchangeJsonException(string message) : FormatException(message);
