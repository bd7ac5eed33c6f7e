-- Which store a search node's index follows. A node whose commit names another store (the database was created
-- anew, or restored from an older backup) starts again from the beginning instead of reading one journal's
-- positions in another.
CREATE TABLE store_identity (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    id       uuid NOT NULL DEFAULT gen_random_uuid()
);

INSERT INTO store_identity DEFAULT VALUES;
