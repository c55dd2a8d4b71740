using System.Text;

namespace DialTone.Provider.Rpc;

/// <summary>
/// The percent-encoding of the grpc-message header (gRPC over HTTP/2 spec): UTF-8 bytes outside 0x20–0x7E and '%'
/// itself become %XX. Kestrel refuses raw non-ASCII header values, so this is not optional. Decoding accepts both
/// grpc-go's form (spaces kept) and grpc-js's form (spaces encoded), and leaves a malformed escape as it is.
/// </summary>
public static class GrpcMessageText
{
    public static string Encode(string message)
    {
        var text = new StringBuilder(message.Length);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'%')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2"));
            }
        }
        return text.ToString();
    }

    public static string Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(encoded[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
