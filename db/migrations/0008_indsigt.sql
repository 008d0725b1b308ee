-- Min side (issue 7): the citizen's full access to their own case (indsigt) and requests for access to records
-- (aktindsigt). See docs/indsigt.md.

-- A decision to withhold one item of the case (a journal note, a document or a letter) from the citizen's own access.
-- Nothing is withheld except by such a row: the citizen's list shows the item as withheld with the reason and the legal
-- basis (hjemmel, an id in the list kept as data in apps/server/src/modules/sag/indsigt-model.ts). A decision is never
-- deleted or rewritten; it may be lifted, and who lifted it, when and why is recorded on the same row.
CREATE TABLE indsigt_undtagelse (
  id                    uuid PRIMARY KEY,
  kommunekode           text NOT NULL REFERENCES kommune,
  borger_id             uuid NOT NULL REFERENCES borger,
  genstand_art          text NOT NULL CHECK (genstand_art IN ('notat', 'dokument', 'besked')),
  genstand_id           uuid NOT NULL,
  begrundelse           text NOT NULL CHECK (length(begrundelse) BETWEEN 1 AND 2000),
  hjemmel               text NOT NULL,
  besluttet             timestamptz NOT NULL,
  besluttet_af          uuid,
  besluttet_af_navn     text NOT NULL,
  ophaevet              timestamptz,
  ophaevet_af           uuid,
  ophaevet_af_navn      text,
  ophaevet_begrundelse  text,
  idempotens            text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  CHECK ((ophaevet IS NULL) = (ophaevet_af_navn IS NULL))
);
-- at most one decision in force per item
CREATE UNIQUE INDEX indsigt_undtagelse_aktiv_idx ON indsigt_undtagelse (kommunekode, genstand_art, genstand_id)
  WHERE ophaevet IS NULL;
CREATE INDEX indsigt_undtagelse_borger_idx ON indsigt_undtagelse (borger_id, besluttet DESC);

-- A request for access to records (aktindsigt) from the citizen. `frist` is the legal deadline computed from the rule
-- AKT in the rule set (7 working days after the day of receipt); `forventet` is the date the municipality expects to
-- answer after a letter about a delay (the original deadline stays as it was).
CREATE TABLE aktindsigt_anmodning (
  id                uuid PRIMARY KEY,
  kommunekode       text NOT NULL REFERENCES kommune,
  borger_id         uuid NOT NULL REFERENCES borger,
  oenske            text NOT NULL CHECK (length(oenske) BETWEEN 1 AND 4000),
  periode_fra       date,
  periode_til       date,
  form              text NOT NULL CHECK (form IN ('minside', 'post')),
  modtaget          timestamptz NOT NULL,
  modtaget_dato     date NOT NULL,
  frist             date NOT NULL,
  regel_id          text NOT NULL,
  status            text NOT NULL CHECK (status IN ('modtaget', 'udsat', 'besvaret')),
  forventet         date,
  svar_udfald       text CHECK (svar_udfald IN ('fuld', 'delvis')),
  svar_tekst        text,
  svar_udvalg       jsonb,
  besvaret          timestamptz,
  besvaret_af       uuid,
  besvaret_af_navn  text,
  svar_dokument_id  uuid REFERENCES dokument,
  svar_idempotens   text,
  idempotens        text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  CHECK (periode_fra IS NULL OR periode_til IS NULL OR periode_fra <= periode_til),
  CHECK ((status = 'besvaret') = (besvaret IS NOT NULL))
);
CREATE INDEX aktindsigt_anmodning_borger_idx ON aktindsigt_anmodning (borger_id, modtaget DESC);
CREATE INDEX aktindsigt_anmodning_aaben_idx ON aktindsigt_anmodning (kommunekode, frist) WHERE status <> 'besvaret';

-- Letters about a delay (the reason and the expected date), append-only; each moves the request's `forventet`.
CREATE TABLE aktindsigt_udsaettelse (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  anmodning_id    uuid NOT NULL REFERENCES aktindsigt_anmodning,
  begrundelse     text NOT NULL CHECK (length(begrundelse) BETWEEN 1 AND 4000),
  forventet       date NOT NULL,
  sendt           timestamptz NOT NULL,
  sendt_af        uuid,
  sendt_af_navn   text NOT NULL,
  dokument_id     uuid REFERENCES dokument,
  idempotens      text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX aktindsigt_udsaettelse_anmodning_idx ON aktindsigt_udsaettelse (anmodning_id, sendt);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['indsigt_undtagelse','aktindsigt_anmodning','aktindsigt_udsaettelse'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

-- a withholding decision is only ever lifted (the lifting columns); a request moves through its status; letters about
-- a delay are append-only
GRANT SELECT, INSERT ON indsigt_undtagelse, aktindsigt_udsaettelse TO jobunivers_app;
GRANT UPDATE (ophaevet, ophaevet_af, ophaevet_af_navn, ophaevet_begrundelse) ON indsigt_undtagelse TO jobunivers_app;
GRANT SELECT, INSERT, UPDATE ON aktindsigt_anmodning TO jobunivers_app;
