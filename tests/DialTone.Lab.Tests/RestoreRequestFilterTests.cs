using DialTone.Lab.Cmdlets;
using DialTone.Lab.Organization;
using DialTone.Lab.Replication;

namespace DialTone.Lab.Tests;

/// <summary>What Get-MailboxRestoreRequest returns: its filters and its default result size (fact sheet §1.6, §3.3).</summary>
public sealed class RestoreRequestFilterTests : RestoreRequestTest
{
    [Fact]
    public void Get_filters_by_status_and_batch_name()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request("one")));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request("two") with { BatchName = "other", Suspend = true }));

        Assert.Equal(["one"], Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(BatchName: "merge")).Select(r => r.Name)));
        Assert.Equal(["two"], Lab.Read(x => RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs(Status: RequestStatus.Suspended)).Select(r => r.Name)));
    }

    [Fact]
    public void Get_returns_1000_requests_by_default_and_warns()
    {
        for (var i = 0; i < 1_001; i++)
        {
            Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request($"r{i}") with { Suspend = true }));
        }

        var warnings = new List<string>();
        var requests = Lab.Read(x =>
        {
            var found = RestoreRequestCmdlets.Get(x, new GetRestoreRequestArgs());
            warnings.AddRange(x.Warnings);
            return found;
        });

        Assert.Equal(1_000, requests.Count);
        Assert.Equal([Messages.ResultSizeWarning], warnings);
    }

    [Theory]
    [InlineData("SourceDatabase", "DB02", new[] { "from-db02" })]
    [InlineData("TargetMailbox", "user0002", new[] { "other", "from-db02" })]
    [InlineData("RequestQueue", "DB01", new[] { "mine" })]
    [InlineData("Suspend", "true", new[] { "other" })]
    [InlineData("HighPriority", "true", new[] { "other" })]
    [InlineData("HighPriority", "false", new[] { "mine", "from-db02" })]
    public void Get_filters_by_source_target_request_queue_suspend_and_priority(string filter, string value, string[] expected)
    {
        var user0002 = Lab.Read(x => MailboxDirectory.Find(x, "user0002", Mailbox.AnyType)).ExchangeGuid.ToString();
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request("mine")));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request("other") with
        {
            TargetMailbox = "user0002", AllowLegacyDNMismatch = true, Priority = RequestPriority.High, Suspend = true,
        }));
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, new NewRestoreRequestArgs("DB02", user0002, user0002, Name: "from-db02")));
        var args = filter switch
        {
            "SourceDatabase" => new GetRestoreRequestArgs(SourceDatabase: value),
            "TargetMailbox" => new GetRestoreRequestArgs(TargetMailbox: value),
            "RequestQueue" => new GetRestoreRequestArgs(RequestQueue: value),
            "Suspend" => new GetRestoreRequestArgs(Suspend: bool.Parse(value)),
            _ => new GetRestoreRequestArgs(HighPriority: bool.Parse(value)),
        };

        Assert.Equal(expected, Lab.Read(x => RestoreRequestCmdlets.Get(x, args)).Select(r => r.Name));
    }
}
