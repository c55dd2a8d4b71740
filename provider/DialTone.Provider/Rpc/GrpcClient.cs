using System.Net;
using Google.Protobuf;

namespace DialTone.Provider.Rpc;

/// <summary>
/// A unary gRPC client over HTTP/2 cleartext with prior knowledge, on HttpClient (pulumi-protocol.md §2.7), for
/// calling back into the engine. Grpc.Net.Client cannot be restored here. No timeout: a RegisterResource from
/// Construct blocks until the child's Create has finished, however long that takes.
/// </summary>
public sealed class GrpcClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="address">host:port, as the engine passes addresses (no scheme).</param>
    public GrpcClient(string address)
    {
        Address = address;
        _http = new HttpClient(new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = new Uri("http://" + address),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public string Address { get; }

    public async Task<TResponse> CallAsync<TResponse>(
        string service, string method, IMessage request, MessageParser<TResponse> parser, CancellationToken cancel)
        where TResponse : IMessage<TResponse>
    {
        using var content = new ByteArrayContent(GrpcFrame.ToArray(request));
        content.Headers.ContentType = new("application/grpc");
        using var message = new HttpRequestMessage(HttpMethod.Post, $"/{service}/{method}")
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        message.Headers.TE.ParseAdd("trailers");
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancel);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new GrpcException(FromHttpStatus(response.StatusCode),
                    $"{service}/{method} answered HTTP {(int)response.StatusCode} instead of a gRPC reply.");
            }
            if (response.Headers.Contains(GrpcStatusHeaders.Status))
            {
                // Trailers-Only: the status is in the headers and there is no body.
                throw GrpcStatusHeaders.Read(name => Header(response.Headers, name))
                    ?? new GrpcException(GrpcStatusCode.Internal, $"{service}/{method} answered OK without a message.");
            }
            var body = await response.Content.ReadAsByteArrayAsync(cancel);
            if (GrpcStatusHeaders.Read(name => Header(response.TrailingHeaders, name)) is { } error)
            {
                throw error;
            }
            return GrpcFrame.Parse(body, parser);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            // A connection that cannot be made or breaks is UNAVAILABLE, as grpc-go reports it: an ordinary failure.
            throw new GrpcException(GrpcStatusCode.Unavailable, $"{service}/{method} at {Address} cannot be reached: {exception.Message}");
        }
    }

    public void Dispose() => _http.Dispose();

    private static string? Header(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    // The mapping grpc-go applies to an HTTP status that is not 200 (gRPC's http-grpc-status-mapping).
    private static GrpcStatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => GrpcStatusCode.Internal,
        HttpStatusCode.Unauthorized => GrpcStatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => GrpcStatusCode.PermissionDenied,
        HttpStatusCode.NotFound => GrpcStatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout => GrpcStatusCode.Unavailable,
        _ => GrpcStatusCode.Unknown,
    };
}
