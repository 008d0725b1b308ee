-- The marketplace of digital offers (docs/marketplace.md): providers' offers with their modules, the municipality's
-- approval, tokens as an immutable ledger, enrolments with attendance and completion, the provider API's keys and
-- webhooks, and the measured effect of each offer.

-- An offer (udbud) a provider puts on the marketplace. It goes live in the municipality only when approved.
CREATE TABLE udbud (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  leverandoer_id  uuid NOT NULL REFERENCES leverandoer,
  titel           text NOT NULL,
  beskrivelse     text NOT NULL,
  art             text NOT NULL CHECK (art IN ('online', 'webinar', 'on_demand', 'fysisk', 'blended')),
  sprog           text[] NOT NULL,
  niveau          text NOT NULL CHECK (niveau IN ('begynder', 'oevet', 'erfaren')),
  varighed_uger   integer NOT NULL CHECK (varighed_uger BETWEEN 1 AND 104),
  timer_pr_uge    integer NOT NULL CHECK (timer_pr_uge BETWEEN 1 AND 37),
  kompetencer     text[] NOT NULL DEFAULT '{}',
  maalgrupper     text[] NOT NULL DEFAULT '{}',
  pris_tokens     integer CHECK (pris_tokens >= 0),
  abonnement      boolean NOT NULL DEFAULT false,
  status          text NOT NULL CHECK (status IN ('kladde', 'indsendt', 'godkendt', 'afvist', 'tilbagetrukket')),
  status_aarsag   text,
  behandlet_af    uuid REFERENCES bruger,
  behandlet       timestamptz,
  oprettet        timestamptz NOT NULL,
  opdateret       timestamptz NOT NULL,
  idempotens      text,
  CHECK (abonnement OR pris_tokens IS NOT NULL),
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX udbud_status_idx ON udbud (kommunekode, status);
CREATE INDEX udbud_leverandoer_idx ON udbud (leverandoer_id);

-- The scheduled parts of a live, physical or blended offer, each with its capacity. `optaget` counts the seats taken
-- and can never pass the capacity: the seat is taken by one conditional update, so concurrency cannot oversell it.
CREATE TABLE udbud_modul (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  udbud_id        uuid NOT NULL REFERENCES udbud ON DELETE CASCADE,
  titel           text NOT NULL,
  form            text NOT NULL CHECK (form IN ('digital', 'live', 'fysisk')),
  start           timestamptz NOT NULL,
  slut            timestamptz NOT NULL,
  sted            text,
  kapacitet       integer NOT NULL CHECK (kapacitet > 0),
  optaget         integer NOT NULL DEFAULT 0,
  CHECK (slut > start),
  CHECK (optaget >= 0 AND optaget <= kapacitet),
  CHECK ((form = 'fysisk') = (sted IS NOT NULL))
);
CREATE INDEX udbud_modul_udbud_idx ON udbud_modul (udbud_id, start);

-- A token wallet: the municipality's budget (borger_id null) or one citizen's. The row is what a spend locks; the
-- balance is never stored, only derived from the ledger.
CREATE TABLE token_konto (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid REFERENCES borger,
  oprettet        timestamptz NOT NULL
);
CREATE UNIQUE INDEX token_konto_borger_idx ON token_konto (kommunekode, borger_id) WHERE borger_id IS NOT NULL;
CREATE UNIQUE INDEX token_konto_kommune_idx ON token_konto (kommunekode) WHERE borger_id IS NULL;

-- The ledger: immutable entries (the application role may only insert and read). A grant is two entries, out of the
-- budget and into the citizen's wallet, under one `overfoersel`.
CREATE TABLE token_post (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  konto_id        uuid NOT NULL REFERENCES token_konto,
  art             text NOT NULL CHECK (art IN ('budget', 'tildeling', 'forbrug', 'refusion', 'udloeb')),
  antal           integer NOT NULL CHECK (antal <> 0),
  overfoersel     uuid NOT NULL,
  tilmelding_id   uuid,
  regel_id        uuid,
  tekst           text NOT NULL,
  af_bruger_id    uuid REFERENCES bruger,
  af_navn         text NOT NULL,
  tidspunkt       timestamptz NOT NULL,
  noegle          text NOT NULL,
  UNIQUE (kommunekode, noegle)
);
CREATE INDEX token_post_konto_idx ON token_post (konto_id, tidspunkt);

-- How many tokens the citizens of a target group get (the municipality's rule, with its dates of effect).
CREATE TABLE token_regel (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  maalgruppe      text NOT NULL,
  tokens          integer NOT NULL CHECK (tokens > 0),
  gyldig_fra      date NOT NULL,
  gyldig_til      date,
  udloeb_dage     integer CHECK (udloeb_dage > 0),
  oprettet_af     uuid REFERENCES bruger,
  oprettet        timestamptz NOT NULL
);

-- An enrolment of a citizen on an offer: by the citizen (self-activation) or assigned by a caseworker as a formal
-- tilbud (registered on the case). At most one active enrolment per citizen and offer.
CREATE TABLE tilmelding (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  udbud_id        uuid NOT NULL REFERENCES udbud,
  borger_id       uuid NOT NULL REFERENCES borger,
  kilde           text NOT NULL CHECK (kilde IN ('borger', 'jobkonsulent')),
  formelt_tilbud  boolean NOT NULL DEFAULT false,
  status          text NOT NULL CHECK (status IN ('tilmeldt', 'startet', 'gennemfoert', 'afbrudt', 'afmeldt')),
  start           date NOT NULL,
  slut            date NOT NULL,
  tokens          integer NOT NULL DEFAULT 0,
  fremskridt      integer NOT NULL DEFAULT 0 CHECK (fremskridt BETWEEN 0 AND 100),
  tilmeldt        timestamptz NOT NULL,
  tilmeldt_af     uuid REFERENCES bruger,
  startet         timestamptz,
  afsluttet       timestamptz,
  afmeldt_aarsag  text,
  idempotens      text NOT NULL,
  CHECK (slut >= start),
  UNIQUE (kommunekode, idempotens)
);
CREATE UNIQUE INDEX tilmelding_aktiv_idx ON tilmelding (borger_id, udbud_id) WHERE status IN ('tilmeldt', 'startet');
CREATE INDEX tilmelding_udbud_idx ON tilmelding (udbud_id, status);
CREATE INDEX tilmelding_borger_idx ON tilmelding (borger_id, tilmeldt DESC);

-- The seats an enrolment holds in an offer's modules.
CREATE TABLE tilmelding_modul (
  tilmelding_id   uuid NOT NULL REFERENCES tilmelding,
  modul_id        uuid NOT NULL REFERENCES udbud_modul,
  kommunekode     text NOT NULL REFERENCES kommune,
  PRIMARY KEY (tilmelding_id, modul_id)
);

-- What the provider reports: attendance on a day or module, progress, completion, drop-out.
CREATE TABLE tilmelding_rapport (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  tilmelding_id   uuid NOT NULL REFERENCES tilmelding,
  art             text NOT NULL CHECK (art IN ('fremmoede', 'fravaer', 'fremskridt', 'gennemfoert', 'afbrudt')),
  dato            date NOT NULL,
  modul_id        uuid REFERENCES udbud_modul,
  fremskridt      integer CHECK (fremskridt BETWEEN 0 AND 100),
  bemaerkning     text,
  kilde           text NOT NULL CHECK (kilde IN ('skaerm', 'api')),
  af_navn         text NOT NULL,
  registreret     timestamptz NOT NULL,
  noegle          text NOT NULL,
  UNIQUE (kommunekode, noegle)
);
CREATE INDEX tilmelding_rapport_idx ON tilmelding_rapport (tilmelding_id, registreret);

-- The provider API's keys: only a hash of the secret is kept; a key has scopes and can be rotated (a new key, the old
-- one revoked) and revoked.
CREATE TABLE api_noegle (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  leverandoer_id  uuid NOT NULL REFERENCES leverandoer,
  navn            text NOT NULL,
  praefiks        text NOT NULL UNIQUE,
  hash            text NOT NULL,
  scopes          text[] NOT NULL,
  oprettet        timestamptz NOT NULL,
  oprettet_af     uuid REFERENCES bruger,
  tilbagekaldt    timestamptz,
  sidst_brugt     timestamptz
);

-- API idempotency: a write with the same key from the same provider answers what it answered the first time.
CREATE TABLE api_idempotens (
  kommunekode     text NOT NULL REFERENCES kommune,
  leverandoer_id  uuid NOT NULL REFERENCES leverandoer,
  noegle          text NOT NULL,
  metode_sti      text NOT NULL,
  status          integer NOT NULL,
  svar            jsonb NOT NULL,
  oprettet        timestamptz NOT NULL,
  PRIMARY KEY (leverandoer_id, noegle)
);

-- The provider's webhook endpoint and the log of every delivery (signed, retried with back-off).
CREATE TABLE webhook (
  leverandoer_id  uuid PRIMARY KEY REFERENCES leverandoer,
  kommunekode     text NOT NULL REFERENCES kommune,
  url             text NOT NULL,
  hemmelighed     text NOT NULL,
  aktiv           boolean NOT NULL DEFAULT true,
  opdateret       timestamptz NOT NULL
);

CREATE TABLE webhook_levering (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  leverandoer_id  uuid NOT NULL REFERENCES leverandoer,
  haendelse       text NOT NULL,
  data            jsonb NOT NULL,
  noegle          text NOT NULL,
  oprettet        timestamptz NOT NULL,
  forsoeg         integer NOT NULL DEFAULT 0,
  naeste_forsoeg  timestamptz NOT NULL,
  leveret         timestamptz,
  opgivet         timestamptz,
  sidste_status   integer,
  sidste_fejl     text,
  UNIQUE (kommunekode, noegle)
);
CREATE INDEX webhook_levering_due_idx ON webhook_levering (naeste_forsoeg) WHERE leveret IS NULL AND opgivet IS NULL;
CREATE INDEX webhook_levering_leverandoer_idx ON webhook_levering (leverandoer_id, oprettet DESC);

-- The measured effect of each offer for each target group, as last computed (docs/marketplace.md, the effect method).
CREATE TABLE udbud_effekt (
  kommunekode     text NOT NULL REFERENCES kommune,
  udbud_id        uuid NOT NULL REFERENCES udbud,
  maalgruppe      text NOT NULL,
  beregnet        timestamptz NOT NULL,
  gennemfoert     integer NOT NULL,
  i_arbejde_13    integer NOT NULL,
  observeret_13   integer NOT NULL,
  i_arbejde_26    integer NOT NULL,
  observeret_26   integer NOT NULL,
  kontrol_andel_13 double precision,
  kontrol_andel_26 double precision,
  kontrol_antal   integer NOT NULL,
  PRIMARY KEY (udbud_id, maalgruppe)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['udbud','udbud_modul','token_konto','token_post','token_regel','tilmelding','tilmelding_modul',
                           'tilmelding_rapport','api_noegle','api_idempotens','webhook','webhook_levering','udbud_effekt'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON udbud, udbud_modul, tilmelding, api_noegle, webhook, webhook_levering, token_regel
  TO jobunivers_app;
GRANT SELECT, INSERT, DELETE ON tilmelding_modul, udbud_effekt TO jobunivers_app;
-- a draft's modules are replaced when the provider edits it
GRANT DELETE ON udbud_modul TO jobunivers_app;
-- the ledger and the reports are append-only; a wallet row is only locked (SELECT … FOR UPDATE needs an UPDATE
-- privilege on some column, so only its creation time)
GRANT SELECT, INSERT ON token_konto, token_post, tilmelding_rapport, api_idempotens TO jobunivers_app;
GRANT UPDATE (oprettet) ON token_konto TO jobunivers_app;

-- The municipality's rule for returning tokens when a citizen cancels (docs/marketplace.md): in full within
-- `refusion_dage` days of enrolling, if no more than `refusion_maks_fremskridt` % has been done; otherwise none.
ALTER TABLE kommune_indstillinger
  ADD COLUMN refusion_dage integer NOT NULL DEFAULT 14 CHECK (refusion_dage BETWEEN 0 AND 365),
  ADD COLUMN refusion_maks_fremskridt integer NOT NULL DEFAULT 25 CHECK (refusion_maks_fremskridt BETWEEN 0 AND 100),
  -- when the offers' effects were last computed (also when there was nothing to compute)
  ADD COLUMN effekt_beregnet timestamptz;
