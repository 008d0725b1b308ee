/**
 * The rules of booking, as pure functions: which conversations the law asks of a citizen now (from the rules
 * engine's obligations), which meeting types can meet them, which channels the citizen may choose and why, and the
 * notice for moving or cancelling. No I/O: the store and routes feed these with data and act on the answers.
 */
import type { Maalgruppe } from "#contracts/maalgrupper.ts";
import { dagFraIso, datoTekst, isoFraDag } from "../regler/kalender.ts";
import type { Dag, Forpligtelse, Haendelse, Henvisning, Kanal, SamtaleArt } from "../regler/model.ts";
import { REGLER, regelIKraft } from "../regler/regelsaet.ts";

export const KANALER = ["fremmoede", "telefon", "video"] as const satisfies readonly Kanal[];
export const MOEDETYPE_KODER = ["jobsamtale", "opfoelgning", "faelles", "sygeopfoelgning"] as const;
export type MoedetypeKode = (typeof MOEDETYPE_KODER)[number];

export const KANAL_NAVN: Record<Kanal, string> = { fremmoede: "fremmøde", telefon: "telefon", video: "video" };

export interface Moedetype {
  id: string;
  kode: MoedetypeKode;
  art: SamtaleArt;
  navn: string;
  varighedMin: number;
  bufferMin: number;
  minVarselTimer: number;
  bookingvindueDage: number;
  aendringVarselTimer: number;
  kanaler: Kanal[];
  minDeltagere: number;
}

/** A conversation the law asks of the citizen now: an open obligation a held conversation of one of `arter` meets. */
export interface SamtaleBehov {
  regelId: string;
  del?: string;
  titel: string;
  henvisning: Henvisning;
  forklaring: string;
  /** what the requirement asks, in the rule's own plain words (for the citizen) */
  kravTekst: string;
  /** the last day the conversation can be held in time */
  frist: Dag;
  /** the deadline has passed: book as soon as possible */
  overskredet: boolean;
  arter: SamtaleArt[];
  /** a conversation already booked on or before the deadline meets it */
  indkaldtDag?: Dag;
}

/** The held-conversation kinds that meet an obligation, from its rule (undefined: a held conversation does not). */
function kravAf(f: Pick<Forpligtelse, "regelId" | "del">, dag: Dag) {
  const regel = regelIKraft(f.regelId, dag) ?? REGLER.find((r) => r.id === f.regelId);
  return regel?.krav.find((k) => (f.del === undefined ? true : k.del === f.del));
}

export function arterDerOpfylder(f: Pick<Forpligtelse, "regelId" | "del">, dag: Dag): SamtaleArt[] | undefined {
  const krav = kravAf(f, dag);
  if (!krav || !("handling" in krav) || krav.type === "kanal") return undefined;
  if (krav.handling.haendelse !== "SAMTALE_AFHOLDT") return undefined;
  if (krav.handling.afholder === "akasse") return undefined;
  return (krav.handling.arter as SamtaleArt[] | undefined) ?? ["jobsamtale", "opfoelgning", "faelles", "anden"];
}

/** Open obligations (coming or overdue) that a conversation meets, most urgent first. */
export function samtaleBehov(forpligtelser: readonly Forpligtelse[], dag: Dag): SamtaleBehov[] {
  const out: SamtaleBehov[] = [];
  for (const f of forpligtelser) {
    if (f.status !== "kommende" && f.status !== "forfalden") continue;
    if (f.ansvarlig === "akasse") continue;
    const arter = arterDerOpfylder(f, dag);
    if (!arter) continue;
    out.push({
      regelId: f.regelId,
      ...(f.del ? { del: f.del } : {}),
      titel: f.titel,
      henvisning: f.henvisning,
      forklaring: f.forklaring,
      kravTekst: kravAf(f, dag)?.tekst ?? f.titel,
      frist: f.frist,
      overskredet: f.status === "forfalden",
      arter,
      ...(f.indkaldtDag !== undefined && f.indkaldtDag <= f.frist ? { indkaldtDag: f.indkaldtDag } : {}),
    });
  }
  return out.sort((a, b) => a.frist - b.frist || a.regelId.localeCompare(b.regelId));
}

/**
 * The meeting types that can meet a need, preferred first. A citizen books jobsamtaler and follow-up conversations
 * themselves; a joint conversation with the a-kasse (faelles) needs the a-kasse and is booked by the caseworker.
 * Sick-listed citizens (sygedagpenge) get the sickness follow-up conversation where the municipality has one.
 */
export function moedetyperFor(
  arter: readonly SamtaleArt[],
  typer: readonly Moedetype[],
  opts: { maalgruppe: Maalgruppe | string; afBorger: boolean },
): Moedetype[] {
  const syg = opts.maalgruppe === "SYGEDAGPENGE";
  const rang = (t: Moedetype) =>
    (syg ? (t.kode === "sygeopfoelgning" ? 0 : 2) : t.kode === "sygeopfoelgning" ? 3 : 1) +
    (t.kode === "jobsamtale" ? 0 : 0.5);
  return typer
    .filter((t) => arter.includes(t.art) && !(opts.afBorger && t.kode === "faelles"))
    .sort((a, b) => rang(a) - rang(b));
}

/** The rule behind "the first jobsamtale in person" (KF-FORM), as in force on a day. */
export function foersteSamtaleRegel(dag: Dag) {
  return regelIKraft("KF-FORM", dag);
}

