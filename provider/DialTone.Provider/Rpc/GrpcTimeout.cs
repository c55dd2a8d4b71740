namespace DialTone.Provider.Rpc;

/// <summary>
/// The grpc-timeout request header: a positive integer of at most 8 digits and a unit (H, M, S, m, u, n). The
/// engine sets it on some calls (Handshake's 10 s), and a deadline must end the call. Read by hand because
/// Grpc.AspNetCore, which would, cannot be restored here; a value that is not well formed means no deadline.
/// </summary>
public static class GrpcTimeout
{
    public const string Header = "grpc-timeout";

    public static TimeSpan? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 9 || !long.TryParse(value[..^1], out var amount) || amount < 0)
        {
            return null;
        }
        return value[^1] switch
        {
            'H' => TimeSpan.FromHours(amount),
            'M' => TimeSpan.FromMinutes(amount),
            'S' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMilliseconds(amount),
            'u' => TimeSpan.FromMicroseconds(amount),
            'n' => TimeSpan.FromTicks(amount / 100),
            _ => null,
        };
    }
}
