using System.IO.Pipelines;
using Google.Protobuf;

namespace DialTone.Provider.Rpc;

/// <summary>One unary gRPC method a <see cref="GrpcServer"/> serves: its path and how to answer it.</summary>
public sealed class UnaryMethod
{
    private readonly Func<PipeReader, CancellationToken, Task<IMessage>> _handle;

    private UnaryMethod(string path, Func<PipeReader, CancellationToken, Task<IMessage>> handle)
    {
        Path = path;
        _handle = handle;
    }

    /// <summary>The HTTP/2 path, <c>/package.Service/Method</c>.</summary>
    public string Path { get; }

    public static UnaryMethod Create<TRequest, TResponse>(
        string service, string method, MessageParser<TRequest> parser,
        Func<TRequest, CancellationToken, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse> =>
        new($"/{service}/{method}", async (body, cancel) =>
            await handler(await GrpcFrame.ReadAsync(body, parser, cancel), cancel));

    internal Task<IMessage> HandleAsync(PipeReader body, CancellationToken cancel) => _handle(body, cancel);
}
