using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Google.Protobuf;

namespace DialTone.Provider.Rpc;

/// <summary>
/// The gRPC length-prefixed message: one compressed-flag byte (always 0 here), a 4-byte big-endian length, then the
/// protobuf bytes. A unary call carries exactly one, and an empty message still needs its 5-byte prefix.
/// </summary>
public static class GrpcFrame
{
    public const int PrefixLength = 5;

    /// <summary>The largest message accepted: the size the Pulumi engine itself accepts (pulumi-protocol.md §2.6).</summary>
    public const int MaxMessageLength = 400 * 1024 * 1024;

    public static void Write(IBufferWriter<byte> writer, IMessage message)
    {
        var length = message.CalculateSize();
        var prefix = writer.GetSpan(PrefixLength);
        prefix[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(prefix[1..], (uint)length);
        writer.Advance(PrefixLength);
        message.WriteTo(writer);
    }

    public static byte[] ToArray(IMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(PrefixLength + message.CalculateSize());
        Write(buffer, message);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads the one message of a unary call and parses it.</summary>
    public static async Task<T> ReadAsync<T>(PipeReader reader, MessageParser<T> parser, CancellationToken cancel)
        where T : IMessage<T>
    {
        var prefix = await reader.ReadAtLeastAsync(PrefixLength, cancel);
        if (prefix.Buffer.Length < PrefixLength)
        {
            reader.AdvanceTo(prefix.Buffer.Start, prefix.Buffer.End);
            throw new GrpcException(GrpcStatusCode.Internal, "The request ended before its gRPC message.");
        }
        var header = prefix.Buffer.Slice(0, PrefixLength).ToArray();
        reader.AdvanceTo(prefix.Buffer.Start);
        if (header[0] != 0)
        {
            throw new GrpcException(GrpcStatusCode.Unimplemented, "Compressed gRPC messages are not supported.");
        }
        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        if (length > MaxMessageLength)
        {
            throw new GrpcException(GrpcStatusCode.ResourceExhausted,
                $"The gRPC message of {length} bytes is larger than the limit of {MaxMessageLength} bytes.");
        }
        var whole = await reader.ReadAtLeastAsync(PrefixLength + (int)length, cancel);
        if (whole.Buffer.Length < PrefixLength + length)
        {
            reader.AdvanceTo(whole.Buffer.Start, whole.Buffer.End);
            throw new GrpcException(GrpcStatusCode.Internal, "The request ended inside its gRPC message.");
        }
        var message = parser.ParseFrom(whole.Buffer.Slice(PrefixLength, length));
        reader.AdvanceTo(whole.Buffer.GetPosition(PrefixLength + length));
        return message;
    }

    /// <summary>Parses the one message of a unary reply from its complete body.</summary>
    public static T Parse<T>(ReadOnlySpan<byte> body, MessageParser<T> parser) where T : IMessage<T>
    {
        if (body.Length < PrefixLength || body[0] != 0
            || BinaryPrimitives.ReadUInt32BigEndian(body[1..]) != body.Length - PrefixLength)
        {
            throw new GrpcException(GrpcStatusCode.Internal, "The reply is not one uncompressed gRPC message.");
        }
        return parser.ParseFrom(body[PrefixLength..]);
    }
}
