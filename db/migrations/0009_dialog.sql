-- Min side (issue 7): the secure dialog between the citizen and the jobcentre, and the citizen's verification of
-- their own details (docs/dialog.md).

-- The municipality's promised answer time for a citizen's message, in working days (docs/dialog.md).
CREATE TABLE dialog_indstilling (
  kommunekode          text PRIMARY KEY REFERENCES kommune,
  svarfrist_arbejdsdage integer NOT NULL DEFAULT 3 CHECK (svarfrist_arbejdsdage BETWEEN 1 AND 30),
  opdateret            timestamptz NOT NULL
);

-- A thread (one subject) between a citizen and the jobcentre. `venter_paa` is who must answer next: the jobcentre
-- (with `svarfrist`, the day it promised to answer by), the citizen, or nobody.
CREATE TABLE dialog_traad (
  id             uuid PRIMARY KEY,
  kommunekode    text NOT NULL REFERENCES kommune,
  borger_id      uuid NOT NULL REFERENCES borger,
  emne           text NOT NULL CHECK (length(emne) BETWEEN 1 AND 200),
  kilde          text NOT NULL CHECK (kilde IN ('borger', 'chatbot', 'medarbejder')),
  venter_paa     text NOT NULL CHECK (venter_paa IN ('jobcenter', 'borger', 'ingen')),
  venter_siden   timestamptz NOT NULL,
  svarfrist      date,
  sidste_besked  timestamptz NOT NULL,
  oprettet       timestamptz NOT NULL,
  idempotens     text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  CHECK ((venter_paa = 'jobcenter') = (svarfrist IS NOT NULL))
);
CREATE INDEX dialog_traad_borger_idx ON dialog_traad (borger_id, sidste_besked DESC);
CREATE INDEX dialog_traad_venter_idx ON dialog_traad (kommunekode, svarfrist) WHERE venter_paa = 'jobcenter';

-- A message in a thread. `fra` is the side that wrote it; `laest` is when the other side first opened it.
CREATE TABLE dialog_besked (
  id             uuid PRIMARY KEY,
  -- the order of writing (two messages can carry the same instant)
  nr             bigint GENERATED ALWAYS AS IDENTITY,
  kommunekode    text NOT NULL REFERENCES kommune,
  traad_id       uuid NOT NULL REFERENCES dialog_traad,
  borger_id      uuid NOT NULL REFERENCES borger,
  fra            text NOT NULL CHECK (fra IN ('borger', 'jobcenter')),
  kilde          text NOT NULL CHECK (kilde IN ('borger', 'chatbot', 'medarbejder')),
  afsender_id    uuid REFERENCES bruger,
  afsender_navn  text NOT NULL,
  tekst          text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 5000),
  oprettet       timestamptz NOT NULL,
  laest          timestamptz,
  laest_af_navn  text,
  idempotens     text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX dialog_besked_traad_idx ON dialog_besked (traad_id, nr);

-- A file attached to a message (PDF, JPEG or PNG, checked by its first bytes), stored in the database.
CREATE TABLE dialog_bilag (
  id             uuid PRIMARY KEY,
  kommunekode    text NOT NULL REFERENCES kommune,
  besked_id      uuid NOT NULL REFERENCES dialog_besked,
  borger_id      uuid NOT NULL REFERENCES borger,
  filnavn        text NOT NULL,
  mimetype       text NOT NULL CHECK (mimetype IN ('application/pdf', 'image/jpeg', 'image/png')),
  stoerrelse     integer NOT NULL CHECK (stoerrelse BETWEEN 1 AND 5242880),
  indhold        bytea NOT NULL,
  oprettet       timestamptz NOT NULL
);
CREATE INDEX dialog_bilag_besked_idx ON dialog_bilag (besked_id);

-- The citizen's own details beyond the citizen register columns (driving licence, children, languages), and the
-- education the jobcentre has registered when it differs from `borger.uddannelse`'s text: one row per group.
CREATE TABLE borger_oplysning (
  kommunekode    text NOT NULL REFERENCES kommune,
  borger_id      uuid NOT NULL REFERENCES borger,
  gruppe         text NOT NULL CHECK (gruppe IN ('kontakt', 'uddannelse', 'koerekort', 'boern', 'sprog')),
  data           jsonb NOT NULL,
  opdateret      timestamptz NOT NULL,
  PRIMARY KEY (borger_id, gruppe)
);

-- Every confirmation and correction by the citizen, kept as history. A correction is flagged for the caseworker
-- until marked as handled (`behandlet`); one that waits for the caseworker (`afventer`) is applied or declined then.
CREATE TABLE oplysning_indberetning (
  id             uuid PRIMARY KEY,
  nr             bigint GENERATED ALWAYS AS IDENTITY,
  kommunekode    text NOT NULL REFERENCES kommune,
  borger_id      uuid NOT NULL REFERENCES borger,
  gruppe         text NOT NULL CHECK (gruppe IN ('kontakt', 'uddannelse', 'koerekort', 'boern', 'sprog')),
  handling       text NOT NULL CHECK (handling IN ('bekraeftet', 'rettet')),
  data           jsonb NOT NULL,
  tidligere      jsonb NOT NULL,
  straks         boolean NOT NULL,
  oprettet       timestamptz NOT NULL,
  behandlet      timestamptz,
  behandlet_af   uuid REFERENCES bruger,
  behandlet_navn text,
  udfald         text CHECK (udfald IN ('godkendt', 'afvist')),
  bemaerkning    text,
  idempotens     text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  CHECK ((behandlet IS NULL) = (udfald IS NULL))
);
CREATE INDEX oplysning_indberetning_borger_idx ON oplysning_indberetning (borger_id, oprettet DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['dialog_indstilling','dialog_traad','dialog_besked','dialog_bilag','borger_oplysning',
                           'oplysning_indberetning'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON dialog_indstilling, dialog_traad, dialog_besked, borger_oplysning,
  oplysning_indberetning TO jobunivers_app;
-- attachments are never changed once stored
GRANT SELECT, INSERT ON dialog_bilag TO jobunivers_app;
