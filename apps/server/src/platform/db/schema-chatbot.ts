/** Kysely's view of the tables of db/migrations/0012_chatbot.sql. Keep in step with the SQL. */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ChatbotArtikelTable {
  id: string;
  kommunekode: string;
  noegle: string;
  titel: string;
  spoergsmaal: string[];
  svar: string;
  svar_en: string | null;
  link: string | null;
  henvisning: string | null;
  aktiv: Generated<boolean>;
  oprettet: Timestamp;
  opdateret: Timestamp;
  opdateret_af: string;
}

export interface ChatbotSynonymTable {
  id: string;
  kommunekode: string;
  ord: string[];
  plads: number;
  opdateret: Timestamp;
}

export interface ChatbotUbesvaretTable {
  id: string;
  kommunekode: string;
  borger_id: string;
  tekst: string;
  oprettet: Timestamp;
  idempotens: string;
  traad_id: string | null;
  videresendt: Timestamp | null;
  behandlet: Timestamp | null;
  artikel_id: string | null;
}

export interface ChatbotTables {
  chatbot_artikel: ChatbotArtikelTable;
  chatbot_synonym: ChatbotSynonymTable;
  chatbot_ubesvaret: ChatbotUbesvaretTable;
}
