-- Transport allowance claims (befordringsgodtgørelse, docs/befordring.md): approximate coordinates per postcode for
-- the distance, the municipality's rule versions (threshold, rate, cap; law and dates of effect), and the claims with
-- their computation, status and decision.

-- Approximate town-centre coordinates of the postcodes of the demo region (Roskilde, Køge and their neighbours),
-- written by the project (not an official register). Any other postcode falls back to its municipality's centroid.
CREATE TABLE postnummer_koordinat (
  postnr  text PRIMARY KEY CHECK (postnr ~ '^[0-9]{4}$'),
  lat     double precision NOT NULL CHECK (lat BETWEEN 54 AND 58),
  lon     double precision NOT NULL CHECK (lon BETWEEN 8 AND 16),
  kilde   text NOT NULL DEFAULT 'omtrentlig bymidte'
);
INSERT INTO postnummer_koordinat (postnr, lat, lon) VALUES
('2500', 55.6620, 12.5160),
('2600', 55.6660, 12.4030),
('2620', 55.6570, 12.3630),
('2630', 55.6510, 12.2930),
('2635', 55.6150, 12.3520),
('2640', 55.6470, 12.1950),
('2670', 55.5830, 12.3000),
('2680', 55.5320, 12.2200),
('2690', 55.5660, 12.2400),
('4000', 55.6415, 12.0803),
('4030', 55.5935, 12.1700),
('4040', 55.7490, 12.1020),
('4050', 55.7510, 11.9610),
('4060', 55.6530, 11.8620),
('4070', 55.7040, 11.8780),
('4100', 55.4430, 11.7900),
('4130', 55.5480, 12.0230),
('4140', 55.4950, 11.9720),
('4160', 55.3220, 11.7590),
('4180', 55.4320, 11.5560),
('4200', 55.4030, 11.3540),
('4300', 55.7170, 11.7130),
('4320', 55.6050, 11.9750),
('4330', 55.5930, 11.8600),
('4600', 55.4580, 12.1820),
('4621', 55.5710, 12.0880),
('4622', 55.5440, 12.1230),
('4623', 55.5090, 12.1580),
('4632', 55.4560, 12.0350),
('4640', 55.2560, 12.1190),
('4652', 55.3500, 12.2370),
('4653', 55.3030, 12.2200),
('4654', 55.2190, 12.1670),
('4660', 55.3100, 12.3880),
('4671', 55.3980, 12.2700),
('4681', 55.4190, 12.1540),
('4682', 55.3800, 12.0700),
('4683', 55.2620, 12.0240),
('4690', 55.3240, 11.9640),
('4700', 55.2300, 11.7600);

-- The municipality's rule for the allowance, one row per version: a claim's days each use the version in force on
-- the day. The national figures are the default (apps/server/src/modules/befordring/regler.ts).
CREATE TABLE befordring_regel (
  kommunekode     text NOT NULL REFERENCES kommune,
  id              text NOT NULL,
  titel_da        text NOT NULL,
  titel_en        text NOT NULL,
  tekst_da        text NOT NULL,
  tekst_en        text NOT NULL,
  lov             text NOT NULL,
  paragraf        text NOT NULL,
  url             text,
  gyldig_fra      date NOT NULL,
  gyldig_til      date,
  taerskel_km     integer NOT NULL CHECK (taerskel_km >= 0),
  sats_oere       integer NOT NULL CHECK (sats_oere >= 0),
  maks_maaned_oere integer CHECK (maks_maaned_oere >= 0),
  afrund_krone    boolean NOT NULL DEFAULT true,
  sikkerhed       text NOT NULL CHECK (sikkerhed IN ('hoej', 'middel', 'lav')),
  kilde           text NOT NULL,
  PRIMARY KEY (kommunekode, id),
  CHECK (gyldig_til IS NULL OR gyldig_til >= gyldig_fra)
);

-- A claim. Saved once per client key; the computation (distance method, lines per rule and month) is frozen as it was
-- shown to the citizen. Decided once: the status moves from 'indsendt' to 'godkendt' or 'afvist' by one conditional
-- update, and a rejection always has its reason.
CREATE TABLE befordring_ansoegning (
  id                 uuid PRIMARY KEY,
  kommunekode        text NOT NULL REFERENCES kommune,
  borger_id          uuid NOT NULL REFERENCES borger,
  kvitteringsnr      text NOT NULL,
  aktivitet_art      text NOT NULL CHECK (aktivitet_art IN ('jobplan', 'tilmelding')),
  aktivitet_id       uuid NOT NULL,
  aktivitet_titel    text NOT NULL,
  fra_postnr         text NOT NULL,
  til_postnr         text NOT NULL,
  -- distances in hectometres (tenths of a km), so both engines answer integers
  enkelttur_hm       integer NOT NULL CHECK (enkelttur_hm >= 0),
  afstand            jsonb NOT NULL,
  dage               jsonb NOT NULL CHECK (jsonb_typeof(dage) = 'array' AND jsonb_array_length(dage) > 0),
  beregning          jsonb NOT NULL,
  beloeb_oere        integer NOT NULL CHECK (beloeb_oere >= 0),
  status             text NOT NULL CHECK (status IN ('indsendt', 'godkendt', 'afvist')),
  indsendt           timestamptz NOT NULL,
  rettet_hm          integer CHECK (rettet_hm >= 0),
  rettet_begrundelse text,
  godkendt_oere      integer CHECK (godkendt_oere >= 0),
  afgjort            timestamptz,
  afgjort_af         uuid REFERENCES bruger,
  afgjort_af_navn    text,
  begrundelse        text,
  afgoerelse_tekst   text,
  idempotens         text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  UNIQUE (kommunekode, kvitteringsnr),
  CHECK ((status = 'indsendt') = (afgjort IS NULL)),
  CHECK (status <> 'afvist' OR length(coalesce(begrundelse, '')) > 0),
  CHECK ((rettet_hm IS NULL) = (rettet_begrundelse IS NULL))
);
CREATE INDEX befordring_ansoegning_borger_idx ON befordring_ansoegning (borger_id, indsendt DESC);
CREATE INDEX befordring_ansoegning_status_idx ON befordring_ansoegning (kommunekode, status);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['befordring_regel', 'befordring_ansoegning'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT ON postnummer_koordinat TO jobunivers_app;
GRANT SELECT, INSERT, UPDATE ON befordring_regel, befordring_ansoegning TO jobunivers_app;
