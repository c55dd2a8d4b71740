using System.Net;

namespace DialTone.Provider.Tests.Harness;

/// <summary>gRPC requests written by hand over h2c, for what typed clients never send (compressed flags, deadlines).</summary>
internal static class RawGrpc
{
    /// <summary>A call carrying an empty message framed with the given compressed flag.</summary>
    public static HttpRequestMessage EmptyCall(int port, string path, byte compressedFlag = 0)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}{path}")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([compressedFlag, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        return request;
    }

    /// <summary>The grpc-status of a finished call: from the headers (Trailers-Only) or the trailers.</summary>
    public static async Task<string> StatusAsync(HttpResponseMessage response)
    {
        await response.Content.ReadAsByteArrayAsync();
        return (response.Headers.TryGetValues("grpc-status", out var headers) ? headers : response.TrailingHeaders.GetValues("grpc-status")).Single();
    }
}
