-- The case file (sag): what happened in a citizen's case (events the rules engine reads), the jobplan, journal notes,
-- documents, and the municipality's macro texts. Journal notes and documents are searchable in Danish
-- (to_tsvector('danish', …), stemmed) through generated tsvector columns with GIN indexes.

-- Events of the case, in the rules engine's vocabulary (apps/server/src/modules/regler/model.ts).
CREATE TABLE sag_haendelse (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  type            text NOT NULL,
  dato            date NOT NULL,
  maalgruppe      text,
  kanal           text CHECK (kanal IN ('fremmoede', 'telefon', 'video')),
  art             text,
  uger            integer,
  kategori        integer,
  afholder        text CHECK (afholder IN ('jobcenter', 'akasse')),
  tilbudsart      text,
  foreloebigt     boolean,
  beskrivelse     text,
  registreret     timestamptz NOT NULL,
  registreret_af  uuid
);
CREATE INDEX sag_haendelse_borger_idx ON sag_haendelse (borger_id, dato, registreret);

-- The jobplan: job goals (maal) and activities (aktivitet), each activity with a status and an "agreed with the
-- citizen" mark.
CREATE TABLE jobplan_punkt (
  id                 uuid PRIMARY KEY,
  kommunekode        text NOT NULL REFERENCES kommune,
  borger_id          uuid NOT NULL REFERENCES borger,
  art                text NOT NULL CHECK (art IN ('maal', 'aktivitet')),
  titel              text NOT NULL,
  beskrivelse        text,
  status             text NOT NULL CHECK (status IN ('planlagt', 'i_gang', 'afventer_borger', 'afventer_jobcenter', 'gennemfoert', 'afbrudt')),
  aftalt_med_borger  boolean NOT NULL DEFAULT false,
  start              date,
  slut               date,
  opdateret          timestamptz NOT NULL
);
CREATE INDEX jobplan_punkt_borger_idx ON jobplan_punkt (borger_id);

-- Journal notes. Immutable once saved: a correction is a new note that names the note it corrects (retter_id);
-- the original stays as it was.
CREATE TABLE notat (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  dato            date NOT NULL,
  kategori        text NOT NULL,
  emne            text NOT NULL,
  tekst           text NOT NULL,
  forfatter_id    uuid,
  forfatter_navn  text NOT NULL,
  oprettet        timestamptz NOT NULL,
  makro_id        uuid,
  retter_id       uuid REFERENCES notat,
  idempotens      text,
  soeg            tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('danish', emne), 'A') || setweight(to_tsvector('danish', tekst), 'B')
                  ) STORED,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX notat_borger_idx ON notat (borger_id, dato DESC);
CREATE INDEX notat_kommune_dato_idx ON notat (kommunekode, dato);
CREATE INDEX notat_soeg_idx ON notat USING gin (soeg);
CREATE UNIQUE INDEX notat_en_rettelse_idx ON notat (retter_id) WHERE retter_id IS NOT NULL;

CREATE FUNCTION notat_uforanderlig() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'et gemt notat kan ikke ændres (% er ikke tilladt); ret det med et nyt notat', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER notat_kun_tilfoej BEFORE UPDATE OR DELETE ON notat FOR EACH ROW EXECUTE FUNCTION notat_uforanderlig();

-- Documents with their extracted text. Medical documents (helbred) need a purpose to open.
CREATE TABLE dokument (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  dato            date NOT NULL,
  titel           text NOT NULL,
  kategori        text NOT NULL,
  helbred         boolean NOT NULL DEFAULT false,
  filnavn         text NOT NULL,
  mimetype        text NOT NULL,
  stoerrelse      integer NOT NULL,
  sha256          text NOT NULL,
  indhold         bytea,
  tekst           text NOT NULL DEFAULT '',
  uploadet        timestamptz NOT NULL,
  uploadet_af     uuid,
  uploadet_af_navn text NOT NULL,
  idempotens      text,
  soeg            tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('danish', titel), 'A') || setweight(to_tsvector('danish', left(tekst, 100000)), 'B')
                  ) STORED,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX dokument_borger_idx ON dokument (borger_id, dato DESC);
