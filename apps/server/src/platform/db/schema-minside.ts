/** Kysely's view of the tables of db/migrations/0007_minside.sql. Keep in step with the SQL. */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A companion's (bisidder's) read access to a citizen's overview. */
export interface BisidderAdgangTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  navn: string;
  token_hash: string;
  kode_hash: string;
  kode_udstedt: Timestamp;
  kode_brugt: Timestamp | null;
  forkerte_forsoeg: Generated<number>;
  laast: Timestamp | null;
  oprettet: Timestamp;
  gyldig_til: Timestamp;
  tilbagekaldt: Timestamp | null;
  sidst_brugt: Timestamp | null;
  idempotens: string;
}

/** A companion's session, started by a redeemed one-time code. */
export interface BisidderSessionTable {
  id: string;
  kommunekode: string;
  adgang_id: string;
  id_hash: string;
  oprettet: Timestamp;
  udloeber: Timestamp;
  afsluttet: Timestamp | null;
}

export interface MinsideTables {
  bisidder_adgang: BisidderAdgangTable;
  bisidder_session: BisidderSessionTable;
}
