-- Jobs and matching on ESCO (issue 5; docs/matching.md, docs/esco.md): the ESCO taxonomy (reference data shared by
-- every municipality), the citizen's CV, the employer's job orders (ordinary and supported, small tasks and
-- internships on the opgavebørs), and the contact between them that only the citizen's consent opens.

-- ---------------------------------------------------------------------------------------------------------------
-- ESCO: reference data, the same for every municipality (no kommunekode, no row-level security). Written only by the
-- import command and the demo seed (as the owner); the application reads it.

-- One import run (or the demo seed): what was read, from where, and how much.
CREATE TABLE esco_import (
  id                bigserial PRIMARY KEY,
  version           text NOT NULL,          -- ESCO's version, e.g. "v1.1.1", or "demo"
  sprog             text NOT NULL,          -- the language of the files read ("da", "en", …)
  kilde             text NOT NULL,          -- a folder name or "demo"
  importeret        timestamptz NOT NULL,
  antal_erhverv     integer NOT NULL,
  antal_faerdigheder integer NOT NULL,
  antal_relationer  integer NOT NULL
);

-- ISCO-08 groups (levels 1–4); the Danish titles are the official DISCO-08 titles.
CREATE TABLE esco_isco_gruppe (
  kode        text PRIMARY KEY CHECK (kode ~ '^[0-9]{1,4}$'),
  titel_da    text,
  titel_en    text NOT NULL
);

