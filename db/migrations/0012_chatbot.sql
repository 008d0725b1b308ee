-- Min side (issue 7): the chatbot (docs/chatbot.md). The municipality's knowledge base (articles and synonym
-- groups) and the questions the chatbot could not answer, masked (no CPR number is ever stored), collected for the
-- knowledge base and, when the citizen asks for it, forwarded to the caseworker as a dialog message.

CREATE TABLE chatbot_artikel (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  -- a stable, readable key (e.g. "ferie-dagpenge"); the evaluation set names articles by it
  noegle        text NOT NULL CHECK (noegle ~ '^[a-z0-9-]{2,60}$'),
  titel         text NOT NULL CHECK (length(titel) BETWEEN 2 AND 200),
  -- the ways a citizen asks it, one question a line
  spoergsmaal   text[] NOT NULL CHECK (cardinality(spoergsmaal) BETWEEN 1 AND 50),
  svar          text NOT NULL CHECK (length(svar) BETWEEN 2 AND 4000),
  svar_en       text CHECK (svar_en IS NULL OR length(svar_en) BETWEEN 2 AND 4000),
  -- what the answer cites: a page of the app and/or a legal reference
  link          text CHECK (link IS NULL OR link ~ '^/[a-z0-9/_-]*$'),
  henvisning    text CHECK (henvisning IS NULL OR length(henvisning) BETWEEN 2 AND 300),
  aktiv         boolean NOT NULL DEFAULT true,
  oprettet      timestamptz NOT NULL,
  opdateret     timestamptz NOT NULL,
  opdateret_af  text NOT NULL,
  UNIQUE (kommunekode, noegle),
  CHECK (link IS NOT NULL OR henvisning IS NOT NULL)
);

-- words and phrases that mean the same in a question ("ferie", "fri", "holiday"); the first is the group's term
CREATE TABLE chatbot_synonym (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  ord           text[] NOT NULL CHECK (cardinality(ord) BETWEEN 2 AND 40),
  -- the place in the administrator's list
  plads         integer NOT NULL,
  opdateret     timestamptz NOT NULL
);
CREATE INDEX chatbot_synonym_kommune ON chatbot_synonym (kommunekode);

-- a question the chatbot did not know the answer to (CPR numbers masked before it is saved); saved once per key
CREATE TABLE chatbot_ubesvaret (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  tekst           text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 500),
  oprettet        timestamptz NOT NULL,
  idempotens      text NOT NULL,
  -- forwarded to the caseworker: the dialog thread it became
  traad_id        uuid,
  videresendt     timestamptz,
  -- handled by the administrator: the article it became, or dismissed
  behandlet       timestamptz,
  artikel_id      uuid REFERENCES chatbot_artikel,
  UNIQUE (kommunekode, idempotens)
);
CREATE INDEX chatbot_ubesvaret_aabne ON chatbot_ubesvaret (kommunekode, oprettet) WHERE behandlet IS NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['chatbot_artikel','chatbot_synonym','chatbot_ubesvaret'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON chatbot_artikel, chatbot_ubesvaret TO jobunivers_app;
-- the administrator saves the synonym list as a whole
GRANT SELECT, INSERT, DELETE ON chatbot_synonym TO jobunivers_app;
