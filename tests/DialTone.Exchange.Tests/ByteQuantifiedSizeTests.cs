using DialTone.Exchange.Values;

namespace DialTone.Exchange.Tests;

/// <summary>Sizes shown and read as Exchange shows and reads them (samples: published Get-MailboxDatabase -Status output).</summary>
public sealed class ByteQuantifiedSizeTests
{
    [Theory]
    [InlineData(594_718_752_768UL, "553.9 GB (594,718,752,768 bytes)")]
    [InlineData(399_966_208UL, "381.4 MB (399,966,208 bytes)")]
    [InlineData(4_851_990_528UL, "4.519 GB (4,851,990,528 bytes)")]
    [InlineData(845_034_815_488UL, "787 GB (845,034,815,488 bytes)")]
    [InlineData(159_449_088UL, "152.1 MB (159,449,088 bytes)")]
    [InlineData(2_147_483_648UL, "2 GB (2,147,483,648 bytes)")]
    [InlineData(512UL, "512 B (512 bytes)")]
    [InlineData(0UL, "0 B (0 bytes)")]
    public void A_size_shows_four_significant_digits_of_its_largest_unit_and_the_exact_bytes(ulong bytes, string shown)
    {
        Assert.Equal(shown, ByteQuantifiedSize.Format(bytes));
    }

    [Theory]
    [InlineData("2GB", 2_147_483_648UL)]
    [InlineData("1.5 mb", 1_572_864UL)]
    [InlineData("1048576", 1_048_576UL)]
    [InlineData("152.1 MB (159,449,088 bytes)", 159_449_088UL)]
    public void A_size_reads_from_the_forms_exchange_accepts(string text, ulong bytes)
    {
        Assert.True(ByteQuantifiedSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("big")]
    [InlineData("2 XB")]
    [InlineData("-1")]
    public void Text_that_is_not_a_size_does_not_read(string text)
    {
        Assert.False(ByteQuantifiedSize.TryParse(text, out _));
    }
}
