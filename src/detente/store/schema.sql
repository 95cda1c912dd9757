-- detente SQLite schema. Every span (start, end) indexes into documents.body.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,            -- hash of the normalised text
    source TEXT NOT NULL,           -- first source it was read from
    file TEXT,
    url TEXT,
    outlet TEXT,
    language TEXT,
    title TEXT,
    lead TEXT,
    dateline TEXT,
    signature TEXT,
    metadata_date TEXT,
    dct_value TEXT,
    dct_granularity TEXT,
    dct_earliest TEXT,
    dct_latest TEXT,
    dct_source TEXT,
    dct_plausible INTEGER,
    dct_reason TEXT,
    body TEXT NOT NULL,
    original TEXT NOT NULL,
    offsets TEXT NOT NULL,          -- JSON [[body_start, original_start, length], ...]
    extraction TEXT NOT NULL,       -- the extraction JSON (SPEC §8)
    errors TEXT,                    -- JSON list of stage warnings
    ingested_at TEXT NOT NULL
);

-- Every place a document was read from (a re-ingested or syndicated copy adds a row, not a document).
CREATE TABLE IF NOT EXISTS document_sources (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (document_id, source)
);

CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    qid TEXT
);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    entity_id TEXT,
    name TEXT,
    country TEXT,
    role TEXT,
    as_actor INTEGER NOT NULL,
    via TEXT,
    confidence REAL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);

CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,            -- <document_id>:<n>
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    mode TEXT,
    aux TEXT,
    main INTEGER NOT NULL,
    occasion TEXT,
    location_name TEXT,
    location_country TEXT,
    date_value TEXT,
    date_granularity TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    topics TEXT,                    -- JSON list of slugs
    contexts TEXT,                  -- JSON list
    score REAL,
    tone REAL,
    confidence REAL,
    trigger_start INTEGER,
    trigger_end INTEGER,
    summary TEXT                    -- the sentence that carries the trigger
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date_value);

CREATE TABLE IF NOT EXISTS event_arguments (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL,             -- actor | recipient | location
    name TEXT NOT NULL,
    country TEXT,
    entity_id TEXT,
    kind TEXT,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX IF NOT EXISTS event_arguments_event ON event_arguments(event_id);
CREATE INDEX IF NOT EXISTS event_arguments_country ON event_arguments(country);

-- Evidence: which span supports which field of an event.
CREATE TABLE IF NOT EXISTS evidence (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    field TEXT NOT NULL,            -- trigger | actor | recipient | location | occasion | date | topic | tone | sentence
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence(event_id);

CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY,            -- <document_id>:q<n>
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_country TEXT,
    speaker_id TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document_id);

CREATE TABLE IF NOT EXISTS timexes (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    earliest TEXT,
    latest TEXT
);

-- Documents that could not be read or processed, with a one-line reason.
CREATE TABLE IF NOT EXISTS errors (
    source TEXT PRIMARY KEY,
    file TEXT,
    error TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, body, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

-- MinHash signatures of bodies, to store near-duplicate (syndicated) copies once.
CREATE TABLE IF NOT EXISTS document_minhash (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);

-- One record per real-world event; every source event points at it.
CREATE TABLE IF NOT EXISTS canonical_events (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    date_value TEXT,
    date_earliest TEXT,
    date_latest TEXT,
    location_name TEXT,
    location_country TEXT,
    occasion TEXT,
    actors TEXT,                    -- JSON [{"name", "country", "id"}]
    countries TEXT,                 -- JSON list of sides
    topics TEXT,                    -- JSON list
    summary TEXT,
    tone REAL,
    score REAL,
    n_sources INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS canonical_members (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    canonical_id INTEGER NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
    similarity REAL,
    embedding BLOB                  -- sentence embedding of the evidence, reused when new reports arrive
);
CREATE INDEX IF NOT EXISTS canonical_members_canonical ON canonical_members(canonical_id);
