-- Min side (issue 7): the companion (bisidder). A citizen gives a named companion time-limited, revocable,
-- read-only access to their overview by a link plus a one-time code. Only hashes of the link's token and of the code
-- are stored; a redeemed code starts a companion session whose id is likewise stored only as a hash.

CREATE TABLE bisidder_adgang (
  id                uuid PRIMARY KEY,
  kommunekode       text NOT NULL REFERENCES kommune,
  borger_id         uuid NOT NULL,
  -- the companion's name as the citizen wrote it; shown in the citizen's access log for every use
  navn              text NOT NULL CHECK (length(navn) BETWEEN 2 AND 100),
  -- sha256 of the link's token (the token itself begins with the municipality code)
  token_hash        text NOT NULL UNIQUE,
  -- sha256 of the current one-time code; kode_brugt is set when it is redeemed (then it cannot be used again)
  kode_hash         text NOT NULL,
  kode_udstedt      timestamptz NOT NULL,
  kode_brugt        timestamptz,
  -- wrong codes in a row; at the limit the grant is locked (laast) until the citizen issues a new code
  forkerte_forsoeg  integer NOT NULL DEFAULT 0 CHECK (forkerte_forsoeg >= 0),
  laast             timestamptz,
  oprettet          timestamptz NOT NULL,
  gyldig_til        timestamptz NOT NULL,
  tilbagekaldt      timestamptz,
  sidst_brugt       timestamptz,
  idempotens        uuid NOT NULL,
  UNIQUE (kommunekode, idempotens),
  CHECK (gyldig_til > oprettet),
  FOREIGN KEY (borger_id) REFERENCES borger (id)
);
CREATE INDEX bisidder_adgang_borger_idx ON bisidder_adgang (borger_id, oprettet DESC);

CREATE TABLE bisidder_session (
  id           uuid PRIMARY KEY,
  kommunekode  text NOT NULL REFERENCES kommune,
  adgang_id    uuid NOT NULL REFERENCES bisidder_adgang,
  -- sha256 of the random id in the companion's cookie
  id_hash      text NOT NULL UNIQUE,
  oprettet     timestamptz NOT NULL,
  udloeber     timestamptz NOT NULL,
  afsluttet    timestamptz
);
CREATE INDEX bisidder_session_adgang_idx ON bisidder_session (adgang_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['bisidder_adgang','bisidder_session'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

-- a grant is revoked, used and re-coded in place; a session is ended in place; neither is ever deleted (the access
-- log refers to the grant by id)
GRANT SELECT, INSERT, UPDATE ON bisidder_adgang, bisidder_session TO jobunivers_app;
