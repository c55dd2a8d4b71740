using DialTone.Exchange.Errors;
using DialTone.Exchange.Rendering;

namespace DialTone.Exchange.Tests;

/// <summary>Exchange's own errors, as the shell prints them.</summary>
public sealed class ExchangeErrorTests
{
    [Fact]
    public void An_object_that_is_not_found_names_the_object_and_the_domain_controller()
    {
        var error = ExchangeErrors.ObjectNotFound("DB9", "dc01.contoso.com");

        Assert.Equal(
            "The operation couldn't be performed because object 'DB9' couldn't be found on 'dc01.contoso.com'.\n"
                + "    + CategoryInfo          : NotSpecified: (:) [Get-MailboxDatabase], ManagementObjectNotFoundException\n"
                + "    + FullyQualifiedErrorId : ManagementObjectNotFoundException,Get-MailboxDatabase",
            ErrorRecordRenderer.Render(error, "Get-MailboxDatabase"));
    }

    [Fact]
    public void An_identity_that_matches_several_objects_says_so()
    {
        Assert.Equal(
            "The operation couldn't be performed because 'user' matches multiple entries.",
            ExchangeErrors.ObjectAmbiguous("user").Message);
    }
}