-- An ESCO occupation. A concept missing from a later import is marked udgaaet, never deleted, so CVs and job orders
-- that refer to it stay valid.
CREATE TABLE esco_erhverv (
  uri           text PRIMARY KEY CHECK (uri LIKE 'http://data.europa.eu/esco/occupation/%'),
  isco          text NOT NULL CHECK (isco ~ '^[0-9]{4}$'),
  kode          text,                      -- ESCO's own code, e.g. "8322.1"
  titel_da      text,
  titel_en      text NOT NULL,
  alt_da        text[] NOT NULL DEFAULT '{}',
  alt_en        text[] NOT NULL DEFAULT '{}',
  -- words people use, written by the project (not ESCO's); kept across imports
  synonymer_da  text[] NOT NULL DEFAULT '{}',
  beskrivelse   text,
  udgaaet       boolean NOT NULL DEFAULT false,
  import_id     bigint REFERENCES esco_import
);
CREATE INDEX esco_erhverv_isco_idx ON esco_erhverv (isco);

-- An ESCO skill or knowledge concept.
CREATE TABLE esco_faerdighed (
  uri           text PRIMARY KEY CHECK (uri LIKE 'http://data.europa.eu/esco/skill/%'),
  titel_da      text,
  titel_en      text NOT NULL,
  alt_da        text[] NOT NULL DEFAULT '{}',
  alt_en        text[] NOT NULL DEFAULT '{}',
  synonymer_da  text[] NOT NULL DEFAULT '{}',
  -- ESCO's skillType: skill/competence or knowledge
  art           text NOT NULL CHECK (art IN ('faerdighed', 'viden')),
  -- ESCO's reuseLevel: transversal, cross-sector, sector-specific, occupation-specific (null when not given)
  genbrug       text CHECK (genbrug IN ('tvaergaaende', 'tvaersektoriel', 'sektorspecifik', 'erhvervsspecifik')),
  udgaaet       boolean NOT NULL DEFAULT false,
  import_id     bigint REFERENCES esco_import
);

-- ESCO's occupation–skill relation (essential or optional).
CREATE TABLE esco_erhverv_faerdighed (
  erhverv_uri     text NOT NULL REFERENCES esco_erhverv,
  faerdighed_uri  text NOT NULL REFERENCES esco_faerdighed,
  relation        text NOT NULL CHECK (relation IN ('essentiel', 'valgfri')),
  PRIMARY KEY (erhverv_uri, faerdighed_uri)
);
CREATE INDEX esco_erhverv_faerdighed_f_idx ON esco_erhverv_faerdighed (faerdighed_uri);

GRANT SELECT ON esco_import, esco_isco_gruppe, esco_erhverv, esco_faerdighed, esco_erhverv_faerdighed TO jobunivers_app;

-- ---------------------------------------------------------------------------------------------------------------
-- The citizen's CV. One per citizen; its lists are their own rows.

CREATE TABLE cv (
  borger_id         uuid PRIMARY KEY REFERENCES borger,
  kommunekode       text NOT NULL REFERENCES kommune,
  -- the hours a week and the one-way distance the citizen can work
  timer_min         integer NOT NULL DEFAULT 0 CHECK (timer_min BETWEEN 0 AND 60),
  timer_max         integer NOT NULL DEFAULT 37 CHECK (timer_max BETWEEN 1 AND 60 AND timer_max >= timer_min),
  max_afstand_km    integer NOT NULL DEFAULT 30 CHECK (max_afstand_km BETWEEN 1 AND 300),
  tilgaengelig_fra  date,
  -- driving licence categories (B, C, CE, D, …) and certificates (truckcertifikat, …)
  koerekort         text[] NOT NULL DEFAULT '{}',
  certifikater      text[] NOT NULL DEFAULT '{}',
  -- [{ "sprog": "dansk", "niveau": "modersmaal" | "flydende" | "godt" | "basis" }]
  sprog             jsonb NOT NULL DEFAULT '[]'::jsonb,
  om_mig            text CHECK (length(om_mig) <= 2000),
  -- the citizen lets employers see the CV anonymised as a candidate (and be asked for contact)
  synlig            boolean NOT NULL DEFAULT true,
  -- … also for employers in neighbouring municipalities
  synlig_naboer     boolean NOT NULL DEFAULT false,
  opdateret         timestamptz NOT NULL,
  -- bumped on every change of the CV or its lists (the matching index compares it)
  version           integer NOT NULL DEFAULT 1
);

CREATE TABLE cv_erfaring (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  borger_id     uuid NOT NULL REFERENCES cv,
  erhverv_uri   text REFERENCES esco_erhverv,
  titel         text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  arbejdsgiver  text CHECK (length(arbejdsgiver) <= 200),
  fra           date NOT NULL,
  til           date CHECK (til IS NULL OR til >= fra),
  beskrivelse   text CHECK (length(beskrivelse) <= 2000),
  idempotens    text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX cv_erfaring_borger_idx ON cv_erfaring (borger_id, fra DESC);

CREATE TABLE cv_uddannelse (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  borger_id     uuid NOT NULL REFERENCES cv,
  titel         text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  institution   text CHECK (length(institution) <= 200),
  -- grundskole, gymnasial, erhvervsuddannelse, kort_videregaaende, mellemlang, lang, kursus
  niveau        text NOT NULL,
  fra           date,
  til           date,
  afsluttet     boolean NOT NULL DEFAULT true,
  idempotens    text NOT NULL,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX cv_uddannelse_borger_idx ON cv_uddannelse (borger_id);

CREATE TABLE cv_faerdighed (
  borger_id       uuid NOT NULL REFERENCES cv,
  kommunekode     text NOT NULL REFERENCES kommune,
  faerdighed_uri  text NOT NULL REFERENCES esco_faerdighed,
  -- suggested from an occupation and accepted, or added by the citizen
  kilde           text NOT NULL CHECK (kilde IN ('forslag', 'egen')),
  tilfoejet       timestamptz NOT NULL,
  PRIMARY KEY (borger_id, faerdighed_uri)
);

-- The citizen's job goals; brancheskift marks a change of trade.
CREATE TABLE cv_jobmaal (
  borger_id     uuid NOT NULL REFERENCES cv,
  kommunekode   text NOT NULL REFERENCES kommune,
  erhverv_uri   text NOT NULL REFERENCES esco_erhverv,
  brancheskift  boolean NOT NULL DEFAULT false,
  prioritet     integer NOT NULL DEFAULT 1 CHECK (prioritet BETWEEN 1 AND 10),
  PRIMARY KEY (borger_id, erhverv_uri)
);

-- ---------------------------------------------------------------------------------------------------------------
-- The employer's job orders. A company consultant (virksomhedskonsulent) may create and edit them on the employer's
-- behalf; oprettet_af says who did.

CREATE TABLE jobordre (
  id                  uuid PRIMARY KEY,
  kommunekode         text NOT NULL REFERENCES kommune,
  cvr                 text NOT NULL,
  titel               text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  erhverv_uri         text NOT NULL REFERENCES esco_erhverv,
  beskrivelse         text CHECK (length(beskrivelse) <= 10000),
  -- the pasted job-ad text the skills were suggested from
  annonce_tekst       text CHECK (length(annonce_tekst) <= 20000),
  -- ordinaer, loentilskud, virksomhedspraktik, fleksjob, smaajob (a small task, also on the opgavebørs)
  art                 text NOT NULL CHECK (art IN ('ordinaer', 'loentilskud', 'virksomhedspraktik', 'fleksjob', 'smaajob')),
  timer_min           integer NOT NULL CHECK (timer_min BETWEEN 1 AND 60),
  timer_max           integer NOT NULL CHECK (timer_max BETWEEN 1 AND 60 AND timer_max >= timer_min),
  postnr              text NOT NULL CHECK (postnr ~ '^[0-9]{4}$'),
  arbejdssted         text NOT NULL CHECK (length(arbejdssted) BETWEEN 1 AND 200),
  start               date NOT NULL,
  slut                date CHECK (slut IS NULL OR slut >= start),
  antal               integer NOT NULL DEFAULT 1 CHECK (antal BETWEEN 1 AND 100),
  uddannelseskrav     text[] NOT NULL DEFAULT '{}',
  certifikater        text[] NOT NULL DEFAULT '{}',
  koerekort           text[] NOT NULL DEFAULT '{}',
  -- shown on the opgavebørs, where citizens search and apply themselves (small tasks and internships)
  opgaveboers         boolean NOT NULL DEFAULT false,
  -- candidates from neighbouring municipalities too (the employer's choice)
  tillad_naboer       boolean NOT NULL DEFAULT false,
  status              text NOT NULL CHECK (status IN ('kladde', 'aaben', 'besat', 'lukket')),
  oprettet_af         uuid NOT NULL REFERENCES bruger,
  oprettet_af_navn    text NOT NULL,
  oprettet            timestamptz NOT NULL,
  opdateret           timestamptz NOT NULL,
  version             integer NOT NULL DEFAULT 1,
  idempotens          text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  FOREIGN KEY (kommunekode, cvr) REFERENCES virksomhed (kommunekode, cvr)
);
CREATE INDEX jobordre_cvr_idx ON jobordre (kommunekode, cvr, status);
CREATE INDEX jobordre_status_idx ON jobordre (kommunekode, status, opgaveboers);

CREATE TABLE jobordre_faerdighed (
  ordre_id        uuid NOT NULL REFERENCES jobordre,
  kommunekode     text NOT NULL REFERENCES kommune,
  faerdighed_uri  text NOT NULL REFERENCES esco_faerdighed,
  relation        text NOT NULL CHECK (relation IN ('essentiel', 'valgfri')),
  PRIMARY KEY (ordre_id, faerdighed_uri)
);

-- Every change of an order's status (append-only), so the employer can follow it.
CREATE TABLE jobordre_status (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  ordre_id      uuid NOT NULL REFERENCES jobordre,
  status        text NOT NULL,
  tekst         text,
  af_navn       text NOT NULL,
  tidspunkt     timestamptz NOT NULL
);
CREATE INDEX jobordre_status_ordre_idx ON jobordre_status (ordre_id, tidspunkt);

-- ---------------------------------------------------------------------------------------------------------------
-- Contact between an order and a citizen. The employer sees who the citizen is only when status = 'accepteret'.
--   kilde 'virksomhed': the employer (or a company consultant) asked; the citizen accepts or declines
--   kilde 'formidling': a jobkonsulent put the citizen forward; the citizen consents or declines
--   kilde 'ansoegning': the citizen applied themselves (consent given by applying)
CREATE TABLE kontaktanmodning (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,   -- the citizen's municipality
  ordre_id        uuid NOT NULL,                      -- may be an order of a neighbouring municipality
  ordre_kommunekode text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  kilde           text NOT NULL CHECK (kilde IN ('virksomhed', 'formidling', 'ansoegning')),
  status          text NOT NULL CHECK (status IN ('afventer', 'accepteret', 'afvist', 'trukket')),
  besked          text CHECK (length(besked) <= 2000),
  -- the score and its explanation when the contact was asked for (a snapshot)
  score           real,
  forklaring      jsonb,
  anmodet_af      uuid NOT NULL,
  anmodet_af_navn text NOT NULL,
  anmodet         timestamptz NOT NULL,
  besvaret        timestamptz,
  idempotens      text NOT NULL,
  UNIQUE (kommunekode, idempotens),
  UNIQUE (ordre_id, borger_id)
);
CREATE INDEX kontaktanmodning_borger_idx ON kontaktanmodning (borger_id, status);
CREATE INDEX kontaktanmodning_ordre_idx ON kontaktanmodning (ordre_kommunekode, ordre_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['cv','cv_erfaring','cv_uddannelse','cv_faerdighed','cv_jobmaal','jobordre',
                           'jobordre_faerdighed','jobordre_status','kontaktanmodning'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON cv, jobordre, kontaktanmodning TO jobunivers_app;
-- the CV's and the order's lists are replaced as a whole when edited
GRANT SELECT, INSERT, UPDATE, DELETE ON cv_erfaring, cv_uddannelse, cv_faerdighed, cv_jobmaal, jobordre_faerdighed
  TO jobunivers_app;
GRANT SELECT, INSERT ON jobordre_status TO jobunivers_app;