const FORLOEB_START = new Set(["LEDIGHED_START", "HJAELP_ANMODNING", "FRAVAER_START", "OVERDRAGELSE", "YDELSE_START"]);

/** True when the jobcentre has not yet held a jobsamtale with the citizen since the course (forløb) began. */
export function ingenJobsamtaleIForloebet(haendelser: readonly Haendelse[]): boolean {
  let start = Number.NEGATIVE_INFINITY;
  for (const h of haendelser) if (FORLOEB_START.has(h.type) && h.dag > start) start = h.dag;
  return !haendelser.some(
    (h) => h.type === "SAMTALE_AFHOLDT" && h.dag >= start && h.art === "jobsamtale" && h.afholder !== "akasse",
  );
}

export interface KanalRegel {
  kanaler: Kanal[];
  /** plain Danish: why these channels */
  begrundelse: string;
  henvisning?: Henvisning;
  /** the caseworker's recorded assessment, when it decides */
  vurdering?: { begrundelse: string; af: string; dato: string };
}

/**
 * The channels a citizen may choose for a conversation (LAB § 33, stk. 1, as amended by lov nr. 295/2023): the first
 * jobsamtale in the course is held in person; after that the citizen chooses between in person, phone and video,
 * unless the caseworker has recorded a concrete assessment that in person is needed. Always within the channels the
 * municipality offers for the meeting type.
 */
export function kanalRegel(input: {
  moedetype: Pick<Moedetype, "kode" | "art" | "kanaler" | "navn">;
  maalgruppe: Maalgruppe | string;
  haendelser: readonly Haendelse[];
  dag: Dag;
  vurdering?: { kraevFremmoede: boolean; begrundelse: string; af: string; dato: string } | null;
}): KanalRegel {
  const { moedetype } = input;
  const tilbudt = KANALER.filter((k) => moedetype.kanaler.includes(k));
  const regel = foersteSamtaleRegel(input.dag);
  const omfattet = regel?.maalgrupper.includes(input.maalgruppe as Maalgruppe) ?? false;
  if (moedetype.art === "jobsamtale" && omfattet && regel && ingenJobsamtaleIForloebet(input.haendelser)) {
    return {
      kanaler: ["fremmoede"],
      begrundelse:
        "Din første jobsamtale i forløbet skal holdes ved personligt fremmøde. Derefter vælger du selv mellem fremmøde, telefon og video.",
      henvisning: regel.henvisning,
    };
  }
  if (input.vurdering?.kraevFremmoede) {
    return {
      kanaler: ["fremmoede"],
      begrundelse: `Jobcentret har efter en konkret vurdering besluttet, at dine samtaler skal holdes ved personligt fremmøde: ${input.vurdering.begrundelse}`,
      ...(regel ? { henvisning: regel.henvisning } : {}),
      vurdering: { begrundelse: input.vurdering.begrundelse, af: input.vurdering.af, dato: input.vurdering.dato },
    };
  }
  return {
    kanaler: tilbudt,
    begrundelse:
      tilbudt.length > 1
        ? `Du vælger selv, om samtalen skal holdes ved ${tilbudt
            .map((k) => KANAL_NAVN[k])
            .join(", ")
            .replace(/, ([^,]*)$/, " eller $1")}.`
        : `Kommunen holder ${moedetype.navn.toLowerCase()} ved ${KANAL_NAVN[tilbudt[0]!]}.`,
    ...(omfattet && regel ? { henvisning: regel.henvisning } : {}),
  };
}

const TIME_MS = 3_600_000;

/** A booking may be moved or cancelled by the citizen until the municipality's notice before the meeting. */
export function kanAendres(start: Date, nu: Date, varselTimer: number): { ok: boolean; senest: Date } {
  const senest = new Date(start.getTime() - varselTimer * TIME_MS);
  return { ok: nu.getTime() <= senest.getTime(), senest };
}

/**
 * The range in which a citizen may book: from now plus the minimum notice to the end of the deadline day (when
 * the need has one that is not passed) or the end of the booking window, whichever comes first. `dagSlut` gives the
 * instant a Danish calendar day ends.
 */
export function bookingInterval(input: {
  nu: Date;
  moedetype: Pick<Moedetype, "minVarselTimer" | "bookingvindueDage">;
  frist?: Dag;
  overskredet?: boolean;
  dagSlut: (d: Dag) => number;
}): { fra: number; til: number } {
  const fra = input.nu.getTime() + input.moedetype.minVarselTimer * TIME_MS;
  const vindue = input.nu.getTime() + input.moedetype.bookingvindueDage * 24 * TIME_MS;
  const til = input.frist !== undefined && !input.overskredet ? Math.min(vindue, input.dagSlut(input.frist)) : vindue;
  return { fra, til };
}

/** Reminder times before a meeting: the day before and two hours before (only those still in the future). */
export function paamindelser(start: Date, nu: Date): { art: "paamindelse_dag" | "paamindelse_timer"; tid: Date }[] {
  const out: { art: "paamindelse_dag" | "paamindelse_timer"; tid: Date }[] = [];
  const dag = new Date(start.getTime() - 24 * TIME_MS);
  const timer = new Date(start.getTime() - 2 * TIME_MS);
  if (dag > nu) out.push({ art: "paamindelse_dag", tid: dag });
  if (timer > nu) out.push({ art: "paamindelse_timer", tid: timer });
  return out;
}

export const fristTekst = (d: Dag) => datoTekst(d);
export { dagFraIso, isoFraDag };
