using DialTone.Lab.Cmdlets;
using DialTone.Lab.Init;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>Get-Mailbox and Set-Mailbox rules (fact sheet §1.2 step 3, §2.1, §2.3, §2.4, §2.5, §3.3).</summary>
public sealed class MailboxRuleTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public void Get_mailbox_returns_at_most_1000_by_default_and_warns()
    {
        using var big = new TestLab(new InitOptions { Servers = 1, Databases = 1, Mailboxes = 1_200, Items = 0 });
        var warnings = new List<string>();

        var mailboxes = big.Read(x =>
        {
            var found = MailboxCmdlets.Get(x, new GetMailboxArgs(Database: "DB01"));
            warnings.AddRange(x.Warnings);
            return found;
        });

        Assert.Equal(1000, mailboxes.Count);
        Assert.Equal([Messages.ResultSizeWarning], warnings);
        Assert.StartsWith("By default, only the first 1000 items are returned.", warnings[0]);
    }

    [Fact]
    public void Get_mailbox_with_result_size_unlimited_returns_all_without_warning()
    {
        using var big = new TestLab(new InitOptions { Servers = 1, Databases = 1, Mailboxes = 1_200, Items = 0 });

        var (count, warnings) = big.Read(x =>
            (MailboxCmdlets.Get(x, new GetMailboxArgs(Database: "DB01", ResultSize: null, ResultSizeGiven: true)).Count, x.Warnings.Count));

        Assert.Equal(1_205, count);
        Assert.Equal(0, warnings);
    }

    [Fact]
    public void Get_mailbox_leaves_out_arbitration_audit_and_health_mailboxes()
    {
        var types = _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(Database: "DB01")).Select(m => m.Type).ToHashSet());

        Assert.Equal(
            new HashSet<RecipientType> { RecipientType.UserMailbox, RecipientType.SharedMailbox, RecipientType.RoomMailbox,
                RecipientType.EquipmentMailbox, RecipientType.LinkedMailbox, RecipientType.DiscoveryMailbox },
            types);
    }

    [Fact]
    public void Get_mailbox_with_a_type_switch_returns_only_that_type()
    {
        var arbitration = _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(Database: "DB01", Switches: new(Arbitration: true))));
        var audit = _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(Database: "DB01", Switches: new(AuditLog: true))));
        var health = _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(Switches: new(Monitoring: true))));

        Assert.Equal(7, arbitration.Count);
        Assert.All(arbitration, m => Assert.Equal(RecipientType.ArbitrationMailbox, m.Type));
        Assert.Equal(RecipientType.AuditLogMailbox, Assert.Single(audit).Type);
        Assert.Equal(4, health.Count);
    }

    [Fact]
    public void Get_mailbox_identity_of_an_arbitration_mailbox_without_the_switch_is_not_found()
    {
        var error = Assert.Throws<LabException>(() =>
            _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs("Migration.8f3e7716-2011-43e4-96b1-aba62d229136"))));

        Assert.Equal("The operation couldn't be performed because object 'Migration.8f3e7716-2011-43e4-96b1-aba62d229136' couldn't be found on 'DC01.contoso.com'.", error.Message);
    }

    [Fact]
    public void Get_mailbox_resolves_every_identity_form()
    {
        var mailbox = _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs("user0001")).Single());

        foreach (var identity in new[] { "USER0001", "user0001@contoso.com", mailbox.Guid.ToString(), mailbox.ExchangeGuid.ToString(),
                     mailbox.LegacyExchangeDN, mailbox.DistinguishedName, "contoso.com/Users/user0001", @"CONTOSO\user0001" })
        {
            Assert.Equal(mailbox.Guid, _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs(identity)).Single().Guid));
        }
    }

    [Fact]
    public void Set_mailbox_database_onto_a_recovery_database_fails()
    {
        _lab.Mutate(x => DatabaseCmdlets.New(x, new NewMailboxDatabaseArgs("RDB1", "EX01", Recovery: true)));

        _lab.AssertFailsUnchanged(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "RDB1")),
            "The database 'RDB1' is a recovery database. A mailbox can't be homed on a recovery database; use it only as the source of a restore request.");
    }

    [Fact]
    public void Set_mailbox_database_between_database_schema_versions_fails()
    {
        _lab.Mutate(x => x.Sql.Run("UPDATE servers SET schema_version = '0.121' WHERE name = 'EX02'"));

        _lab.AssertFailsUnchanged(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02")),
            "Mailbox 'user0001' can't be homed on database 'DB02' (schema version 0.121): its database 'DB01' has schema " +
            "version 0.199. Database portability requires the same Exchange version and database schema version on both servers.");
    }

    [Fact]
    public void Set_mailbox_database_to_an_unknown_database_fails()
    {
        _lab.AssertFailsUnchanged(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DTDB1")),
            "Couldn't find database \"DTDB1\". Make sure you have typed it correctly.");
    }

    [Fact]
    public void Set_mailbox_on_an_arbitration_mailbox_without_the_switch_is_not_found()
    {
        _lab.AssertFailsUnchanged(x => MailboxCmdlets.Set(x, new SetMailboxArgs("FederatedEmail.4c1f4d8b-8179-4148-93bf-00a95fa1e042", "DB02")),
            "The operation couldn't be performed because object 'FederatedEmail.4c1f4d8b-8179-4148-93bf-00a95fa1e042' couldn't be found on 'DC01.contoso.com'.");
    }

    [Fact]
    public void Set_mailbox_on_an_arbitration_mailbox_with_the_switch_rehomes_it()
    {
        var moved = _lab.Mutate(x => MailboxCmdlets.Set(x,
            new SetMailboxArgs("FederatedEmail.4c1f4d8b-8179-4148-93bf-00a95fa1e042", "DB02", new TypeSwitches(Arbitration: true))));

        Assert.Equal(_lab.Read(x => DatabaseDirectory.Find(x, "DB02").Guid), moved.Database);
    }

    [Fact]
    public void Set_mailbox_database_changes_only_the_directory_and_moves_no_content()
    {
        var before = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001")).Single());

        _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0001", "DB02")));

        var warnings = new List<string>();
        var after = _lab.Read(x =>
        {
            var rows = StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs("user0001"));
            warnings.AddRange(x.Warnings);
            return rows;
        });
        var left = _lab.Read(x => StoreCmdlets.GetStatistics(x, new GetMailboxStatisticsArgs(Database: "DB01"))
            .Single(s => s.Store.MailboxGuid == before.Store.MailboxGuid));
        Assert.Empty(after);
        Assert.Equal(["The user hasn't logged on to mailbox 'user0001' ('user0001'), so there is no data to return. After the user logs on, this warning will no longer appear."], warnings);
        Assert.Equal(before.Store.ItemCount, left.Store.ItemCount);
    }

    [Fact]
    public void Set_mailbox_keeps_exchange_guid_legacy_dn_and_addresses()
    {
        var before = _lab.Read(x => MailboxCmdlets.Get(x, new GetMailboxArgs("user0010")).Single());

        var after = _lab.Mutate(x => MailboxCmdlets.Set(x, new SetMailboxArgs("user0010", "DB03")));

        Assert.NotEmpty(after.X500Proxies);
        Assert.Equal(before with { Database = after.Database }, after);
    }

    public void Dispose() => _lab.Dispose();
}
