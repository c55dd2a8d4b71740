using DialTone.Lab.Cmdlets;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>What New-MailboxRestoreRequest refuses, with its text, changing nothing (fact sheet §1.6, §3.4).</summary>
public sealed class RestoreRequestRuleTests : RestoreRequestTest
{
    [Fact]
    public void A_large_item_limit_above_50_without_accept_large_data_loss_fails()
    {
        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { LargeItemLimit = 51 }),
            "The LargeItemLimit value 51 is greater than 50. To continue, use the AcceptLargeDataLoss parameter.");
        Assert.Equal(51, Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { LargeItemLimit = 51, AcceptLargeDataLoss = true })).LargeItemLimit);
    }

    [Fact]
    public void Setting_a_large_item_limit_above_50_without_accept_large_data_loss_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.Set(x, new SetRestoreRequestArgs(Identity, LargeItemLimit: 51, LargeItemLimitGiven: true)),
            "The LargeItemLimit value 51 is greater than 50. To continue, use the AcceptLargeDataLoss parameter.");
        Assert.Equal(51, Lab.Mutate(x => RestoreRequestCmdlets.Set(x,
            new SetRestoreRequestArgs(Identity, LargeItemLimit: 51, LargeItemLimitGiven: true, AcceptLargeDataLoss: true))).LargeItemLimit);
    }

    [Fact]
    public void The_eleventh_automatically_named_request_for_a_mailbox_fails()
    {
        for (var i = 0; i < 10; i++)
        {
            Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request()));
        }

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request()),
            "Couldn't find a unique name for the restore request: mailbox 'user0001' already has requests named " +
            "MailboxRestore and MailboxRestore1 to MailboxRestore9. Remove finished requests or give a name with the Name parameter.");
    }

    [Fact]
    public void A_request_name_the_target_already_uses_fails()
    {
        Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request("merge-1")));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request("MERGE-1")),
            @"A restore request with the identity 'user0001\MERGE-1' already exists. Use a different Name, or remove the existing request.");
    }

    [Fact]
    public void A_source_mailbox_whose_legacy_dn_the_target_lacks_fails_unless_the_mismatch_is_allowed()
    {
        var other = Lab.Read(x => MailboxDirectory.Find(x, "user0002", new HashSet<RecipientType> { RecipientType.UserMailbox }));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { TargetMailbox = "user0002" }),
            $"The source mailbox's LegacyExchangeDN '{Fixture.User.LegacyExchangeDN}' isn't the LegacyExchangeDN or an X500 proxy " +
            "address of the target mailbox 'user0002'. To restore into this mailbox anyway, use the AllowLegacyDNMismatch switch.");
        Assert.Equal(other.Guid, Lab.Mutate(x => RestoreRequestCmdlets.New(x,
            Fixture.Request() with { TargetMailbox = "user0002", AllowLegacyDNMismatch = true })).Target);
    }

    [Fact]
    public void A_source_mailbox_whose_legacy_dn_is_an_x500_proxy_of_the_target_is_accepted()
    {
        var migrated = Lab.Read(x => MailboxDirectory.Find(x, "user0010", Mailbox.AnyType));
        Lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB2", "EX02", Recovery: true, EdbFilePath: @"E:\RDB2\DB02.edb", LogFolderPath: @"E:\RDB2")));
        Lab.Mutate(x => Disks.Restores.Restore(x, "DB02", "EX02", @"E:\RDB2", null));
        Lab.Mutate(x => MountCmdlets.Mount(x, "RDB2", false, false));

        var request = Lab.Mutate(x => RestoreRequestCmdlets.New(x,
            new NewRestoreRequestArgs("RDB2", migrated.ExchangeGuid.ToString(), migrated.ExchangeGuid.ToString())));

        Assert.Equal([$"X500:{Lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(Database: "RDB2", StoreMailboxIdentity: migrated.ExchangeGuid.ToString()))).Single().Store.LegacyDN}"],
            migrated.X500Proxies);
        Assert.Equal(migrated.Guid, request.Target);
    }

    [Fact]
    public void A_source_store_mailbox_named_by_its_legacy_dn_is_found_as_by_its_guid()
    {
        var request = Lab.Mutate(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { SourceStoreMailbox = Fixture.User.LegacyExchangeDN }));

        Assert.Equal(Fixture.User.ExchangeGuid, request.SourceMailbox);
    }

    [Fact]
    public void A_source_store_mailbox_the_source_database_lacks_fails()
    {
        var other = Lab.Read(x => MailboxDirectory.Find(x, "user0002", new HashSet<RecipientType> { RecipientType.UserMailbox })).ExchangeGuid;

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request() with { SourceStoreMailbox = other.ToString() }),
            $"The mailbox '{other}' couldn't be found in mailbox database 'RDB1'.");
    }

    [Fact]
    public void A_request_from_a_dismounted_source_database_fails()
    {
        Lab.Mutate(x => MountCmdlets.Dismount(x, "RDB1"));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request()),
            "The source database 'RDB1' isn't mounted. Mount it (a recovery database too) before you create restore requests from it.");
    }

    [Fact]
    public void A_request_whose_target_database_is_dismounted_fails()
    {
        Lab.Mutate(x => MountCmdlets.Dismount(x, "DB01"));

        Lab.AssertFailsUnchanged(x => RestoreRequestCmdlets.New(x, Fixture.Request()),
            "The request can't be created because the mailbox database 'DB01' that holds its request queue isn't mounted.");
    }
}
