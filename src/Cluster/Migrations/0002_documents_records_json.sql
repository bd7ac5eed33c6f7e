-- A document's records are stored as the text the worker wrote (json, not jsonb): jsonb reorders object keys, and a
-- record's extra fields are shown in the order the parser found them, so a search node must get them back in that
-- order to serve what an embedded build serves. The records are only ever read whole, so nothing is lost.
ALTER TABLE documents ALTER COLUMN records TYPE json USING records::json;
