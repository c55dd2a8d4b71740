using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using DialTone.Provider.Protocol;
using RpcStatus = DialTone.Provider.Protocol.Status;

namespace DialTone.Provider.Rpc;

/// <summary>
/// The status of a call as gRPC carries it in headers or trailers: grpc-status, the percent-encoded grpc-message,
/// and grpc-status-details-bin, the base64 of a google.rpc.Status whose code and message repeat the first two.
/// </summary>
public static class GrpcStatusHeaders
{
    public const string Status = "grpc-status";
    public const string Message = "grpc-message";
    public const string DetailsBin = "grpc-status-details-bin";

    /// <summary>The detail messages a DialTone client recognises; others are skipped when decoding.</summary>
    private static readonly TypeRegistry KnownDetails = TypeRegistry.FromMessages(
        ErrorResourceInitFailed.Descriptor, ConfigureErrorMissingKeys.Descriptor, InputPropertiesError.Descriptor);

    public static IEnumerable<KeyValuePair<string, string>> For(GrpcException error)
    {
        yield return new(Status, ((int)error.Code).ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return new(Message, GrpcMessageText.Encode(error.Message));
        if (error.Details.Count > 0)
        {
            var status = new RpcStatus { Code = (int)error.Code, Message = error.Message };
            status.Details.AddRange(error.Details.Select(detail => Any.Pack(detail)));
            yield return new(DetailsBin, Convert.ToBase64String(status.ToByteArray()));
        }
    }

    /// <summary>The error these headers describe, or null when they say OK.</summary>
    public static GrpcException? Read(Func<string, string?> header)
    {
        var code = header(Status);
        if (code is null || !int.TryParse(code, out var number))
        {
            return new GrpcException(GrpcStatusCode.Internal, "The reply carries no grpc-status.");
        }
        if (number == 0)
        {
            return null;
        }
        var message = GrpcMessageText.Decode(header(Message) ?? "");
        var details = header(DetailsBin) is { } bin ? DecodeDetails(bin) : [];
        return new GrpcException((GrpcStatusCode)number, message, details);
    }

    private static List<IMessage> DecodeDetails(string base64)
    {
        var padded = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var status = RpcStatus.Parser.ParseFrom(Convert.FromBase64String(padded));
        return status.Details.Select(any => any.Unpack(KnownDetails)).Where(detail => detail is not null).ToList();
    }
}
