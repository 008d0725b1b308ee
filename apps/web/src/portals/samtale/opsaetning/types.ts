/** The answers and inputs of the administrator's set-up of conversations (`/api/admin/samtaler/…`). */

import type { Kanal } from "../types.ts";

export const MOEDETYPE_KODER = ["jobsamtale", "opfoelgning", "faelles", "sygeopfoelgning"] as const;
export type MoedetypeKode = (typeof MOEDETYPE_KODER)[number];

export interface Moedetype {
  id: string;
  kode: MoedetypeKode;
  art: string;
  navn: string;
  varighedMin: number;
  bufferMin: number;
  minVarselTimer: number;
  bookingvindueDage: number;
  aendringVarselTimer: number;
  kanaler: Kanal[];
  minDeltagere: number;
  aktiv: boolean;
}
export type MoedetypeFelter = Omit<Moedetype, "id" | "kode" | "art">;

export interface Lokale {
  id: string;
  navn: string;
  adresse: string;
  kapacitet: number;
  aktiv: boolean;
}

export interface Vindue {
  id: string;
  /** 1 = Monday … 7 = Sunday */
  ugedag: number;
  /** "08:30" */
  fra: string;
  til: string;
  gyldigFra: string;
  gyldigTil: string | null;
}
export interface NytVindue {
  ugedag: number;
  fra: string;
  til: string;
  gyldigFra?: string;
  gyldigTil?: string | null;
}

export interface Fravaer {
  id: string;
  medarbejderId: string;
  /** instants (ISO) */
  fra: string;
  til: string;
  aarsag: string;
}

export interface Medarbejder {
  id: string;
  navn: string;
  rolle: string;
  team: string | null;
  vinduer: Vindue[];
  fravaer: Fravaer[];
}

export interface Lukkedag {
  dato: string;
  navn: string;
}

export interface Opsaetning {
  idag: string;
  moedetyper: Moedetype[];
  lokaler: Lokale[];
  medarbejdere: Medarbejder[];
  lukkedage: Lukkedag[];
  helligdage: (Lukkedag & { helligdag: boolean })[];
}

export const OPSAETNING_KEY = ["admin", "samtaler", "opsaetning"] as const;
export const API = "/api/admin/samtaler";
