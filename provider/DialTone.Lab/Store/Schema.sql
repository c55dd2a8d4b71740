-- The Exchange lab's state. Three worlds, kept apart as Exchange keeps them:
--   the directory (Active Directory: servers, database objects, recipients),
--   the servers' disks (folders and files; an EDB file holds store mailboxes and their items),
--   the lab's own books (settings, the integrity ledger, the journal, the transport queue).
-- Times are Unix milliseconds (UTC). REFERENCES document the model but are not enforced: Exchange itself lets a
-- recipient point at a deleted database (fact sheet §2.4), and the lab must be able to show that state.
-- Names that Windows or Active Directory compare without case are COLLATE NOCASE.

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Directory ------------------------------------------------------------------------------------------------------

CREATE TABLE servers (
    name            TEXT PRIMARY KEY COLLATE NOCASE,
    guid            TEXT NOT NULL UNIQUE,
    fqdn            TEXT NOT NULL,
    site            TEXT NOT NULL,
    version         TEXT NOT NULL,          -- AdminDisplayVersion, e.g. "Version 15.2 (Build 1544.4)"
    schema_version  TEXT NOT NULL,          -- the database schema version its databases use
    edition         TEXT NOT NULL,          -- Enterprise | Standard
    install_path    TEXT NOT NULL,          -- %ExchangeInstallPath%
    is_up           INTEGER NOT NULL DEFAULT 1,
    next_log_prefix INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE databases (
    guid                    TEXT PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    server                  TEXT NOT NULL COLLATE NOCASE REFERENCES servers(name),
    is_recovery             INTEGER NOT NULL,
    edb_file_path           TEXT NOT NULL,
    log_folder_path         TEXT NOT NULL,
    log_prefix              TEXT NOT NULL,
    allow_file_restore      INTEGER NOT NULL DEFAULT 0,
    circular_logging        INTEGER NOT NULL DEFAULT 0,
    mount_at_startup        INTEGER NOT NULL DEFAULT 1,
    excluded_provisioning   INTEGER NOT NULL DEFAULT 0,
    suspended_provisioning  INTEGER NOT NULL DEFAULT 0,
    created_at              INTEGER NOT NULL,
    ever_mounted            INTEGER NOT NULL DEFAULT 0,
    mounted_edb             INTEGER REFERENCES edb_files(id),   -- the EDB file the mounted database has open
    last_full_backup        INTEGER
) WITHOUT ROWID;

CREATE TABLE mailboxes (
    guid               TEXT PRIMARY KEY,     -- the directory object's Guid
    exchange_guid      TEXT NOT NULL UNIQUE, -- the store mailbox's MailboxGuid
    alias              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name       TEXT NOT NULL,
    primary_smtp       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    legacy_dn          TEXT NOT NULL COLLATE NOCASE,
    x500_proxies       TEXT NOT NULL DEFAULT '',   -- further X500 addresses, one per line
    type               TEXT NOT NULL,              -- RecipientTypeDetails
    database_guid      TEXT NOT NULL REFERENCES databases(guid),
    distinguished_name TEXT NOT NULL,
    created_at         INTEGER NOT NULL
) WITHOUT ROWID;
-- No index by database: re-homing 10,000 mailboxes would update it 10,000 times, two pages each, while the reads it
-- would serve (Get-Mailbox -Database, the mailboxes a database still holds) scan the table once per command anyway.
CREATE INDEX mailboxes_by_legacy_dn ON mailboxes(legacy_dn);

-- Disks ----------------------------------------------------------------------------------------------------------

-- An EDB file's content: its header (identity, shutdown state, log stream) and, below, its store. It lives on a
-- server's disk (a files row points at it) or inside a backup.
CREATE TABLE edb_files (
    id                   INTEGER PRIMARY KEY,
    database_guid        TEXT NOT NULL,        -- identity: the database object that created the file
    database_name        TEXT NOT NULL,
    state                TEXT NOT NULL,        -- Clean | Dirty
    log_stream           TEXT NOT NULL,        -- signature of the log stream the file is attached to
    committed_generation INTEGER NOT NULL,     -- last generation whose changes the file holds
    required_low         INTEGER,              -- when Dirty: the generations needed to make it consistent
    required_high        INTEGER,
    created_at           INTEGER NOT NULL
);

CREATE TABLE files (
    id          INTEGER PRIMARY KEY,
    server      TEXT NOT NULL COLLATE NOCASE,
    path        TEXT NOT NULL,                 -- as created, e.g. D:\DialTone\DTDB1.edb
    path_key    TEXT NOT NULL,                 -- upper-cased: Windows compares paths without case
    parent_key  TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- Folder | Edb | Log | Checkpoint | File
    edb_id      INTEGER REFERENCES edb_files(id),
    log_stream  TEXT,                          -- Log and Checkpoint files
    generation  INTEGER,
    size        INTEGER NOT NULL DEFAULT 0,
    modified_at INTEGER NOT NULL,
    UNIQUE (server, path_key)
);
CREATE INDEX files_by_parent ON files(server, parent_key);
CREATE INDEX files_by_edb ON files(edb_id);

-- A transaction log stream's records: what a log generation holds, so a restore can be rolled forward. A record
-- adds an item (a copy number, as in items) to a store mailbox, or removes it (a restore request replacing it).
CREATE TABLE log_records (
    seq          INTEGER PRIMARY KEY,
    log_stream   TEXT NOT NULL,
    generation   INTEGER NOT NULL,
    mailbox_guid TEXT NOT NULL,
    item_id      INTEGER NOT NULL,
    copy         INTEGER NOT NULL,
    removed      INTEGER NOT NULL,
    bytes        INTEGER NOT NULL
);
CREATE INDEX log_records_by_generation ON log_records(log_stream, generation);

-- The log stream a mounted database is writing: its current generation and how full it is.
CREATE TABLE log_streams (
    signature      TEXT PRIMARY KEY,
    prefix         TEXT NOT NULL,
    generation     INTEGER NOT NULL,
    bytes_in_gen   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE backups (
    id             INTEGER PRIMARY KEY,
    database_guid  TEXT NOT NULL,
    database_name  TEXT NOT NULL,
    server         TEXT NOT NULL,
    edb_file_name  TEXT NOT NULL,
    edb_id         INTEGER NOT NULL REFERENCES edb_files(id),
    log_prefix     TEXT NOT NULL,
    log_stream     TEXT NOT NULL,
    generation     INTEGER NOT NULL,
    taken_at       INTEGER NOT NULL
);

-- Store ----------------------------------------------------------------------------------------------------------

CREATE TABLE store_mailboxes (
    edb_id       INTEGER NOT NULL REFERENCES edb_files(id),
    mailbox_guid TEXT NOT NULL,
    display_name TEXT NOT NULL,
    legacy_dn    TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    last_logon   INTEGER,
    disconnect_reason TEXT,                    -- NULL | Disabled | SoftDeleted
    PRIMARY KEY (edb_id, mailbox_guid)
) WITHOUT ROWID;

-- An item present in a store mailbox. Its content is in the ledger; copy > 0 marks a second copy of the same item.
CREATE TABLE items (
    edb_id       INTEGER NOT NULL,
    mailbox_guid TEXT NOT NULL,
    item_id      INTEGER NOT NULL,
    copy         INTEGER NOT NULL DEFAULT 0,
    bad          INTEGER NOT NULL DEFAULT 0,   -- corrupt: a restore request cannot copy it
    PRIMARY KEY (edb_id, mailbox_guid, item_id, copy)
) WITHOUT ROWID;
CREATE INDEX items_by_item ON items(item_id);

-- The lab's books -------------------------------------------------------------------------------------------------

-- Every item ever delivered or present, with its content. Its identity (item_id, shown as an Internet message id)
-- survives backup, restore and merge.
CREATE TABLE ledger (
    item_id       INTEGER PRIMARY KEY,
    owner_guid    TEXT NOT NULL,              -- ExchangeGuid of the mailbox the item belongs to
    folder        TEXT NOT NULL,
    associated    INTEGER NOT NULL,           -- folder-associated: rules, views, forms
    message_class TEXT NOT NULL,
    subject       TEXT NOT NULL,
    size          INTEGER NOT NULL,
    received_at   INTEGER NOT NULL,
    origin        TEXT NOT NULL               -- Seeded | Sent | Created
);
CREATE INDEX ledger_by_owner ON ledger(owner_guid);

-- What happened to items after they entered the ledger: queued, delivered, replayed, copied.
CREATE TABLE ledger_events (
    seq     INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL,
    at      INTEGER NOT NULL,
    event   TEXT NOT NULL,
    detail  TEXT NOT NULL
);
CREATE INDEX ledger_events_by_item ON ledger_events(item_id);

-- Mail accepted by transport that no mailbox could take yet.
CREATE TABLE queue (
    item_id        INTEGER PRIMARY KEY,
    recipient_guid TEXT NOT NULL,             -- the recipient's directory Guid
    queued_at      INTEGER NOT NULL,
    reason         TEXT NOT NULL
);
CREATE INDEX queue_by_recipient ON queue(recipient_guid);

CREATE TABLE journal (
    seq      INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    who      TEXT NOT NULL,
    command  TEXT NOT NULL,
    target   TEXT NOT NULL,
    result   TEXT NOT NULL,                   -- Succeeded | Failed
    message  TEXT NOT NULL
);

-- Mailbox Replication Service -------------------------------------------------------------------------------------

-- A restore request as the MRS last recorded it. Its progress since then is computed from the clock when read
-- (Replication/MrsSchedule), and recorded by the next command that changes the lab.
CREATE TABLE restore_requests (
    guid                     TEXT PRIMARY KEY,
    name                     TEXT NOT NULL,
    target_guid              TEXT NOT NULL,      -- directory Guid of the target mailbox
    target_alias             TEXT NOT NULL,
    request_queue            TEXT NOT NULL,      -- the target's database, which holds the request
    source_database          TEXT NOT NULL,
    source_mailbox           TEXT NOT NULL,      -- MailboxGuid of the source store mailbox
    batch_name               TEXT NOT NULL,
    bad_item_limit           INTEGER,            -- NULL is Unlimited
    large_item_limit         INTEGER,
    accept_large_data_loss   INTEGER NOT NULL,
    allow_legacy_dn_mismatch INTEGER NOT NULL,
    conflict_option          TEXT NOT NULL,
    associated_option        TEXT NOT NULL,
    priority                 TEXT NOT NULL,
    suspend                  INTEGER NOT NULL,
    suspend_comment          TEXT NOT NULL,
    status                   TEXT NOT NULL,
    queued_at                INTEGER NOT NULL,
    started_at               INTEGER,
    anchor_at                INTEGER,            -- when the last processed item was processed (or the start)
    finished_at              INTEGER,            -- when the last item was processed or the request failed
    suspended_at             INTEGER,
    last_update              INTEGER NOT NULL,
    processed                INTEGER NOT NULL,
    transferred              INTEGER NOT NULL,
    bad_items                INTEGER NOT NULL,
    large_items              INTEGER NOT NULL,
    total_items              INTEGER NOT NULL,
    total_bytes              INTEGER NOT NULL,
    failure                  TEXT NOT NULL,
    created_seq              INTEGER NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX restore_requests_by_name ON restore_requests(target_guid, name COLLATE NOCASE);
-- Completed requests by age, so that the MRS can remove the expired ones cheaply in every command.
CREATE INDEX restore_requests_by_completion ON restore_requests(finished_at) WHERE status IN ('Completed', 'CompletedWithWarning');

-- The source items a request copies, in the order it copies them (enumerated when the request is created; each is
-- read from the source again when its turn comes).
CREATE TABLE restore_request_items (
    request_guid TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    item_id      INTEGER NOT NULL,
    large        INTEGER NOT NULL,
    PRIMARY KEY (request_guid, seq)
) WITHOUT ROWID;
