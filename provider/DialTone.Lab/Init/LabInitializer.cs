using DialTone.Lab.Disks;
using DialTone.Lab.Integrity;
using DialTone.Lab.Mail;
using DialTone.Lab.Organization;
using DialTone.Lab.Store;

namespace DialTone.Lab.Init;

/// <summary>What <c>init</c> built.</summary>
public sealed record InitSummary(int Servers, int Databases, int Mailboxes, long Items, int Backups);

/// <summary>
/// Builds the organization contoso.com as <c>dialtone-lab init</c> promises: servers EX01… (Exchange 2019,
/// Enterprise, drives C:, D:, E:), databases DB01… spread over them at Exchange's default paths and mounted, the
/// system mailboxes Exchange keeps where it keeps them, users user0001… with seeded mail (every tenth migrated from an
/// older organization, with an X500 proxy), and a backup of every database. Everything is derived from the seed, so
/// the same options build the same lab.
/// </summary>
public static class LabInitializer
{
    /// <summary>The arbitration mailboxes Exchange 2019 setup creates in the first database [S13][S10].</summary>
    private static readonly string[] ArbitrationMailboxes =
    [
        "SystemMailbox{1f05a927-3be2-4fb9-aa03-b59fe3b56f4c}", "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}",
        "SystemMailbox{e0dc1c29-89c3-4034-b678-e6c29d823ed9}", "SystemMailbox{D0E409A0-AF9B-4720-92FE-AAC869B0D201}",
        "SystemMailbox{2CE34405-31BE-455D-89D7-A7C7DA7A0DAA}", "Migration.8f3e7716-2011-43e4-96b1-aba62d229136",
        "FederatedEmail.4c1f4d8b-8179-4148-93bf-00a95fa1e042",
    ];

    private const string AuditMailbox = "SystemMailbox{8cc370d3-822a-4ab8-a926-bb94bd0641a9}";
    private const string DiscoveryMailbox = "DiscoverySearchMailbox{D919BA05-46A6-415f-80AD-7E09334BB852}";

    /// <summary>User-type mailboxes other than users, in the first database, so that every type is exercised.</summary>
    private static readonly (string Alias, RecipientType Type)[] ResourceMailboxes =
    [
        ("shared01", RecipientType.SharedMailbox), ("room01", RecipientType.RoomMailbox),
        ("equipment01", RecipientType.EquipmentMailbox), ("linked01", RecipientType.LinkedMailbox),
    ];

    /// <summary>Every tenth user was migrated from an older organization (see AddMailbox).</summary>
    private const int MigratedEvery = 10;

    private static readonly string[] Topics =
    [
        "Quarterly report", "Team lunch", "Budget review", "Project kickoff", "Travel plans", "Invoice", "Meeting notes",
        "Customer feedback", "Release schedule", "Holiday rota", "Training session", "Security update",
    ];

