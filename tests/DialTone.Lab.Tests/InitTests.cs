using DialTone.Lab.Disks;
using DialTone.Lab.Init;
using DialTone.Lab.Organization;

namespace DialTone.Lab.Tests;

/// <summary>What <c>dialtone-lab init</c> builds (architecture: public contract of init).</summary>
public sealed class InitTests : IDisposable
{
    private readonly TestLab _lab = new();

    [Fact]
    public void Init_builds_contoso_with_db01_on_ex01_at_the_default_paths_all_mounted()
    {
        var databases = _lab.Read(DatabaseDirectory.All);
        var servers = _lab.Read(ServerDirectory.All);

        Assert.Equal(["EX01", "EX02"], servers.Select(s => s.Name));
        Assert.All(servers, s => Assert.Equal(("Enterprise", "Version 15.2 (Build 1544.4)"), (s.Edition, s.Version)));
        Assert.Equal(["DB01", "DB02", "DB03", "DB04"], databases.Select(d => d.Name));
        Assert.Equal(["EX01", "EX02", "EX01", "EX02"], databases.Select(d => d.Server));
        Assert.Equal(@"C:\Program Files\Microsoft\Exchange Server\V15\Mailbox\DB01\DB01.edb", databases[0].EdbFilePath);
        Assert.All(databases, d => Assert.True(d.Mounted));
        Assert.Equal(["E00", "E00", "E01", "E01"], databases.Select(d => d.LogFilePrefix));
    }

    [Fact]
    public void Init_gives_every_server_the_drives_c_d_and_e()
    {
        _lab.Read(x =>
        {
            foreach (var server in new[] { "EX01", "EX02" })
            {
                Assert.All(ServerDisk.Drives, drive => Assert.Equal(EntryKind.Folder, ServerDisk.Find(x, server, drive)!.Kind));
            }
            return 0;
        });
    }

    [Fact]
    public void Init_takes_a_backup_of_every_database()
    {
        var backups = _lab.Read(Backups.All);

        Assert.Equal(["DB01", "DB02", "DB03", "DB04"], backups.Select(b => b.DatabaseName));
        Assert.All(_lab.Read(DatabaseDirectory.All), d => Assert.NotNull(d.LastFullBackup));
    }

    [Fact]
    public void Init_puts_system_mailboxes_in_the_first_database_and_a_health_mailbox_in_each()
    {
        _lab.Read(x =>
        {
            var db01 = DatabaseDirectory.Find(x, "DB01").Guid;
            var system = MailboxDirectory.All(x).Where(m => m.Type is RecipientType.ArbitrationMailbox or RecipientType.AuditLogMailbox
                or RecipientType.DiscoveryMailbox).ToList();
            Assert.Equal(9, system.Count);
            Assert.All(system, m => Assert.Equal(db01, m.Database));
            foreach (var database in DatabaseDirectory.All(x))
            {
                Assert.Single(MailboxDirectory.OnDatabase(x, database.Guid), m => m.Type == RecipientType.MonitoringMailbox);
            }
            return 0;
        });
    }

    [Fact]
    public void Init_names_users_user0001_onwards_with_contoso_addresses_spread_over_the_databases()
    {
        var users = _lab.Read(x => MailboxDirectory.All(x).Where(m => m.Type == RecipientType.UserMailbox).ToList());

        Assert.Equal(20, users.Count);
        Assert.Equal(("user0001", "user0001@contoso.com"), (users[0].Alias, users[0].PrimarySmtpAddress));
        Assert.StartsWith("/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=", users[0].LegacyExchangeDN);
        Assert.EndsWith("-user0001", users[0].LegacyExchangeDN);
        Assert.Equal(4, users.Select(u => u.Database).Distinct().Count());
    }

    [Fact]
    public void Init_gives_every_tenth_user_its_former_legacy_dn_as_an_x500_proxy()
    {
        var users = _lab.Read(x => MailboxDirectory.All(x).Where(m => m.Type == RecipientType.UserMailbox).ToList());

        Assert.Equal(["user0010", "user0020"], users.Where(u => u.X500Proxies.Count > 0).Select(u => u.Alias));
        Assert.Equal(["X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=user0010"], users.Single(u => u.Alias == "user0010").X500Proxies);
    }

    [Fact]
    public void Init_with_the_same_seed_builds_the_same_organization()
    {
        using var again = new TestLab();

        Assert.Equal(_lab.Read(x => MailboxDirectory.All(x).Select(m => (m.Alias, m.ExchangeGuid)).ToList()),
            again.Read(x => MailboxDirectory.All(x).Select(m => (m.Alias, m.ExchangeGuid)).ToList()));
    }

    [Fact]
    public void Init_refuses_to_replace_an_existing_lab_without_force()
    {
        var error = Assert.Throws<ArgumentException>(() => LabInitializer.Initialize(_lab.Path, new InitOptions()));

        Assert.Equal($"A lab already exists at '{_lab.Path}'. Add --force to replace it, or choose another --lab path.", error.Message);
    }

    [Fact]
    public void Init_with_bad_options_names_each_option_and_its_range()
    {
        var error = Assert.Throws<ArgumentException>(() => LabInitializer.Initialize(_lab.Path + "2",
            new InitOptions { Servers = 0, Databases = 0, Mailboxes = -1, MrsRate = 0 }));

        Assert.Equal(string.Join(Environment.NewLine,
            "--servers must be between 1 and 99 (got 0).",
            "--databases must be at least 1 (got 0).",
            "--mailboxes must be between 0 and 999999 (got -1).",
            "--mrs-rate must be a positive number of items per second (got 0)."), error.Message);
        Assert.False(File.Exists(_lab.Path + "2"));
    }

    [Fact]
    public void Opening_a_missing_lab_says_to_run_init()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-lab-{Guid.NewGuid():N}.db");

        var error = Assert.Throws<LabNotFoundException>(() => Lab.Open(path));

        Assert.Equal($"There is no lab at '{path}'. Create one with 'dialtone-lab init --lab {path}' (or set DIALTONE_LAB to an existing lab).", error.Message);
    }

    public void Dispose() => _lab.Dispose();
}
