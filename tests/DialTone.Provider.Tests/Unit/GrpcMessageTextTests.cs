using DialTone.Provider.Rpc;

namespace DialTone.Provider.Tests.Unit;

public sealed class GrpcMessageTextTests
{
    [Fact]
    public void Encoding_escapes_percent_and_every_byte_outside_printable_ascii() =>
        Assert.Equal("Bad %C3%A4 100%25%0A", GrpcMessageText.Encode("Bad ä 100%\n"));

    [Fact]
    public void Decoding_reads_grpc_go_form_with_plain_spaces() =>
        Assert.Equal("Bad ä 100%", GrpcMessageText.Decode("Bad %C3%A4 100%25"));

    [Fact]
    public void Decoding_reads_grpc_js_form_with_encoded_spaces() =>
        Assert.Equal("Bad ä 100%", GrpcMessageText.Decode("Bad%20%C3%A4%20100%25"));

    [Fact]
    public void Decoding_keeps_a_malformed_escape_as_it_is() =>
        Assert.Equal("50% off %zz", GrpcMessageText.Decode("50% off %zz"));
}
