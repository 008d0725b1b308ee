/**
 * Min side's pure core: the obligations the law puts on a citizen, explained in plain Danish with the rule's reference
 * and dates of effect ("Hvorfor bliver jeg bedt om det?"), and the companion (bisidder) model: the link's token, the
 * one-time code, the grant's status and the session's end.
 */
import { createHash, randomBytes, randomInt } from "node:crypto";
import { datoTekst, isoFraDag } from "../regler/kalender.ts";
import type { Dag, Forpligtelse, HaendelseType, Henvisning, Sikkerhed } from "../regler/model.ts";
import { HAENDELSE_NAVN, type IndlaestRegel, REGLER, regelIKraft } from "../regler/regelsaet.ts";

// ---------------------------------------------------------------------------------------------------- obligations

/** Who must act on an open obligation: the citizen (book and attend), the jobcentre, or the a-kasse. */
export type Hvem = "borger" | "jobcenter" | "akasse";

export interface BorgerForpligtelse {
  regelId: string;
  del: string | null;
  titel: string;
  hvem: Hvem;
  status: "kommende" | "forfalden" | "opfyldt" | "opfyldt_for_sent";
  /** yyyy-mm-dd: the last day to meet it in time */
  frist: string;
  /** yyyy-mm-dd: the day it was met */
  opfyldt: string | null;
  /** yyyy-mm-dd: a conversation already booked that meets it */
  indkaldt: string | null;
  /** what the law asks, in the rule's own words */
  krav: string;
  /** plain Danish: what is asked, why it applies to this citizen, and where the rule is written */
  hvorfor: string;
  henvisning: Henvisning;
  yderligereHenvisninger: Henvisning[];
  sikkerhed: Sikkerhed;
  /** yyyy-mm-dd: the rule (this version of it) is in force from … to … (null: until further notice) */
  gyldigFra: string;
  gyldigTil: string | null;
  /** yyyy-mm-dd: the day the obligation began to apply to this citizen */
  gaelderFra: string;
}

/** A conversation need with the citizen's own wording (the samtale module's `behovOut` for the citizen). */
export interface BorgerBehov {
  regelId: string;
  del?: string | undefined;
  forklaring: string;
}

/** How long a met obligation stays on the overview, so the citizen sees what has just happened and why. */
export const OPFYLDT_VISES_DAGE = 60;

/** Why a rule started for the citizen, addressed to them ("du blev ledig"). */
const GRUND: Partial<Record<HaendelseType, string>> = {
  LEDIGHED_START: "du blev ledig",
  YDELSE_START: "du begyndte på din nuværende ydelse",
  HJAELP_ANMODNING: "du søgte om hjælp",
  OVERDRAGELSE: "a-kassen gav din sag videre til jobcentret",
  FRAVAER_START: "du blev sygemeldt",
  HURTIG_OPFOELGNING_ANMODET: "du bad om hurtig opfølgning",
  SAMTALE_AFHOLDT: "du havde en samtale",
  SAMTALE_ANMODET: "du bad om en samtale",
  FRITAGELSE_SLUT: "din fritagelse sluttede",
  AKTINDSIGT_ANMODNING: "du bad om aktindsigt",
  INDSIGT_ANMODNING: "du bad om indsigt i dine oplysninger",
  SAMTALE_UDEBLEVET: "du ikke kom til en samtale",
  SELVBOOKING_OVERSKREDET: "fristen for at booke din samtale var overskredet",
  TILBUD_UDEBLEVET: "du ikke mødte op til et tilbud",
};

function kravAf(regel: IndlaestRegel | undefined, del: string | undefined) {
  return regel?.krav.find((k) => (del === undefined ? true : "del" in k && k.del === del));
}

function grundTekst(f: Forpligtelse, regel: IndlaestRegel | undefined): string {
  const krav = kravAf(regel, f.del);
  const trigger = krav && "trigger" in krav ? krav.trigger : undefined;
  if (trigger?.foerste) return "du havde din første jobsamtale i forløbet";
  return GRUND[f.trigger.type] ?? `der var ${HAENDELSE_NAVN[f.trigger.type]}`;
}

export const henvisningTekst = (h: Henvisning) => `${h.lov} ${h.paragraf}`;

/**
 * The citizen's explanation of one obligation: what the law asks and what is to be done by when (for a conversation
 * the citizen books, the samtale module's own wording), why it applies to them (the event that started it and its
 * day), and where the rule is written and since when it has been in force.
 */
