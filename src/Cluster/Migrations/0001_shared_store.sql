-- The shared store of cluster mode: the file ledger with claims, the parsed records of every document and the
-- journal of record changes. Applied once, in a transaction, by SchemaMigrations.

-- One row per corpus file (path relative to the corpus folder, '/' separators). A pending file is claimed by
-- setting lease_owner and lease_expires; attempts counts claims since its content last changed and is also the
-- fencing token a worker's write must still match.
CREATE TABLE files (
    path          text PRIMARY KEY,
    hash          text NOT NULL,
    size          bigint NOT NULL,
    modified_ticks bigint NOT NULL,
    pack_id       text NOT NULL UNIQUE,
    state         text NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'indexed', 'failed', 'no-text', 'duplicate')),
    error         text,
    attempts      integer NOT NULL DEFAULT 0,
    lease_owner   text,
    lease_expires timestamptz,
    duplicate_of  text,
    pages         integer,
    ocr_pages     integer,
    records       integer NOT NULL DEFAULT 0,
    milliseconds  bigint,
    ingested_at   timestamptz
);

CREATE INDEX files_pending ON files (path) WHERE state = 'pending';
CREATE INDEX files_hash ON files (hash);

-- The records of every indexed document, as the index stores them under its pack id.
CREATE TABLE documents (
    pack_id  text PRIMARY KEY,
    path     text NOT NULL,
    hash     text NOT NULL,
    records  jsonb NOT NULL,
    position bigint NOT NULL
);

-- Record changes in commit order: position n+1 is only handed out once the transaction holding n has ended
-- (journal_head's row lock), so a follower reading position > last never skips an entry.
CREATE TABLE journal (
    position   bigint PRIMARY KEY,
    pack_id    text NOT NULL,
    path       text NOT NULL,
    change     text NOT NULL CHECK (change IN ('replace', 'remove')),
    records    integer NOT NULL,
    written_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE journal_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    position bigint NOT NULL
);

INSERT INTO journal_head (only_row, position) VALUES (true, 0);
