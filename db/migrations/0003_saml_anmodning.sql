-- SAML AuthnRequest ids we have sent to NemLog-in and not yet seen answered: a response must answer one of them
-- (InResponseTo), once. Shared by every instance, so replayed or unsolicited responses are refused everywhere.
CREATE TABLE saml_anmodning (
  id        text PRIMARY KEY,
  vaerdi    text NOT NULL,
  oprettet  timestamptz NOT NULL
);
CREATE INDEX saml_anmodning_oprettet_idx ON saml_anmodning (oprettet);
