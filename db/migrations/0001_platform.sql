-- Platform foundation: municipalities, users, citizens, sessions, the audit log, and tenant isolation.
-- Runs unchanged on PGlite and on a PostgreSQL server.

-- The role the application uses for tenant-scoped work. Row-level security applies to it (it is never a superuser);
-- migrations, seeding and login look-ups run as the connecting owner.
DO $$ BEGIN
  CREATE ROLE jobunivers_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$ BEGIN
  EXECUTE format('GRANT jobunivers_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END $$;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION current_kommunekode() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.kommunekode', true), '') $$;

-- Reference data: all municipalities and postcodes (not personal data, readable by everyone).
CREATE TABLE kommune (
  kommunekode   text PRIMARY KEY CHECK (kommunekode ~ '^[0-9]{4}$'),
  navn          text NOT NULL,
  regionskode   text NOT NULL,
  regionsnavn   text NOT NULL,
  er_kommune    boolean NOT NULL,
  centroid_lat  double precision,
  centroid_lon  double precision
);

CREATE TABLE postnummer (
  postnr        text NOT NULL CHECK (postnr ~ '^[0-9]{4}$'),
  bynavn        text NOT NULL,
  kommunekode   text NOT NULL REFERENCES kommune,
  PRIMARY KEY (postnr, kommunekode)
);

-- The jobcentre's own settings, one row per municipality that runs Jobunivers.
CREATE TABLE kommune_indstillinger (
  kommunekode     text PRIMARY KEY REFERENCES kommune,
  jobcenter_navn  text NOT NULL,
  adresse         text NOT NULL,
  postnr          text NOT NULL,
  bynavn          text NOT NULL,
  telefon         text,
  email           text,
  aabningstider   jsonb NOT NULL DEFAULT '[]'::jsonb,
  opdateret       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE virksomhed (
  kommunekode   text NOT NULL REFERENCES kommune,
  cvr           text NOT NULL CHECK (cvr ~ '^[0-9]{8}$'),
  navn          text NOT NULL,
  PRIMARY KEY (kommunekode, cvr)
);

CREATE TABLE leverandoer (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  navn          text NOT NULL,
  cvr           text CHECK (cvr ~ '^[0-9]{8}$')
);

CREATE TABLE borger (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  cpr_krypteret   text NOT NULL,
  cpr_noegle_id   text NOT NULL,
  cpr_hash        text NOT NULL UNIQUE,
  fornavn         text NOT NULL,
  efternavn       text NOT NULL,
  foedselsdato    date NOT NULL,
  koen            text NOT NULL CHECK (koen IN ('K', 'M')),
  adresse         text,
  postnr          text,
  telefon         text,
  email           text,
  maalgruppe      text NOT NULL,
  ydelse_start    date,
  uddannelse      text NOT NULL,
  sagsbehandler_id uuid,
  oprettet        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX borger_kommune_idx ON borger (kommunekode, sagsbehandler_id);
CREATE INDEX borger_navn_trgm ON borger USING gin ((fornavn || ' ' || efternavn) gin_trgm_ops);

CREATE TABLE bruger (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  rolle         text NOT NULL CHECK (rolle IN ('borger','jobkonsulent','virksomhedskonsulent','leder','virksomhed','leverandoer','admin')),
  navn          text NOT NULL,
  email         text,
  titel         text,
  team          text,
  idp_issuer    text NOT NULL,
  idp_subject   text NOT NULL,
  borger_id     uuid REFERENCES borger,
  cvr           text,
  leverandoer_id uuid REFERENCES leverandoer,
  aktiv         boolean NOT NULL DEFAULT true,
  oprettet      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (idp_issuer, idp_subject),
  CHECK ((rolle = 'borger') = (borger_id IS NOT NULL)),
  CHECK ((rolle = 'virksomhed') = (cvr IS NOT NULL)),
  CHECK ((rolle = 'leverandoer') = (leverandoer_id IS NOT NULL))
);
CREATE INDEX bruger_kommune_idx ON bruger (kommunekode, rolle);
ALTER TABLE borger ADD CONSTRAINT borger_sagsbehandler_fk FOREIGN KEY (sagsbehandler_id) REFERENCES bruger DEFERRABLE INITIALLY DEFERRED;

-- Login sessions (server side; the cookie only carries a random id whose hash is stored here).
CREATE TABLE session (
  id_hash       text PRIMARY KEY,
  bruger_id     uuid NOT NULL REFERENCES bruger ON DELETE CASCADE,
  kommunekode   text NOT NULL REFERENCES kommune,
  rolle         text NOT NULL,
  sprog         text NOT NULL DEFAULT 'da' CHECK (sprog IN ('da','en')),
  login_metode  text NOT NULL,
  id_token      text,
  oprettet      timestamptz NOT NULL,
  sidst_brugt   timestamptz NOT NULL,
  udloeber      timestamptz NOT NULL
);
CREATE INDEX session_udloeber_idx ON session (udloeber);

-- Every access by staff to a citizen's personal data. Append-only, hash-chained per municipality.
CREATE TABLE adgangslog (
  id              bigserial PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  tidspunkt       timestamptz NOT NULL,
  aktoer_id       uuid NOT NULL,
  aktoer_navn     text NOT NULL,
  aktoer_rolle    text NOT NULL,
  borger_id       uuid NOT NULL,
  handling        text NOT NULL,
  ressource       text NOT NULL,
  formaal         text NOT NULL,
  forrige_hash    text NOT NULL,
  hash            text NOT NULL UNIQUE
);
CREATE INDEX adgangslog_borger_idx ON adgangslog (borger_id, tidspunkt DESC);
CREATE INDEX adgangslog_kaede_idx ON adgangslog (kommunekode, id);

CREATE FUNCTION adgangslog_kun_tilfoej() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'adgangsloggen kan kun tilføjes til (% er ikke tilladt)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER adgangslog_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON adgangslog
  FOR EACH STATEMENT EXECUTE FUNCTION adgangslog_kun_tilfoej();

-- Row-level security: for the application role every tenant table only shows the rows of the municipality set for the transaction.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['kommune_indstillinger','virksomhed','leverandoer','borger','bruger','adgangslog'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT USAGE ON SCHEMA public TO jobunivers_app;
GRANT SELECT ON kommune, postnummer TO jobunivers_app;
GRANT SELECT, INSERT, UPDATE ON kommune_indstillinger, virksomhed, leverandoer, borger, bruger TO jobunivers_app;
GRANT SELECT, INSERT ON adgangslog TO jobunivers_app;
GRANT USAGE ON SEQUENCE adgangslog_id_seq TO jobunivers_app;