    /// <summary>
    /// Builds the organization in a file beside the lab's path and, once it is whole, renames it to the path: a lab
    /// file exists only complete, so an init that is interrupted leaves no lab (and the next init starts afresh).
    /// </summary>
    public static InitSummary Initialize(string path, InitOptions options, bool replace = false, LabOptions? labOptions = null)
    {
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems));
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ArgumentException(Messages.LabIsAFolder(full));
        }
        if (File.Exists(full) && !replace)
        {
            throw new ArgumentException($"A lab already exists at '{full}'. Add --force to replace it, or choose another --lab path.");
        }
        // The default path, .dialtone/lab.db, names a folder that a new working directory does not have yet.
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var building = full + ".init";
        DeleteWithJournal(building);
        InitSummary summary;
        using (var lab = Lab.Create(building, labOptions))
        {
            summary = lab.Build(execution => new Builder(execution, options).Build());
            lab.Checkpoint();
        }
        DeleteWithJournal(full);
        File.Move(building, full);
        return summary;
    }

    /// <summary>Deletes a SQLite file with its write-ahead log and shared memory, which belong to it alone.</summary>
    private static void DeleteWithJournal(string file)
    {
        foreach (var part in new[] { file + "-wal", file + "-shm", file })
        {
            File.Delete(part);
        }
    }

    private sealed class Builder(Execution execution, InitOptions options)
    {
        private readonly Random _random = new(options.Seed);
        private long _items;

        public InitSummary Build()
        {
            Settings.Set(execution.Sql, Settings.LabId, NextGuid());
            Settings.Set(execution.Sql, Settings.MrsRate, options.MrsRate);
            var servers = Enumerable.Range(1, options.Servers).Select(i => AddServer($"EX{i:00}")).ToList();
            var databases = Enumerable.Range(1, options.Databases)
                .Select(i => AddDatabase($"DB{i:00}", servers[(i - 1) % servers.Count])).ToList();
            var first = databases[0];
            var mailboxes = 0;
            foreach (var name in ArbitrationMailboxes)
            {
                AddMailbox(name, name, RecipientType.ArbitrationMailbox, first, messages: 0);
                mailboxes++;
            }
            AddMailbox(AuditMailbox, AuditMailbox, RecipientType.AuditLogMailbox, first, messages: 0);
            AddMailbox("DiscoverySearchMailbox", DiscoveryMailbox, RecipientType.DiscoveryMailbox, first, messages: 0);
            mailboxes += 2;
            foreach (var database in databases)
            {
                var health = $"HealthMailbox{NextGuid():N}";
                AddMailbox(health, health, RecipientType.MonitoringMailbox, database, messages: 0);
                mailboxes++;
            }
            foreach (var (alias, type) in ResourceMailboxes)
            {
                AddMailbox(alias, alias, type, first, options.Items);
                mailboxes++;
            }
            for (var i = 1; i <= options.Mailboxes; i++)
            {
                var alias = $"user{i:0000}";
                AddMailbox(alias, alias, RecipientType.UserMailbox, databases[(i - 1) % databases.Count], options.Items,
                    migrated: i % MigratedEvery == 0);
                mailboxes++;
            }
            foreach (var database in databases)
            {
                Backups.Take(execution, DatabaseDirectory.ByGuid(execution, database.Guid)!);
            }
            return new InitSummary(servers.Count, databases.Count, mailboxes, _items, databases.Count);
        }

        private Server AddServer(string name)
        {
            var server = new Server(name, NextGuid(), Contoso.Fqdn(name), Contoso.Site, Contoso.Exchange2019Version,
                Contoso.Exchange2019SchemaVersion, Editions.Enterprise, Contoso.InstallPath, IsUp: true);
            ServerDirectory.Insert(execution, server);
            foreach (var drive in ServerDisk.Drives)
            {
                ServerDisk.EnsureFolder(execution, name, drive);
            }
            return server;
        }

        private MailboxDatabase AddDatabase(string name, Server server)
        {
            var database = new MailboxDatabase(NextGuid(), name, server.Name, IsRecovery: false,
                Contoso.DefaultEdbFilePath(server.InstallPath, name), Contoso.DefaultLogFolderPath(server.InstallPath, name),
                ServerDirectory.NextLogPrefix(execution, server.Name), AllowFileRestore: false, CircularLoggingEnabled: false,
                MountAtStartup: true, IsExcludedFromProvisioning: false, IsSuspendedFromProvisioning: false,
                execution.Now, EverMounted: false, MountedEdb: null, LastFullBackup: null);
            DatabaseDirectory.Insert(execution, database);
            return Mounting.Mount(execution, database);
        }

        /// <summary>
        /// A migrated mailbox came from an Exchange 2003-era organization: its former LegacyExchangeDN is an X500 proxy,
        /// and its store mailbox, older than the migration, still carries that DN [INF].
        /// </summary>
        private void AddMailbox(string alias, string name, RecipientType type, MailboxDatabase database, int messages, bool migrated = false)
        {
            var guid = NextGuid();
            var exchangeGuid = NextGuid();
            var dn = type == RecipientType.MonitoringMailbox ? Contoso.MonitoringDn(name) : Contoso.UserDn(name);
            var former = Contoso.FormerLegacyExchangeDn(alias);
            var mailbox = new Mailbox(guid, exchangeGuid, alias, name, name, Contoso.SmtpAddress(alias),
                Contoso.LegacyExchangeDn(NextGuid(), alias), migrated ? ["X500:" + former] : [], type, database.Guid, dn, execution.Now);
            MailboxDirectory.Insert(execution, mailbox);
            var edb = database.MountedEdb!.Value;
            StoreMailboxes.Logon(execution, edb, migrated ? mailbox with { LegacyExchangeDN = former } : mailbox);
            if (Mailbox.IsUserType(type) && type != RecipientType.DiscoveryMailbox)
            {
                for (var m = 0; m < messages; m++)
                {
                    var kind = ItemKind.SeededMessages[m % ItemKind.SeededMessages.Count];
                    Seed(edb, mailbox, kind, $"{Topics[_random.Next(Topics.Length)]} #{_random.Next(1000, 9999)}");
                }
                Seed(edb, mailbox, ItemKind.Rule, "Move newsletters to Archive");
                Seed(edb, mailbox, ItemKind.View, "Compact view");
            }
        }

        /// <summary>Seeded history predates the last backup, so it goes into the file without passing the logs.</summary>
        private void Seed(long edb, Mailbox mailbox, ItemKind kind, string subject)
        {
            var size = kind.Associated ? 1_024 + _random.Next(2_048) : 2_048 + _random.Next(80_000);
            var received = execution.Now.AddMinutes(-_random.Next(1, 90 * 24 * 60));
            var item = Ledger.Add(execution, mailbox.ExchangeGuid, kind, subject, size, LedgerItem.Seeded, received);
            StoreWriter.Place(execution, edb, mailbox.ExchangeGuid, item);
            _items++;
        }

        private Guid NextGuid()
        {
            Span<byte> bytes = stackalloc byte[16];
            _random.NextBytes(bytes);
            return new Guid(bytes);
        }
    }
}
