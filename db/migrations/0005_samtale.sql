-- Conversations (samtaler): the municipality's meeting types, rooms, the caseworkers' weekly opening windows and
-- absences, the bookings themselves, the waiting list, minutes drafted from transcripts, the messages that follow a
-- booking (receipt, reminder, invitation) as a durable outbox, and the notifications a caseworker gets.
--
-- No double booking, ever: a caseworker, a citizen or a room can never hold two overlapping active bookings. The
-- database enforces it with exclusion constraints over time ranges (btree_gist gives uuid equality in a GiST index),
-- so two requests racing for the same slot cannot both win, whatever the application checked first.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Meeting types with their duration, the buffer the caseworker keeps after each, the minimum notice for booking,
-- how far ahead a citizen may book, the notice for moving or cancelling, and the channels the type allows.
CREATE TABLE moedetype (
  id                  uuid PRIMARY KEY,
  kommunekode         text NOT NULL REFERENCES kommune,
  kode                text NOT NULL CHECK (kode IN ('jobsamtale', 'opfoelgning', 'faelles', 'sygeopfoelgning')),
  art                 text NOT NULL CHECK (art IN ('jobsamtale', 'opfoelgning', 'faelles', 'anden')),
  navn                text NOT NULL,
  varighed_min        integer NOT NULL CHECK (varighed_min BETWEEN 10 AND 240),
  buffer_min          integer NOT NULL DEFAULT 0 CHECK (buffer_min BETWEEN 0 AND 120),
  min_varsel_timer    integer NOT NULL DEFAULT 24 CHECK (min_varsel_timer BETWEEN 0 AND 720),
  bookingvindue_dage  integer NOT NULL DEFAULT 56 CHECK (bookingvindue_dage BETWEEN 1 AND 365),
  aendring_varsel_timer integer NOT NULL DEFAULT 24 CHECK (aendring_varsel_timer BETWEEN 0 AND 720),
  kanaler             text[] NOT NULL CHECK (kanaler <@ ARRAY['fremmoede', 'telefon', 'video'] AND cardinality(kanaler) > 0),
  min_deltagere       integer NOT NULL DEFAULT 2 CHECK (min_deltagere BETWEEN 1 AND 20),
  aktiv               boolean NOT NULL DEFAULT true,
  UNIQUE (kommunekode, kode)
);

-- Rooms for physical meetings.
CREATE TABLE lokale (
  id           uuid PRIMARY KEY,
  kommunekode  text NOT NULL REFERENCES kommune,
  navn         text NOT NULL,
  adresse      text NOT NULL,
  kapacitet    integer NOT NULL CHECK (kapacitet BETWEEN 1 AND 100),
  aktiv        boolean NOT NULL DEFAULT true
);

-- A caseworker's weekly opening window: weekday (1 = Monday … 7 = Sunday), from and to in minutes after local
-- midnight (Danish time), valid from a day and optionally until a day.
CREATE TABLE aabningsvindue (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  medarbejder_id  uuid NOT NULL REFERENCES bruger,
  ugedag          integer NOT NULL CHECK (ugedag BETWEEN 1 AND 7),
  fra_min         integer NOT NULL CHECK (fra_min BETWEEN 0 AND 1439),
  til_min         integer NOT NULL CHECK (til_min BETWEEN 1 AND 1440),
  gyldig_fra      date NOT NULL,
  gyldig_til      date,
  CHECK (til_min > fra_min),
  CHECK (gyldig_til IS NULL OR gyldig_til >= gyldig_fra)
);
CREATE INDEX aabningsvindue_medarbejder_idx ON aabningsvindue (kommunekode, medarbejder_id);

-- A caseworker's absence (holiday, course, illness).
CREATE TABLE fravaer (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  medarbejder_id  uuid NOT NULL REFERENCES bruger,
  periode         tstzrange NOT NULL CHECK (NOT isempty(periode)),
  aarsag          text NOT NULL
);
CREATE INDEX fravaer_periode_idx ON fravaer USING gist (kommunekode, periode);

-- The municipality's own closed days beyond the public holidays (which are computed).
CREATE TABLE lukkedag (
  kommunekode  text NOT NULL REFERENCES kommune,
  dato         date NOT NULL,
  navn         text NOT NULL,
  PRIMARY KEY (kommunekode, dato)
);

