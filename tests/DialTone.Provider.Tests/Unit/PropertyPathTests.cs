using DialTone.Provider.Values;

namespace DialTone.Provider.Tests.Unit;

public sealed class PropertyPathTests
{
    [Fact]
    public void A_path_is_written_as_pulumi_writes_property_paths() =>
        Assert.Equal("mailboxes[2].primarySmtpAddress",
            PropertyPath.Root("mailboxes").AtIndex(2).AtName("primarySmtpAddress").ToString());

    [Fact]
    public void A_name_that_is_not_an_identifier_is_quoted() =>
        Assert.Equal("labels[\"team.name\"]", PropertyPath.Root("labels").AtName("team.name").ToString());
}
