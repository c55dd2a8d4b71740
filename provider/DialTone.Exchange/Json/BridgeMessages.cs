using DialTone.Exchange.Commands;
using DialTone.Exchange.Errors;
using DialTone.Exchange.Results;

namespace DialTone.Exchange.Json;

/// <summary>One request of the bridge protocol (one JSON line): <c>{"id":1,"batch":{"pipelines":[…],"stopOnError":false}}</c>.</summary>
/// <param name="Id">The request's number, echoed by the response.</param>
/// <param name="Batch">The batch to run.</param>
public sealed record BridgeRequest(long Id, Batch Batch);

/// <summary>
/// One response of the bridge protocol (one JSON line): <c>{"id":1,"results":[…]}</c> with one result per
/// pipeline, or <c>{"id":1,"error":{…}}</c> when the request could not be run at all (malformed, session lost).
/// </summary>
/// <param name="Id">The request's number.</param>
/// <param name="Results">The results, when the batch ran.</param>
/// <param name="Error">Why the batch could not run, otherwise.</param>
public sealed record BridgeResponse(long Id, BatchResult? Results, ExchangeError? Error);