-- A booked conversation. `tid` is the meeting, `blokeret` the meeting plus the caseworker's buffer after it.
-- Moving a conversation marks the old row 'flyttet' and inserts a new one naming it (flyttet_fra), in one transaction.
CREATE TABLE samtale (
  id                 uuid PRIMARY KEY,
  kommunekode        text NOT NULL REFERENCES kommune,
  borger_id          uuid NOT NULL REFERENCES borger,
  medarbejder_id     uuid NOT NULL REFERENCES bruger,
  moedetype_id       uuid NOT NULL REFERENCES moedetype,
  art                text NOT NULL,
  kanal              text NOT NULL CHECK (kanal IN ('fremmoede', 'telefon', 'video')),
  lokale_id          uuid REFERENCES lokale,
  tid                tstzrange NOT NULL CHECK (NOT isempty(tid)),
  blokeret           tstzrange NOT NULL,
  status             text NOT NULL CHECK (status IN ('booket', 'afholdt', 'udeblevet', 'aflyst', 'flyttet')),
  booket_af          uuid NOT NULL,
  booket_af_rolle    text NOT NULL,
  oprettet           timestamptz NOT NULL,
  aendret            timestamptz NOT NULL,
  idempotens         text,
  regel_id           text,
  frist              date,
  flyttet_fra        uuid REFERENCES samtale,
  aflyst_aarsag      text,
  forberedelse       text,
  forberedelse_aendret timestamptz,
  checkin_kode       text NOT NULL,
  checket_ind        timestamptz,
  video_udbyder      text,
  video_rum          text,
  fremmoede_laast    boolean NOT NULL DEFAULT false,
  UNIQUE (kommunekode, idempotens),
  CHECK (blokeret @> tid),
  CHECK (kanal <> 'fremmoede' OR lokale_id IS NOT NULL),
  CHECK (kanal <> 'video' OR video_rum IS NOT NULL),
  CONSTRAINT samtale_medarbejder_overlap EXCLUDE USING gist (medarbejder_id WITH =, blokeret WITH &&)
    WHERE (status IN ('booket', 'afholdt', 'udeblevet')),
  CONSTRAINT samtale_borger_overlap EXCLUDE USING gist (borger_id WITH =, tid WITH &&)
    WHERE (status IN ('booket', 'afholdt', 'udeblevet')),
  CONSTRAINT samtale_lokale_overlap EXCLUDE USING gist (lokale_id WITH =, blokeret WITH &&)
    WHERE (lokale_id IS NOT NULL AND status IN ('booket', 'afholdt', 'udeblevet'))
);
CREATE INDEX samtale_borger_idx ON samtale (borger_id, lower(tid));
CREATE INDEX samtale_kommune_tid_idx ON samtale USING gist (kommunekode, tid);
-- Free slots (modules/samtale/tider-data.ts) read every active booking of the municipality in the coming weeks. For the
-- application role, row-level security lets only leakproof conditions into an index scan, and the range operators
-- (&&) are not leakproof, so no index on a range can narrow that read. These partial indexes narrow it by conditions
-- that are: the booked conversations (not the history), by caseworker and by room, with the blocked time as the last
-- key (index-only scans that deliver each caseworker's bookings in time order), and the held or no-show ones by when
-- they were registered (always after the meeting started).
CREATE INDEX samtale_booket_idx ON samtale (kommunekode, medarbejder_id, blokeret) WHERE status = 'booket';
CREATE INDEX samtale_booket_lokale_idx ON samtale (kommunekode, lokale_id, blokeret)
  WHERE status = 'booket' AND lokale_id IS NOT NULL;
CREATE INDEX samtale_afholdt_idx ON samtale (kommunekode, aendret) WHERE status IN ('afholdt', 'udeblevet');
CREATE UNIQUE INDEX samtale_checkin_idx ON samtale (kommunekode, checkin_kode) WHERE status = 'booket';

-- The caseworker's concrete assessment that a citizen's conversations must be held in person (the newest row counts).
CREATE TABLE kanal_vurdering (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  kraev_fremmoede boolean NOT NULL,
  begrundelse     text NOT NULL,
  af              uuid NOT NULL,
  af_navn         text NOT NULL,
  oprettet        timestamptz NOT NULL
);
CREATE INDEX kanal_vurdering_borger_idx ON kanal_vurdering (borger_id, oprettet DESC);

-- The waiting list: the citizen wants to hear when an earlier slot than their booking frees up.
CREATE TABLE venteliste (
  id           uuid PRIMARY KEY,
  kommunekode  text NOT NULL REFERENCES kommune,
  borger_id    uuid NOT NULL REFERENCES borger,
  samtale_id   uuid NOT NULL REFERENCES samtale,
  oprettet     timestamptz NOT NULL,
  aktiv        boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX venteliste_aktiv_idx ON venteliste (samtale_id) WHERE aktiv;

-- Minutes (referat) of a held conversation, drafted from its transcript. Nothing reaches the citizen before a
-- caseworker approves; approval writes the text as a journal note (immutable) and links it here.
CREATE TABLE referat (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  borger_id       uuid NOT NULL REFERENCES borger,
  samtale_id      uuid NOT NULL UNIQUE REFERENCES samtale,
  status          text NOT NULL CHECK (status IN ('udkast', 'godkendt')),
  kilde           text NOT NULL CHECK (kilde IN ('webvtt', 'tekst')),
  transskription  text NOT NULL,
  udkast          jsonb NOT NULL,
  tekst           text NOT NULL,
  oprettet        timestamptz NOT NULL,
  aendret         timestamptz NOT NULL,
  godkendt        timestamptz,
  godkendt_af     uuid,
  godkendt_af_navn text,
  notat_id        uuid REFERENCES notat,
  CHECK (status = 'udkast' OR (godkendt IS NOT NULL AND notat_id IS NOT NULL))
);

CREATE TABLE referat_kommentar (
  id           uuid PRIMARY KEY,
  kommunekode  text NOT NULL REFERENCES kommune,
  borger_id    uuid NOT NULL REFERENCES borger,
  referat_id   uuid NOT NULL REFERENCES referat,
  tekst        text NOT NULL,
  oprettet     timestamptz NOT NULL
);

-- The outbox: messages a booking causes (receipt, reminders, invitation, cancellation, a freed slot), each written
-- when the booking changes, in the same transaction, and delivered by the background worker when due. The key makes a
-- message unique; delivery writes the message and marks the row sent in one transaction, so nothing is sent twice.
CREATE TABLE udsendelse (
  id            uuid PRIMARY KEY,
  kommunekode   text NOT NULL REFERENCES kommune,
  borger_id     uuid NOT NULL REFERENCES borger,
  samtale_id    uuid REFERENCES samtale,
  art           text NOT NULL,
  noegle        text NOT NULL,
  planlagt      timestamptz NOT NULL,
  sendt         timestamptz,
  annulleret    timestamptz,
  forsoeg       integer NOT NULL DEFAULT 0,
  naeste_forsoeg timestamptz NOT NULL,
  fejl          text,
  data          jsonb NOT NULL DEFAULT '{}',
  UNIQUE (kommunekode, noegle)
);
CREATE INDEX udsendelse_klar_idx ON udsendelse (naeste_forsoeg) WHERE sendt IS NULL AND annulleret IS NULL;

-- The citizen's messages from the jobcentre (the digital post box of the demo; Digital Post is a later adapter).
CREATE TABLE besked (
  id             uuid PRIMARY KEY,
  kommunekode    text NOT NULL REFERENCES kommune,
  borger_id      uuid NOT NULL REFERENCES borger,
  art            text NOT NULL,
  emne           text NOT NULL,
  tekst          text NOT NULL,
  samtale_id     uuid REFERENCES samtale,
  dokument_id    uuid REFERENCES dokument,
  udsendelse_id  uuid UNIQUE REFERENCES udsendelse,
  oprettet       timestamptz NOT NULL,
  laest          timestamptz
);
CREATE INDEX besked_borger_idx ON besked (borger_id, oprettet DESC);

-- A caseworker's notifications (the citizen checked in, commented the minutes, …).
CREATE TABLE medarbejder_notifikation (
  id              uuid PRIMARY KEY,
  kommunekode     text NOT NULL REFERENCES kommune,
  medarbejder_id  uuid NOT NULL REFERENCES bruger,
  art             text NOT NULL,
  tekst           text NOT NULL,
  samtale_id      uuid REFERENCES samtale,
  borger_id       uuid REFERENCES borger,
  oprettet        timestamptz NOT NULL,
  laest           timestamptz
);
CREATE INDEX medarbejder_notifikation_idx ON medarbejder_notifikation (medarbejder_id, oprettet DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['moedetype','lokale','aabningsvindue','fravaer','lukkedag','samtale','kanal_vurdering',
                           'venteliste','referat','referat_kommentar','udsendelse','besked','medarbejder_notifikation'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY kommune_isolation ON %I USING (kommunekode = current_kommunekode()) WITH CHECK (kommunekode = current_kommunekode())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON moedetype, lokale, aabningsvindue, samtale, venteliste, referat, udsendelse, besked,
  medarbejder_notifikation TO jobunivers_app;
GRANT SELECT, INSERT, DELETE ON fravaer, lukkedag, aabningsvindue TO jobunivers_app;
GRANT SELECT, INSERT ON kanal_vurdering, referat_kommentar TO jobunivers_app;
