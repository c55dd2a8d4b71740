using Google.Protobuf;
using DialTone.Provider.Contracts;
using DialTone.Provider.Protocol;

namespace DialTone.Provider.Rpc;

/// <summary>
/// The one place where a failure becomes a gRPC status (pulumi-protocol.md §2.4–2.5). Ordinary failures get codes
/// the engine reads as "failed cleanly"; a partial failure carries ErrorResourceInitFailed; only a bug in the
/// provider becomes INTERNAL, with a request to report it.
/// </summary>
public static class ErrorMapping
{
    public static GrpcException ToGrpc(Exception exception) => exception switch
    {
        GrpcException grpc => grpc,
        InvalidInputException invalid => new(GrpcStatusCode.InvalidArgument, invalid.Message, [InputErrors(invalid)]),
        OperationFailedException failed => new(GrpcStatusCode.FailedPrecondition, failed.Message),
        // The details decide how the engine records it; UNKNOWN is what Pulumi's own SDKs send with them.
        ResourceInitFailedException partial => new(GrpcStatusCode.Unknown, partial.Message, [InitFailed(partial)]),
        MissingConfigurationException missing => new(GrpcStatusCode.InvalidArgument, missing.Message, [MissingKeys(missing)]),
        OperationCanceledException => new(GrpcStatusCode.Cancelled, Messages.Cancelled),
        _ => new(GrpcStatusCode.Internal, Messages.ProviderBug(exception)),
    };

    private static IMessage InputErrors(InvalidInputException invalid)
    {
        var details = new InputPropertiesError();
        details.Errors.AddRange(invalid.Failures.Select(failure =>
            new InputPropertiesError.Types.PropertyError { PropertyPath = failure.Property, Reason = failure.Reason }));
        return details;
    }

    private static IMessage InitFailed(ResourceInitFailedException partial)
    {
        var details = new ErrorResourceInitFailed { Id = partial.Id, Properties = ValueConverter.ToStruct(partial.State) };
        details.Reasons.AddRange(partial.Reasons);
        if (partial.Inputs is not null)
        {
            details.Inputs = ValueConverter.ToStruct(partial.Inputs);
        }
        return details;
    }

    private static IMessage MissingKeys(MissingConfigurationException missing)
    {
        var details = new ConfigureErrorMissingKeys();
        details.MissingKeys.AddRange(missing.Keys.Select(key =>
            new ConfigureErrorMissingKeys.Types.MissingKey { Name = key.Name, Description = key.Description }));
        return details;
    }
}
