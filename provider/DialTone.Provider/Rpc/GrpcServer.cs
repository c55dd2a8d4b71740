using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace DialTone.Provider.Rpc;

/// <summary>
/// A unary gRPC server on Kestrel: 127.0.0.1, an ephemeral port, HTTP/2 cleartext only, dispatching by path
/// (pulumi-protocol.md §2.1–2.3). Grpc.AspNetCore cannot be restored here, so this is the small part of it DialTone
/// needs. Every failure, including a bug in a handler, is answered as a gRPC status, never as an HTTP error.
/// </summary>
public sealed class GrpcServer : IAsyncDisposable
{
    /// <summary>The longest delay a timer takes (about 49 days); a longer deadline is as good as none.</summary>
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly WebApplication _app;

    private GrpcServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    /// <summary>The port the server listens on, known once it has started.</summary>
    public int Port { get; }

    /// <param name="callToken">A token every call is linked to (the Cancel RPC cancels it).</param>
    /// <param name="onError">Turns a failed call's exception into its status: given the path, for the log.</param>
    public static async Task<GrpcServer> StartAsync(
        IEnumerable<UnaryMethod> methods, Func<CancellationToken> callToken, Func<string, Exception, GrpcException> onError,
        CancellationToken cancel)
    {
        var routes = methods.ToDictionary(method => method.Path, StringComparer.Ordinal);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        // Nothing but the port line may reach stdout, so no logging provider is registered at all.
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Limits.MinRequestBodyDataRate = null;
            kestrel.Limits.MinResponseDataRate = null;
            // Idle connections stay open: an engine holds one per plugin for the whole deployment. (Kestrel treats
            // an infinite KeepAliveTimeout as already expired and closes every idle connection at its next tick,
            // racing the client's next request, so the limit is long instead.)
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromDays(1);
            // Construct holds a stream open while the engine calls back for its children.
            kestrel.Limits.Http2.MaxStreamsPerConnection = 10_000;
            kestrel.Limits.Http2.InitialConnectionWindowSize = 16 * 1024 * 1024;
            kestrel.Limits.Http2.InitialStreamWindowSize = 8 * 1024 * 1024;
        });
        var app = builder.Build();
        app.Run(context => ServeAsync(context, routes, callToken, onError));
        await app.StartAsync(cancel);
        // The bound port is known only now, after start (IServerAddressesFeature behind app.Urls).
        return new GrpcServer(app, new Uri(app.Urls.Single()).Port);
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }

    private static async Task ServeAsync(
        HttpContext context, Dictionary<string, UnaryMethod> routes, Func<CancellationToken> callToken,
        Func<string, Exception, GrpcException> onError)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        var path = context.Request.Path.Value ?? "";
        using var deadline = new CancellationTokenSource();
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, callToken(), deadline.Token);
            if (GrpcTimeout.Parse(context.Request.Headers[GrpcTimeout.Header]) is { } timeout)
            {
                deadline.CancelAfter(timeout < LongestTimer ? timeout : LongestTimer);
            }
            if (!routes.TryGetValue(path, out var method))
            {
                throw new GrpcException(GrpcStatusCode.Unimplemented, $"Method {path} is not implemented.");
            }
            var reply = await method.HandleAsync(context.Request.BodyReader, linked.Token);
            GrpcFrame.Write(response.BodyWriter, reply);
            await response.BodyWriter.FlushAsync(context.RequestAborted);
            response.AppendTrailer(GrpcStatusHeaders.Status, "0");
        }
        catch (Exception exception) when (!response.HasStarted)
        {
            var error = exception is OperationCanceledException && deadline.IsCancellationRequested
                ? new GrpcException(GrpcStatusCode.DeadlineExceeded, $"The deadline of {path} was exceeded.")
                : onError(path, exception);
            // Trailers-Only: the status goes in the response headers and the stream ends without a body.
            foreach (var (name, value) in GrpcStatusHeaders.For(error))
            {
                response.Headers[name] = value;
            }
        }
    }
}