CREATE INDEX dokument_kommune_dato_idx ON dokument (kommunekode, dato);
CREATE INDEX dokument_soeg_idx ON dokument USING gin (soeg);

-- The municipality's macro texts (makrotekster) for journal notes, with {{placeholders}} filled from the case.
CREATE TABLE makrotekst (
  id           uuid PRIMARY KEY,
  kommunekode  text NOT NULL REFERENCES kommune,
  titel        text NOT NULL,
  kategori     text NOT NULL,
  tekst        text NOT NULL,
  aktiv        boolean NOT NULL DEFAULT true
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['sag_haendelse','jobplan_punkt','notat','dokument','makrotekst'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON sag_haendelse, jobplan_punkt, makrotekst TO jobunivers_app;
GRANT SELECT, INSERT ON notat, dokument TO jobunivers_app;

-- Search. Under row-level security PostgreSQL may not use an index for an operator that is not marked leakproof,
-- and the full-text match (@@) and the trigram match (<%) are not: every search would read the whole table. The two
-- search functions therefore run as the owner (SECURITY DEFINER) and filter on the transaction's municipality
-- themselves, exactly as the row-level security policy does (current_kommunekode()). They return only ids, dates,
-- titles and ranks; the caller reads anything else under row-level security.
CREATE FUNCTION sag_soeg(q tsquery, fra date, til date, borger uuid, nyeste boolean, maks integer,
                         med_notater boolean, med_dokumenter boolean)
RETURNS TABLE (type text, id uuid, borger_id uuid, dato date, titel text, kategori text, helbred boolean, relevans real)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  k text := current_kommunekode();
  vilkaar text := ' x.kommunekode = $1 and x.soeg @@ $2'
    || CASE WHEN fra IS NULL THEN '' ELSE ' and x.dato >= $3' END
    || CASE WHEN til IS NULL THEN '' ELSE ' and x.dato <= $4' END
    || CASE WHEN borger IS NULL THEN '' ELSE ' and x.borger_id = $5' END;
  -- newest first within the dates given, or simply the first found (which stops early for a common word)
  skaering text := CASE WHEN nyeste THEN ' order by x.dato desc limit $6' ELSE ' limit $6' END;
BEGIN
  IF k IS NULL THEN RETURN; END IF;
  IF med_notater THEN
    RETURN QUERY EXECUTE 'select ''notat''::text, x.id, x.borger_id, x.dato, x.emne, x.kategori, false,'
      || ' ts_rank_cd(x.soeg, $2, 32) from notat x where' || vilkaar || skaering
      USING k, q, fra, til, borger, maks;
  END IF;
  IF med_dokumenter THEN
    RETURN QUERY EXECUTE 'select ''dokument''::text, x.id, x.borger_id, x.dato, x.titel, x.kategori, x.helbred,'
      || ' ts_rank_cd(x.soeg, $2, 32) from dokument x where' || vilkaar || skaering
      USING k, q, fra, til, borger, maks;
  END IF;
END $$;

CREATE FUNCTION borger_navnesoeg(q text, maks integer)
RETURNS TABLE (id uuid, lighed real)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM set_config('pg_trgm.word_similarity_threshold', '0.4', true);
  RETURN QUERY
    select b.id, word_similarity(q, b.fornavn || ' ' || b.efternavn)
    from borger b
    where b.kommunekode = current_kommunekode() and q <% (b.fornavn || ' ' || b.efternavn)
    order by 2 desc, b.id limit maks;
END $$;

REVOKE ALL ON FUNCTION sag_soeg(tsquery, date, date, uuid, boolean, integer, boolean, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION borger_navnesoeg(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sag_soeg(tsquery, date, date, uuid, boolean, integer, boolean, boolean) TO jobunivers_app;
GRANT EXECUTE ON FUNCTION borger_navnesoeg(text, integer) TO jobunivers_app;