export function hvorforTekst(
  f: Forpligtelse,
  regel: IndlaestRegel | undefined,
  opts: { hvem: Hvem; krav: string; behov?: string },
): string {
  const frist = datoTekst(f.frist);
  let hvad: string;
  if (f.status === "opfyldt" || f.status === "opfyldt_for_sent") {
    const dag = f.opfyldtDag === undefined ? "" : ` den ${datoTekst(f.opfyldtDag)}`;
    hvad = `Loven siger, at ${opts.krav}. Det er sket${dag}${f.status === "opfyldt_for_sent" ? `, efter fristen ${frist}` : ""}.`;
  } else if (opts.behov) {
    hvad = opts.behov;
  } else if (opts.hvem === "akasse") {
    hvad = `Loven siger, at ${opts.krav}. Det er din a-kasse, der skal sørge for det, senest ${frist}.`;
  } else {
    hvad = `Loven siger, at ${opts.krav}. ${
      f.status === "forfalden"
        ? `Jobcentret skulle have gjort det senest ${frist}, og det er ikke sket endnu.`
        : `Det skal jobcentret gøre senest ${frist}.`
    }`;
  }
  const start = f.udloestDag ?? f.trigger.dag;
  const hvorfor =
    f.udloestDag !== undefined && f.udloestDag !== f.trigger.dag
      ? `Reglen gælder for dig fra ${datoTekst(start)}, regnet fra at ${grundTekst(f, regel)} ${datoTekst(f.trigger.dag)}.`
      : `Reglen gælder for dig, fordi ${grundTekst(f, regel)} ${datoTekst(start)}.`;
  const hvor = regel
    ? `Reglen står i ${henvisningTekst(f.henvisning)} og har gældt siden ${datoTekst(regel.fraDag)}${
        regel.tilDag < 2_147_483_647 ? ` (til og med ${datoTekst(regel.tilDag)})` : ""
      }.`
    : `Reglen står i ${henvisningTekst(f.henvisning)}.`;
  return `${hvad} ${hvorfor} ${hvor}`;
}

/**
 * The obligations to show the citizen on `idag`: every open one (coming or overdue, whoever must act), and those met
 * within the last `OPFYLDT_VISES_DAGE` days; when the engine reports the same rule part twice (an earlier and a later
 * course), the later one. Open first (overdue, then by due date), then met (newest first).
 */
export function borgerForpligtelser(
  forpligtelser: readonly Forpligtelse[],
  behov: readonly BorgerBehov[],
  idag: Dag,
  regler: readonly IndlaestRegel[] = REGLER,
): BorgerForpligtelse[] {
  const seneste = new Map<string, Forpligtelse>();
  for (const f of forpligtelser) {
    const aaben = f.status === "kommende" || f.status === "forfalden";
    const nyligt =
      (f.status === "opfyldt" || f.status === "opfyldt_for_sent") &&
      f.opfyldtDag !== undefined &&
      f.opfyldtDag >= idag - OPFYLDT_VISES_DAGE;
    if (!aaben && !nyligt) continue;
    const key = `${f.regelId}|${f.del ?? ""}`;
    const tidligere = seneste.get(key);
    if (!tidligere || f.trigger.dag >= tidligere.trigger.dag) seneste.set(key, f);
  }
  const out: BorgerForpligtelse[] = [];
  for (const f of seneste.values()) {
    const regel = regelIKraft(f.regelId, f.trigger.dag, regler) ?? regler.find((r) => r.id === f.regelId);
    const b = behov.find((x) => x.regelId === f.regelId && (x.del ?? undefined) === (f.del ?? undefined));
    const aaben = f.status === "kommende" || f.status === "forfalden";
    const hvem: Hvem = f.ansvarlig === "akasse" ? "akasse" : aaben && b ? "borger" : "jobcenter";
    const krav = kravAf(regel, f.del)?.tekst ?? f.titel;
    out.push({
      regelId: f.regelId,
      del: f.del ?? null,
      titel: f.titel,
      hvem,
      status: f.status as BorgerForpligtelse["status"],
      frist: isoFraDag(f.frist),
      opfyldt: f.opfyldtDag === undefined ? null : isoFraDag(f.opfyldtDag),
      indkaldt: aaben && f.indkaldtDag !== undefined && f.indkaldtDag <= f.frist ? isoFraDag(f.indkaldtDag) : null,
      krav,
      hvorfor: hvorforTekst(f, regel, { hvem, krav, ...(aaben && b ? { behov: b.forklaring } : {}) }),
      henvisning: f.henvisning,
      yderligereHenvisninger: f.yderligereHenvisninger ?? [],
      sikkerhed: f.sikkerhed,
      gyldigFra: regel ? isoFraDag(regel.fraDag) : isoFraDag(f.trigger.dag),
      gyldigTil: regel && regel.tilDag < 2_147_483_647 ? isoFraDag(regel.tilDag) : null,
      gaelderFra: isoFraDag(f.udloestDag ?? f.trigger.dag),
    });
  }
  const rang = (x: BorgerForpligtelse) => (x.status === "forfalden" ? 0 : x.status === "kommende" ? 1 : 2);
  return out.sort(
    (a, b) =>
      rang(a) - rang(b) ||
      (rang(a) === 2 ? (b.opfyldt ?? "").localeCompare(a.opfyldt ?? "") : a.frist.localeCompare(b.frist)) ||
      a.regelId.localeCompare(b.regelId),
  );
}

