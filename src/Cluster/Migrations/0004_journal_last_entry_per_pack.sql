-- The journal keeps only the last entry per pack: a node applies the records the store holds for a pack now, so
-- an entry with a later one for the same pack tells it nothing more, and a new node would read it for nothing.
-- Appenders delete a pack's earlier entries as they write its new one (Journal.AppendAsync); this trims what an
-- older version left. The head is untouched, so positions and followers' places in the journal stay as they were.
CREATE INDEX journal_pack ON journal (pack_id, position);

DELETE FROM journal j
WHERE EXISTS (SELECT 1 FROM journal later WHERE later.pack_id = j.pack_id AND later.position > j.position);
