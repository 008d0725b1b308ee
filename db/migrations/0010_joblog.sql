-- Min side (issue 7): the job log (joblog) with the weekly requirement, and the rights and duties review
-- (docs/joblog.md). The requirement rules and the review texts themselves are data in the repository
-- (apps/server/src/modules/joblog/krav.json, apps/server/src/modules/rettigheder/tekster.json); these tables hold
-- what people do with them.

-- One application the citizen has recorded. Saved exactly once: the browser's key is unique per municipality.
CREATE TABLE joblog_ansoegning (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  arbejdsgiver    text NOT NULL CHECK (length(arbejdsgiver) BETWEEN 1 AND 200),
  stilling        text NOT NULL CHECK (length(stilling) BETWEEN 1 AND 200),
  dato            date NOT NULL,
  maade           text NOT NULL CHECK (maade IN ('skriftlig', 'mundtlig', 'personlig', 'uopfordret')),
  status          text NOT NULL CHECK (status IN ('sendt', 'samtale', 'afslag', 'ansat', 'intet_svar')),
  note            text CHECK (length(note) <= 2000),
  link            text CHECK (length(link) <= 500),
  oprettet        timestamptz NOT NULL,
  opdateret       timestamptz NOT NULL,
  idempotens      text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX joblog_ansoegning_borger_idx ON joblog_ansoegning (borger_id, dato DESC);

-- Every change of an application's status, for the case (append-only).
CREATE TABLE joblog_statusaendring (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  ansoegning_id   uuid NOT NULL REFERENCES joblog_ansoegning,
  fra_status      text NOT NULL,
  til_status      text NOT NULL,
  tidspunkt       timestamptz NOT NULL
);
CREATE INDEX joblog_statusaendring_idx ON joblog_statusaendring (ansoegning_id, tidspunkt);

-- The municipality's own number of applications a week for a target group (overrides the rule's default from
-- gyldig_fra; the latest setting wins). Append-only: the history says who set what, when and why.
CREATE TABLE joblog_kommunekrav (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  maalgruppe      text NOT NULL,
  antal           integer NOT NULL CHECK (antal BETWEEN 0 AND 25),
  gyldig_fra      date NOT NULL,
  begrundelse     text NOT NULL CHECK (length(begrundelse) BETWEEN 1 AND 1000),
  fastsat_af      uuid NOT NULL REFERENCES bruger,
  fastsat_af_navn text NOT NULL,
  fastsat         timestamptz NOT NULL,
  idempotens      text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX joblog_kommunekrav_idx ON joblog_kommunekrav (kommunekode, maalgruppe, gyldig_fra, fastsat);

-- The caseworker's individual number for one citizen (overrides the municipality's and the rule's number from
-- gyldig_fra). Append-only, with who, when and why.
CREATE TABLE joblog_individuelt_krav (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  -- NULL: the individual number is lifted from gyldig_fra (the municipality's or the rule's number applies again)
  antal           integer CHECK (antal BETWEEN 0 AND 25),
  gyldig_fra      date NOT NULL,
  begrundelse     text NOT NULL CHECK (length(begrundelse) BETWEEN 1 AND 1000),
  fastsat_af      uuid NOT NULL REFERENCES bruger,
  fastsat_af_navn text NOT NULL,
  fastsat         timestamptz NOT NULL,
  idempotens      text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX joblog_individuelt_krav_idx ON joblog_individuelt_krav (borger_id, gyldig_fra, fastsat);

-- The citizen's confirmation that they have read a version of the rights and duties review. One per citizen,
-- review and version however often it is sent (append-only).
CREATE TABLE rettighed_bekraeftelse (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  gennemgang_id   text NOT NULL,
  version         date NOT NULL,
  bekraeftet      timestamptz NOT NULL,
  idempotens      text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  UNIQUE (borger_id, gennemgang_id, version)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['joblog_ansoegning','joblog_statusaendring','joblog_kommunekrav','joblog_individuelt_krav',
                           'rettighed_bekraeftelse'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

-- an application's status and note change (SELECT … FOR UPDATE locks it while its status changes)
GRANT SELECT, INSERT, UPDATE ON joblog_ansoegning TO jobunivers_app;
-- the histories and the confirmations are append-only
GRANT SELECT, INSERT ON joblog_statusaendring, joblog_kommunekrav, joblog_individuelt_krav, rettighed_bekraeftelse
  TO jobunivers_app;