// ------------------------------------------------------------------------------------------------------- companion

/** The longest a citizen can give a companion access for, and the default offered. */
export const BISIDDER_MAKS_DAGE = 30;
export const BISIDDER_STANDARD_DAGE = 14;
/** A companion session ends after this many hours at the latest (earlier if the grant ends). */
export const BISIDDER_SESSION_TIMER = 4;
/** Wrong codes in a row before the grant is locked. */
export const BISIDDER_MAKS_FORKERTE = 5;

export type BisidderStatus =
  /** the code has not been used yet */
  | "afventer"
  /** the code has been used; the grant is open until it expires or is revoked */
  | "aktiv"
  /** locked after too many wrong codes; a new code opens it again */
  | "spaerret"
  | "udloebet"
  | "tilbagekaldt";

export interface BisidderTilstand {
  gyldig_til: Date;
  tilbagekaldt: Date | null;
  laast: Date | null;
  kode_brugt: Date | null;
}

/** A grant's status at `nu`: revocation wins over expiry, expiry over a lock. */
export function bisidderStatus(a: BisidderTilstand, nu: Date): BisidderStatus {
  if (a.tilbagekaldt) return "tilbagekaldt";
  if (new Date(a.gyldig_til).getTime() <= nu.getTime()) return "udloebet";
  if (a.laast) return "spaerret";
  return a.kode_brugt ? "aktiv" : "afventer";
}

/** The grant's end for `dage` days from `nu` (1 to BISIDDER_MAKS_DAGE). */
export function gyldigTil(nu: Date, dage: number): Date {
  if (!Number.isInteger(dage) || dage < 1 || dage > BISIDDER_MAKS_DAGE) throw new RangeError("dage uden for grænsen");
  return new Date(nu.getTime() + dage * 86_400_000);
}

/** A companion session ends after BISIDDER_SESSION_TIMER hours, or when the grant ends if that is sooner. */
export function sessionUdloeber(nu: Date, grantGyldigTil: Date): Date {
  return new Date(Math.min(nu.getTime() + BISIDDER_SESSION_TIMER * 3_600_000, new Date(grantGyldigTil).getTime()));
}

/** sha256, as stored for tokens, codes and session ids. */
export const hashAf = (s: string) => createHash("sha256").update(s).digest("base64url");

const TOKEN = /^(\d{4})-([A-Za-z0-9_-]{43})$/;

/** A new link token: the municipality code, then 256 random bits. The code routes the lookup to its municipality. */
export function nytToken(kommunekode: string): string {
  return `${kommunekode}-${randomBytes(32).toString("base64url")}`;
}

/** The municipality a token belongs to, or null if it is not a token at all. */
export function kommuneAfToken(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

/** A new one-time code: 8 digits. */
export function nyKode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, "0");
}

/** A typed code without spaces and dashes, or null if it cannot be a code. */
export function normaliserKode(input: string): string | null {
  const k = input.replace(/[\s-]/g, "");
  return /^\d{8}$/.test(k) ? k : null;
}

/** How the code is shown and read aloud: "1234 5678". */
export const visKode = (k: string) => `${k.slice(0, 4)} ${k.slice(4)}`;
