using Google.Protobuf;

namespace DialTone.Provider.Rpc;

/// <summary>
/// A gRPC call that ended with a status other than OK: the code, the message, and the detail messages carried in
/// grpc-status-details-bin (google.rpc.Status.details), which stay inside the Rpc layer.
/// </summary>
public sealed class GrpcException : Exception
{
    public GrpcException(GrpcStatusCode code, string message)
        : this(code, message, [])
    {
    }

    internal GrpcException(GrpcStatusCode code, string message, IReadOnlyList<IMessage> details)
        : base(message)
    {
        Code = code;
        Details = details;
    }

    public GrpcStatusCode Code { get; }

    internal IReadOnlyList<IMessage> Details { get; }

    public override string ToString() => $"{Code} ({(int)Code}): {Message}";
}
