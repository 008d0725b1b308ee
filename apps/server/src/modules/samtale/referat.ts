/**
 * A draft of the minutes of a meeting (samtalereferat) from its transcript. Pure: no I/O, no clock.
 *
 * 1. `laesTransskription` reads the transcript the caseworker uploads: WebVTT as Teams, Zoom and Jitsi export it
 *    (speakers from `<v Name>` or a leading "Name:"), or pasted text with "Name: …" lines, optionally with
 *    "[00:01:23]" timestamps, or in the "Name   0:03" layout of a transcript copied from Teams. One `Linje` per cue
 *    (per speaker, if a cue holds several) or per line of text, numbered from 1, so every link back stays exact.
 * 2. `udkastTilReferat` drafts the minutes: participants, time, channel, what was discussed (a few topics, each with
 *    sentences extracted word for word from the transcript, never written anew), the agreements (who does what by
 *    when, linked to the lines they came from) and the flags: personal data about people who were not in the meeting,
 *    which the caseworker must review before approving.
 * 3. `referatTekst` renders the draft as a journal note through the municipality's template.
 * 4. `findTredjepartsdata` scans the edited text again before approval.
 *
 * The Danish is read with rules, not a model, and errs on the safe side: an agreement needs a clear commitment
 * (a deadline, "skal", a confirmed proposal, "vi aftaler"), while a flag needs only a likely name or number.
 */
import webvtt, { type WebVTTNode } from "webvtt-parser";
import {
  aarMaanedDag,
  dageIMaaned,
  dagFraAarMaanedDag,
  dagFraIso,
  datoTekst,
  isoFraDag,
  MAANEDER,
  plusMaaneder,
  UGEDAGE,
  ugedag,
} from "../regler/kalender.ts";
import type { Dag } from "../regler/model.ts";
import { utcTilLokal } from "./tider.ts";

// ────────────────────────────────────────────────────────────────────────────────────────────── types

export type Kanal = "fremmoede" | "telefon" | "video";
export const KANALER: readonly Kanal[] = ["fremmoede", "telefon", "video"];

export interface Linje {
  /** 1-based position in the transcript, stable for the same input; everything else refers to it */
  nr: number;
  /** when it was said, from the start of the recording: "00:01:23" */
  start?: string;
  /** WebVTT: when the cue ends */
  slut?: string;
  taler?: string;
  tekst: string;
  /** the line of the uploaded file it came from (WebVTT: the cue's timing line) */
  kildelinje?: number;
}

export type TransskriptionsKilde = "webvtt" | "tekst";

/** A transcript or input that cannot be used; the message is Danish and names the line of the file where known. */
export class ReferatFejl extends Error {
  readonly linje?: number;
  constructor(message: string, linje?: number) {
    super(message);
    this.name = "ReferatFejl";
    if (linje !== undefined) this.linje = linje;
  }
}

export interface Aftale {
  /** "A1", "A2", … in the order of the transcript */
  id: string;
  /** the responsible people's names, joined with " og "; "Ikke angivet" when the speaker is unknown */
  hvem: string;
  /** the same names, one each */
  ansvarlige: string[];
  /** what is to be done, from the transcript, in the third person: "sender Mette Jensen et link til CV-værkstedet" */
  hvad: string;
  /** ISO date, when the deadline could be resolved against the meeting day */
  frist?: string;
  /** the deadline as said: "inden fredag", "til næste samtale" */
  fristTekst?: string;
  /** the deadline was resolved, but the words leave room for another reading ("næste fredag", "i næste uge") */
  fristUsikker?: boolean;
  /** every transcript line it came from (proposal, confirmation, deadline), ascending */
  linjer: number[];
}

export type EmneNoegle =
  | "jobsoegning"
  | "cv"
  | "helbred"
  | "uddannelse"
  | "praktik"
  | "oekonomi"
  | "raadighed"
  | "andet";

export interface Droeftelse {
  /** the topic's Danish title: "Jobsøgning", "Uddannelse og kurser", … */
  emne: string;
  noegle: EmneNoegle;
  /** 1–3 sentences extracted from the transcript (shortened with "…"), each with its speaker */
  resume: string;
  linjer: number[];
}

export type FlagArt = "navn" | "cpr" | "telefon" | "email" | "adresse" | "helbred";

export interface Flag {
  /** "F1", "F2", … */
  id: string;
  art: FlagArt;
  /** the text found */
  tekst: string;
  linje: number;
  /** where in the line's text (udkast) or in the whole text (findTredjepartsdata): [fra, til) */
  fra: number;
  til: number;
  /** Danish: why it is flagged and what to consider */
  begrundelse: string;
  /** the text also stands in the draft's summaries or agreements (udkastTilReferat only) */
  iUdkast?: boolean;
}

export interface ReferatUdkast {
  deltagere: string[];
  kanal: Kanal;
  /** ISO instants */
  start: string;
  slut: string;
  droeftet: Droeftelse[];
  aftaler: Aftale[];
  flag: Flag[];
  linjer: Linje[];
}

export type TredjepartsFund = Omit<Flag, "linje" | "iUdkast"> & { linje?: number };

// ────────────────────────────────────────────────────────────────────────────────────────────── reading

/** More text than any meeting produces (a 2-hour transcript is about 200,000 characters). */
export const MAKS_TRANSSKRIPTION_TEGN = 5_000_000;

const NYLINJE = /\r\n|\r|\n/;

/**
 * Reads a transcript. Throws ReferatFejl with a Danish message (and the line of the file where known) when it is
 * empty or malformed: WebVTT without the WEBVTT header, a broken timing line, text that is not in any cue, or pasted
 * text with timing lines ("-->") but no WEBVTT header. Without `kilde`, text starting with "WEBVTT" is WebVTT.
 */
export function laesTransskription(
  tekst: string,
  kilde?: TransskriptionsKilde,
): { kilde: TransskriptionsKilde; linjer: Linje[] } {
  try {
    if (typeof tekst !== "string") throw new ReferatFejl("Transskriptionen skal være tekst.");
    if (kilde !== undefined && kilde !== "webvtt" && kilde !== "tekst")
      throw new ReferatFejl(`Ukendt format »${String(kilde)}«; vælg WebVTT eller tekst.`);
    if (tekst.length > MAKS_TRANSSKRIPTION_TEGN)
      throw new ReferatFejl("Transskriptionen er for lang til at være fra én samtale.");
    const uden = tekst.replace(/^\uFEFF/, "");
    if (uden.trim() === "") throw new ReferatFejl("Transskriptionen er tom.");
    const valgt = kilde ?? (uden.trimStart().startsWith("WEBVTT") ? "webvtt" : "tekst");
    const linjer = valgt === "webvtt" ? laesWebvtt(uden) : laesTekst(uden);
    if (linjer.length === 0) throw new ReferatFejl("Transskriptionen indeholder ingen replikker.");
    return { kilde: valgt, linjer };
  } catch (fejl) {
    if (fejl instanceof ReferatFejl) throw fejl;
    throw new ReferatFejl("Transskriptionen kunne ikke læses.");
  }
}

/** The character references WebVTT allows, with and without the closing semicolon. */
const ENTITETER: Record<string, string> = Object.fromEntries(
  Object.entries({
    amp: "&",
    lt: "<",
    gt: ">",
    lrm: "\u200e",
    rlm: "\u200f",
    nbsp: "\u00a0",
    quot: '"',
    apos: "'",
  }).flatMap(([navn, tegn]) => [
    [`&${navn};`, tegn],
    [`&${navn}`, tegn],
  ]),
);

const TIDSLINJE_HJAELP = "Ugyldig tidslinje (den skal se sådan ud: 00:01:23.000 --> 00:01:27.500)";

/** The parser's errors that lose or garble text, in Danish; how many lines before the reported one the fault is. */
const FATALE_WEBVTT_FEJL: Record<string, { tekst: string; tilbage: number }> = {
  'No valid signature. (File needs to start with "WEBVTT".)': {
    tekst: "Filen er ikke gyldig WebVTT: første linje skal være »WEBVTT«",
    tilbage: 0,
  },
  "No timestamp found.": { tekst: `${TIDSLINJE_HJAELP}: der mangler et tidsstempel`, tilbage: 0 },
  "Timestamp must start with a character in the range 0-9.": {
    tekst: `${TIDSLINJE_HJAELP}: et tidsstempel skal begynde med et ciffer`,
    tilbage: 0,
  },
  "No time unit separator found.": { tekst: `${TIDSLINJE_HJAELP}: der mangler »:« i tidsstemplet`, tilbage: 0 },
  "Must be exactly two digits.": {
    tekst: `${TIDSLINJE_HJAELP}: minutter og sekunder skal have præcis to cifre`,
    tilbage: 0,
  },
  "No seconds found or minutes is greater than 59.": {
    tekst: `${TIDSLINJE_HJAELP}: der mangler sekunder, eller minuttallet er over 59`,
    tilbage: 0,
  },
  'No decimal separator (".") found.': {
    tekst: `${TIDSLINJE_HJAELP}: sekunderne skal efterfølges af punktum og tre cifre (komma bruges i SRT, ikke i WebVTT)`,
    tilbage: 0,
  },
  "Milliseconds must be given in three digits.": {
    tekst: `${TIDSLINJE_HJAELP}: millisekunder skal have tre cifre`,
    tilbage: 0,
  },
  "You cannot have more than 59 minutes.": { tekst: `${TIDSLINJE_HJAELP}: minuttallet er over 59`, tilbage: 0 },
  "You cannot have more than 59 seconds.": { tekst: `${TIDSLINJE_HJAELP}: sekundtallet er over 59`, tilbage: 0 },
  "No valid timestamp separator found.": {
    tekst: `${TIDSLINJE_HJAELP}: der mangler »-->« mellem start- og sluttid`,
    tilbage: 0,
  },
  "Cue identifier cannot be standalone.": {
    tekst: "Tekst uden tidslinje: hver replik skal begynde med en tidslinje, og replikker skilles af én tom linje",
    tilbage: 1,
  },
  "Cue identifier needs to be followed by timestamp.": {
    tekst: "Tekst uden tidslinje: hver replik skal begynde med en tidslinje, og replikker skilles af én tom linje",
    tilbage: 1,
  },
};

function laesWebvtt(tekst: string): Linje[] {
  const raa = tekst.split(NYLINJE);
  // Blank lines before the header are forgiven; line numbers still count them.
  let foerste = 0;
  while (foerste < raa.length && raa[foerste]!.trim() === "") foerste++;
  const linjer = raa.slice(foerste);
  linjer[0] = linjer[0]!.trimStart();

  const resultat = new webvtt.WebVTTParser(ENTITETER).parse(linjer.join("\n"), "metadata");
  for (const fejl of resultat.errors) {
    const dansk = FATALE_WEBVTT_FEJL[fejl.message];
    if (!dansk) continue; // header lines, cue settings, order of cues: nothing is lost
    const i = Math.max(1, fejl.line - dansk.tilbage);
    const nr = i + foerste;
    // "00:00:01.000 -> 00:00:02.000" is not taken for a timing line at all
    const tekst =
      dansk.tilbage > 0 && /^\s*(?:\d+:)?\d+:\d+/.test(linjer[i - 1] ?? "")
        ? `${TIDSLINJE_HJAELP}: der mangler »-->« mellem start- og sluttid`
        : dansk.tekst;
    throw new ReferatFejl(`${tekst} (linje ${nr}).`, nr);
  }

  // The parser sorts the cues by time and does not say where they were; find each one's timing line.
  const tidslinjer = new Map<string, number[]>();
  linjer.forEach((linje, i) => {
    const t = tidslinjeMs(linje);
    if (!t) return;
    const noegle = `${t[0]}|${t[1]}`;
    const liste = tidslinjer.get(noegle);
    if (liste) liste.push(i + 1 + foerste);
    else tidslinjer.set(noegle, [i + 1 + foerste]);
  });

  const ud: Linje[] = [];
  for (const cue of resultat.cues) {
    const kildelinje = tidslinjer.get(`${Math.round(cue.startTime * 1000)}|${Math.round(cue.endTime * 1000)}`)?.shift();
    if (cue.endTime < cue.startTime) {
      const hvor = kildelinje === undefined ? "" : ` (linje ${kildelinje})`;
      throw new ReferatFejl(`${TIDSLINJE_HJAELP}: sluttiden ligger før starttiden${hvor}.`, kildelinje);
    }
    for (const replik of cueReplikker(cue.tree.children)) {
      ud.push({
        nr: ud.length + 1,
        start: tidTekst(cue.startTime),
        slut: tidTekst(cue.endTime),
        ...(replik.taler ? { taler: replik.taler } : {}),
        tekst: replik.tekst,
        ...(kildelinje !== undefined ? { kildelinje } : {}),
      });
    }
  }
  return ud;
}

/** A WebVTT timing line's start and end in milliseconds, as the parser computes them. */
function tidslinjeMs(linje: string): [number, number] | undefined {
  const m = /^[ \t\f]*((?:\d+:)?\d{2}:\d{2}\.\d{3})[ \t\f]+-->[ \t\f]+((?:\d+:)?\d{2}:\d{2}\.\d{3})/.exec(linje);
  if (!m) return undefined;
  const ms = (t: string) => {
    const [hms, brok] = t.split(".") as [string, string];
    const dele = hms.split(":").map(Number);
    const [h, mi, s] = dele.length === 3 ? (dele as [number, number, number]) : [0, dele[0]!, dele[1]!];
    return ((h * 60 + mi) * 60 + s) * 1000 + Number(brok);
  };
  return [ms(m[1]!), ms(m[2]!)];
}

function tidTekst(sekunder: number): string {
  const s = Math.max(0, Math.floor(sekunder));
  const to = (n: number) => String(n).padStart(2, "0");
  return `${to(Math.floor(s / 3600))}:${to(Math.floor(s / 60) % 60)}:${to(s % 60)}`;
}

function fladTekst(node: WebVTTNode): string {
  if (node.type === "text") return typeof node.value === "string" ? node.value : "";
  if (node.type !== "object") return "";
  let ud = "";
  for (const barn of node.children ?? []) ud += fladTekst(barn);
  return ud;
}

/** A cue's speakers and text: one piece per `<v>` span, or per "Name: …" line when the cue has no voice tags. */
function cueReplikker(noder: WebVTTNode[]): { taler?: string; tekst: string }[] {
  const stykker: { taler?: string; tekst: string }[] = [];
  for (const node of noder) {
    if (node.type === "object" && node.name === "v") {
      const taler = rensTalernavn(typeof node.value === "string" ? node.value : "");
      stykker.push({ ...(taler ? { taler } : {}), tekst: fladTekst(node) });
    } else {
      const tekst = fladTekst(node);
      const sidste = stykker.at(-1);
      if (sidste && sidste.taler === undefined) sidste.tekst += tekst;
      else stykker.push({ tekst });
    }
  }
  const ud: { taler?: string; tekst: string }[] = [];
  for (const stykke of stykker) {
    if (stykke.taler !== undefined) {
      const tekst = normaliserMellemrum(stykke.tekst);
      if (!tekst) continue;
      const forrige = ud.at(-1);
      if (forrige && forrige.taler === stykke.taler) forrige.tekst += ` ${tekst}`;
      else ud.push({ taler: stykke.taler, tekst });
      continue;
    }
    // Without a voice tag: a leading "Name: " (Zoom, Jitsi) starts a speaker's piece; other lines continue it.
    for (const linje of stykke.tekst.split("\n")) {
      const tekst = normaliserMellemrum(linje);
      if (!tekst) continue;
      const prefiks = talerPrefiks(tekst);
      if (prefiks?.rest) ud.push({ taler: prefiks.taler, tekst: prefiks.rest });
      else {
        const forrige = ud.at(-1);
        if (forrige && !prefiks) forrige.tekst += ` ${tekst}`;
        else if (!prefiks) ud.push({ tekst });
      }
    }
  }
  return ud;
}

function normaliserMellemrum(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** "Karin Holm (Jobcenter Roskilde)" → "Karin Holm"; "Holm, Karin" → "Karin Holm". */
function rensTalernavn(navn: string): string {
  let n = normaliserMellemrum(navn.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
  const komma = /^([^,]+),\s*([^,]+)$/.exec(n);
  if (komma) n = `${komma[2]} ${komma[1]}`;
  return n.slice(0, 100);
}

const NAVNEORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
const TALER_RE = new RegExp(
  String.raw`^(${NAVNEORD}(?:[ \t]+(?:${NAVNEORD}|van|von|der|de|da|del|la|le|el|al|bin|ibn|af)){0,4})[ \t]*(?:\(([^()]{0,60})\))?[ \t]*(?:\[([^\]]{0,30})\])?[ \t]*:(?:[ \t]+(.*))?$`,
  "u",
);
/** Words that end in a colon in notes without being a speaker. */
const IKKE_TALER = new Set(
  (
    "aftalt aftale aftaler aftalen note notat nb husk bemærk obs emne dato tid tidspunkt sted referat deltagere kanal " +
    "resumé resume opfølgning spørgsmål svar tlf telefon mobil mail email e-mail adresse cpr kl hvem hvad hvornår " +
    "frist status punkt dagsorden konklusion opsummering mødet samtale samtalen baggrund formål vigtigt også " +
    "mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli august september " +
    "oktober november december"
  ).split(" "),
);

/** "Karin Holm: tekst", "Karin Holm [00:01:23]: tekst", "Karin Holm (jobkonsulent): tekst" */
function talerPrefiks(linje: string, kildelinje?: number): { taler: string; rest: string; tid?: string } | undefined {
  const m = TALER_RE.exec(linje);
  if (!m) return undefined;
  const navn = m[1]!.trim();
  // "Aftalt: …", "Husk: …", "Fredag: …" are notes, not speakers
  if (IKKE_TALER.has(navn.split(/\s+/)[0]!.toLowerCase())) return undefined;
  let tid: string | undefined;
  for (const parentes of [m[2], m[3]]) {
    if (parentes !== undefined && /^[\s\d:.,]+$/.test(parentes) && /\d/.test(parentes))
      tid = tidsstempel(parentes.trim(), kildelinje);
  }
  return { taler: rensTalernavn(navn), rest: (m[4] ?? "").trim(), ...(tid ? { tid } : {}) };
}

/** "1:23", "01:23", "0:01:23", "00:01:23.450" → "00:01:23"; anything else that looks like a time is an error. */
function tidsstempel(s: string, kildelinje?: number): string {
  const m = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?$/.exec(s);
  const h = Number(m?.[1] ?? 0);
  const mi = Number(m?.[2]);
  const se = Number(m?.[3]);
  if (!m || mi > 59 || se > 59) {
    const hvor = kildelinje === undefined ? "" : ` (linje ${kildelinje})`;
    throw new ReferatFejl(`Ugyldigt tidsstempel »${s}«; skriv fx [00:01:23]${hvor}.`, kildelinje);
  }
  const to = (n: number) => String(n).padStart(2, "0");
  return `${to(h)}:${to(mi)}:${to(se)}`;
}

const VTT_TIDSLINJE_I_TEKST = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/;
/** "Karin Holm   0:03" over the text, as a transcript copied from Teams is laid out */
const TEAMS_HOVED = new RegExp(`^(${NAVNEORD}(?:[ \\t]+${NAVNEORD}){0,4})[ \\t]+(\\d{1,2}:\\d{2}(?::\\d{2})?)$`, "u");

function laesTekst(tekst: string): Linje[] {
  const raa = tekst.split(NYLINJE);
  const ud: Linje[] = [];
  let taler: string | undefined;
  let ventendeTid: string | undefined;
  for (let i = 0; i < raa.length; i++) {
    const kildelinje = i + 1;
    let l = normaliserMellemrum(raa[i]!);
    if (!l) continue;
    if (VTT_TIDSLINJE_I_TEKST.test(l))
      throw new ReferatFejl(
        "Teksten har tidslinjer med »-->« som en WebVTT-fil, men mangler overskriften »WEBVTT« i første linje (linje 1).",
        1,
      );
    let start: string | undefined;
    const klamme = /^\[([^\]]*)\]\s*/.exec(l);
    if (klamme && /^[\s\d:.,]+$/.test(klamme[1]!) && /\d/.test(klamme[1]!)) {
      start = tidsstempel(klamme[1]!.trim(), kildelinje);
      l = l.slice(klamme[0].length);
    } else {
      const fri = /^(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)\s+/.exec(l);
      if (fri) {
        start = tidsstempel(fri[1]!, kildelinje);
        l = l.slice(fri[0].length);
      }
    }
    const hoved = start === undefined ? TEAMS_HOVED.exec(l) : null;
    if (hoved && !IKKE_TALER.has(hoved[1]!.toLowerCase())) {
      taler = rensTalernavn(hoved[1]!);
      ventendeTid = tidsstempel(hoved[2]!, kildelinje);
      continue;
    }
    const prefiks = talerPrefiks(l, kildelinje);
    if (prefiks) {
      taler = prefiks.taler;
      start ??= prefiks.tid;
      if (!prefiks.rest) {
        ventendeTid = start ?? ventendeTid;
        continue;
      }
      l = prefiks.rest;
    }
    if (!l) {
      ventendeTid = start ?? ventendeTid;
      continue;
    }
    start ??= ventendeTid;
    ventendeTid = undefined;
    // A line without a speaker continues the previous speaker's turn (pasted text wraps).
    ud.push({
      nr: ud.length + 1,
      ...(start ? { start } : {}),
      ...(taler ? { taler } : {}),
      tekst: l,
      kildelinje,
    });
  }
  return ud;
}

// ────────────────────────────────────────────────────────────────────────────────────────────── words

/** Word boundaries that know æ, ø and å (JavaScript's \b does not). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

interface Ord {
  tekst: string;
  lav: string;
  fra: number;
  til: number;
}

function ordI(tekst: string): Ord[] {
  const ud: Ord[] = [];
  for (const m of tekst.matchAll(/[\p{L}\p{N}]+(?:['’\-./][\p{L}\p{N}]+)*/gu)) {
    ud.push({ tekst: m[0], lav: m[0].toLowerCase(), fra: m.index, til: m.index + m[0].length });
  }
  return ud;
}

/** Sentences with their offsets; a full stop after a number ("3. december", "kl. 10") does not end one. */
function saetninger(tekst: string): { tekst: string; fra: number }[] {
  const ud: { tekst: string; fra: number }[] = [];
  let fra = 0;
  for (let i = 0; i < tekst.length; i++) {
    if (!SLUTTEGN.has(tekst[i]!)) continue;
    let j = i + 1;
    while (j < tekst.length && /\s/.test(tekst[j]!)) j++;
    if (j === i + 1 || j >= tekst.length || !SAETNINGSSTART.test(tekst[j]!)) continue;
    const s = tekst.slice(fra, i + 1);
    if (s.trim()) ud.push({ tekst: s, fra });
    fra = j;
    i = j - 1;
  }
  if (tekst.slice(fra).trim()) ud.push({ tekst: tekst.slice(fra), fra });
  return ud;
}
const SLUTTEGN = new Set([".", "!", "?", "…"]);
const SAETNINGSSTART = /[\p{Lu}»"„“(]/u;

// ────────────────────────────────────────────────────────────────────────────────────────────── dates

// days, weekdays (ISO: 1 = Monday), the Danish weekday and month names come from the working-day calendar
const MAANED_FORKORT: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

/** Days since 1970-01-01 of a calendar date, or undefined when there is no such date. */
function dagnr(aar: number, maaned: number, dag: number): Dag | undefined {
  if (maaned < 1 || maaned > 12 || dag < 1 || dag > dageIMaaned(aar, maaned)) return undefined;
  return dagFraAarMaanedDag(aar, maaned, dag);
}
/** "2025-11-28" → the day, or undefined when it is not a calendar date in that form. */
function dagEllerIngen(iso: string): Dag | undefined {
  try {
    return dagFraIso(iso);
  } catch {
    return undefined;
  }
}
function sidsteDagIMaaned(aar: number, maaned: number): Dag {
  return dagFraAarMaanedDag(aar, maaned, dageIMaaned(aar, maaned));
}
/** Monday of the week `dag` is in (Danish weeks start on Monday). */
function mandagI(dag: Dag): Dag {
  return dag - ugedag(dag) + 1;
}
/** The first such ISO weekday (1 = Monday) after `dag` (never `dag` itself). */
function naesteUgedag(dag: Dag, nr: number): Dag {
  const forskel = (nr - ugedag(dag) + 7) % 7;
  return dag + (forskel === 0 ? 7 : forskel);
}
/** A day and month (and maybe year) said without a year: the next such date on or after the meeting. */
function naesteDato(moede: Dag, maaned: number, dag: number, aar?: number): Dag | undefined {
  if (aar !== undefined) return dagnr(aar < 100 ? 2000 + aar : aar, maaned, dag);
  const i = aarMaanedDag(moede).aar;
  const denne = dagnr(i, maaned, dag);
  if (denne !== undefined && denne >= moede) return denne;
  return dagnr(i + 1, maaned, dag) ?? denne;
}

const TAL: Record<string, number> = {
  en: 1,
  et: 1,
  én: 1,
  ét: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  fjorten: 14,
};

interface FristFund {
  tekst: string;
  fra: number;
  til: number;
  dato?: string;
  usikker?: boolean;
  /** an explicit date ("3. december", "3/12") wins over a weekday next to it */
  eksplicit?: boolean;
}

type FristLoeser = (
  m: RegExpMatchArray,
  moede: number,
  foer: string,
) => Omit<FristFund, "tekst" | "fra" | "til"> | null;

const MAANED_ALT = `${MAANEDER.join("|")}|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)\\.?`;
const ANTAL_ALT = String.raw`\d{1,3}|et\s+par|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|fjorten`;
const FORLED = String.raw`(?:(?:senest|inden|før|til|på|allerede|helst|gerne|så\s+vidt\s+muligt)\s+){0,2}`;

function maanedNr(navn: string): number {
  const lav = navn.toLowerCase().replace(/\.$/, "");
  const i = MAANEDER.indexOf(lav);
  return i >= 0 ? i + 1 : (MAANED_FORKORT[lav] ?? 0);
}

const FRIST_MOENSTRE: { re: RegExp; loes: FristLoeser }[] = [
  {
    // 2025-12-03
    re: new RegExp(`${B}${FORLED}(\\d{4})-(\\d{2})-(\\d{2})${E}`, "giu"),
    loes: (m) => {
      const d = dagnr(Number(m[1]), Number(m[2]), Number(m[3]));
      return d === undefined ? {} : { dato: isoFraDag(d), eksplicit: true };
    },
  },
  {
    // den 3. december, 3. dec., d. 3 december 2025
    re: new RegExp(
      `${B}${FORLED}(?:(?:den|d\\.)\\s*)?(\\d{1,2})\\.?\\s*(${MAANED_ALT})(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    loes: (m, moede) => {
      const d = naesteDato(moede, maanedNr(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : undefined);
      return d === undefined ? {} : { dato: isoFraDag(d), eksplicit: true };
    },
  },
  {
    // 3/12, 3/12-2025, den 3.12, 3.12.2025
    re: new RegExp(
      `${B}${FORLED}(?:(?:(?:den|d\\.)\\s*)?(\\d{1,2})\\/(\\d{1,2})(?:[/-](\\d{4}|\\d{2}))?|(?:den|d\\.)\\s*(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))${E}`,
      "giu",
    ),
    loes: (m, moede) => {
      const dag = Number(m[1] ?? m[4] ?? m[7]);
      const maaned = Number(m[2] ?? m[5] ?? m[8]);
      const aar = m[3] ?? m[6] ?? m[9];
      const d = naesteDato(moede, maaned, dag, aar ? Number(aar) : undefined);
      return d === undefined ? null : { dato: isoFraDag(d), eksplicit: true };
    },
  },
  {
    // (på) fredag, inden fredag, næste fredag, fredag i næste uge
    re: new RegExp(
      `${B}${FORLED}(?:(næste|kommende|førstkommende)\\s+)?(${UGEDAGE.join("|")})(?:\\s+i\\s+(næste|denne|den\\s+kommende)\\s+uge)?${E}`,
      "giu",
    ),
    loes: (m, moede, foer) => {
      if (/(?:hver|sidste|forrige|om|hele)\s+$/i.test(foer)) return null; // not a deadline: "hver fredag"
      const nr = UGEDAGE.indexOf(m[2]!.toLowerCase()) + 1;
      const uge = m[3]?.toLowerCase().replace(/\s+/g, " ");
      if (uge === "næste" || uge === "den kommende") return { dato: isoFraDag(mandagI(moede) + 7 + nr - 1) };
      if (uge === "denne") {
        const d = mandagI(moede) + nr - 1;
        return { dato: isoFraDag(Math.max(d, moede)), ...(d < moede ? { usikker: true } : {}) };
      }
      // "næste fredag" is the coming Friday to some and Friday next week to others
      return {
        dato: isoFraDag(naesteUgedag(moede, nr)),
        ...(m[1]?.toLowerCase() === "næste" ? { usikker: true } : {}),
      };
    },
  },
  {
    re: new RegExp(
      `${B}${FORLED}(i\\s*morgen(?:\\s+tidlig)?|i\\s*overmorgen|i\\s+dag|i\\s+aften|i\\s+eftermiddag|i\\s+løbet\\s+af\\s+dagen|senere\\s+i\\s+dag|efter\\s+weekenden|inden\\s+weekenden|over\\s+weekenden)${E}`,
      "giu",
    ),
    loes: (m, moede, foer) => {
      const h = m[1]!.toLowerCase().replace(/\s+/g, " ");
      const udenForled = normaliserMellemrum(m[0]).toLowerCase() === h;
      if (udenForled && /(?:for|fra)\s+$/i.test(foer)) return null; // "tak for i dag", "fra i morgen"
      if (h.includes("overmorgen")) return { dato: isoFraDag(moede + 2) };
      if (h.includes("morgen")) return { dato: isoFraDag(moede + 1) };
      if (h === "efter weekenden") return { dato: isoFraDag(naesteUgedag(moede, 1)) };
      if (h === "inden weekenden") return { dato: isoFraDag(Math.max(moede, mandagI(moede) + 4)) };
      if (h === "over weekenden") return { dato: isoFraDag(naesteUgedag(moede, 1)), usikker: true };
      return { dato: isoFraDag(moede) };
    },
  },
  {
    // om en uge, om 14 dage, inden for to uger, om en måned, om en uges tid
    re: new RegExp(
      `${B}${FORLED}(?:om|inden\\s+for|indenfor|inden|i\\s+løbet\\s+af|senest\\s+om)\\s+(${ANTAL_ALT})\\s+(dage|dag|uger|uge|måneder|måned|mdr\\.?)(?:s\\s+tid)?${E}`,
      "giu",
    ),
    loes: (m, moede) => {
      const ord = m[1]!.toLowerCase().replace(/\s+/g, " ");
      const antal = ord === "et par" ? 2 : /^\d+$/.test(ord) ? Number(ord) : (TAL[ord] ?? 0);
      if (antal <= 0) return null;
      const enhed = m[2]!.toLowerCase();
      const usikker = ord === "et par" || /s\s+tid$/i.test(m[0]);
      const dato = enhed.startsWith("dag")
        ? moede + antal
        : enhed.startsWith("uge")
          ? moede + 7 * antal
          : plusMaaneder(moede, antal);
      return { dato: isoFraDag(dato), ...(usikker ? { usikker: true } : {}) };
    },
  },
  {
    // i næste uge, inden næste uge, i løbet af ugen: the Friday of that week
    re: new RegExp(
      `${B}${FORLED}(?:(i\\s+løbet\\s+af|inden\\s+udgangen\\s+af|i\\s+slutningen\\s+af|inden|senest\\s+i|i|til)\\s+(næste|denne|den\\s+kommende)\\s+uge|(?:inden\\s+udgangen\\s+af|i\\s+løbet\\s+af)\\s+ugen)${E}`,
      "giu",
    ),
    loes: (m, moede) => {
      const hvilken = m[2]?.toLowerCase().replace(/\s+/g, " ") ?? "denne";
      const foer = m[1]?.toLowerCase().replace(/\s+/g, " ");
      const fredagDenne = Math.max(moede, mandagI(moede) + 4);
      if (hvilken === "denne") return { dato: isoFraDag(fredagDenne), usikker: true };
      if (foer === "inden") return { dato: isoFraDag(fredagDenne), usikker: true };
      return { dato: isoFraDag(mandagI(moede) + 11), usikker: true };
    },
  },
  {
    // inden udgangen af måneden / næste måned / december / året, inden månedsskiftet
    re: new RegExp(
      `${B}${FORLED}(?:(?:inden\\s+|ved\\s+|før\\s+|i\\s+)?(udgangen|slutningen)\\s+af\\s+(måneden|denne\\s+måned|næste\\s+måned|året|${MAANEDER.join("|")})|(?:inden\\s+|ved\\s+|før\\s+)?(månedens\\s+udgang|månedsskiftet)|i\\s+løbet\\s+af\\s+(næste\\s+måned|måneden))${E}`,
      "giu",
    ),
    loes: (m, moede) => {
      const d = aarMaanedDag(moede);
      const hvad = (m[2] ?? m[4] ?? "måneden").toLowerCase().replace(/\s+/g, " ");
      const usikker = m[1]?.toLowerCase() === "slutningen" || m[4] !== undefined;
      let dato: number;
      if (hvad === "året") dato = dagFraAarMaanedDag(d.aar, 12, 31);
      else if (hvad === "næste måned") {
        const naeste = aarMaanedDag(plusMaaneder(moede, 1));
        dato = sidsteDagIMaaned(naeste.aar, naeste.maaned);
      } else if (hvad === "måneden" || hvad === "denne måned" || hvad.startsWith("måned"))
        dato = sidsteDagIMaaned(d.aar, d.maaned);
      else {
        const maaned = maanedNr(hvad);
        dato = sidsteDagIMaaned(maaned < d.maaned ? d.aar + 1 : d.aar, maaned);
      }
      return { dato: isoFraDag(dato), ...(usikker ? { usikker: true } : {}) };
    },
  },
  {
    re: new RegExp(
      `${B}(?:til|inden|før)\\s+(?:næste\\s+(?:gang|samtale|møde|opfølgning)|vi\\s+ses\\s+(?:igen|næste\\s+gang))${E}`,
      "giu",
    ),
    loes: () => ({}),
  },
  {
    re: new RegExp(
      `${B}(?:hurtigst\\s+muligt|snarest(?:\\s+muligt)?|med\\s+det\\s+samme|så\\s+hurtigt\\s+som\\s+muligt)${E}`,
      "giu",
    ),
    loes: () => ({}),
  },
];

/** The deadline said in a piece of text, resolved against the meeting day where possible. */
function findFrist(tekst: string, moede: number): FristFund | undefined {
  if (!/\d|dag|morgen|uge|måned|året|gang|samtale|møde|muligt|snarest|samme|weekend|ses|aften/i.test(tekst))
    return undefined;
  const fund: FristFund[] = [];
  for (const { re, loes } of FRIST_MOENSTRE) {
    re.lastIndex = 0;
    for (const m of tekst.matchAll(re)) {
      const loest = loes(m, moede, tekst.slice(0, m.index));
      if (loest === null) continue;
      fund.push({ tekst: m[0].trim(), fra: m.index, til: m.index + m[0].length, ...loest });
    }
  }
  if (fund.length === 0) return undefined;
  fund.sort((a, b) => a.fra - b.fra || b.til - a.til);
  // drop matches inside others; join neighbours ("fredag den 28. november", "til næste samtale den 25. februar")
  const samlet: FristFund[] = [];
  for (const f of fund) {
    const forrige = samlet.at(-1);
    if (forrige && f.fra < forrige.til) {
      if (f.til > forrige.til) Object.assign(forrige, flet(tekst, forrige, f));
      continue;
    }
    const begge = forrige?.dato !== undefined && f.dato !== undefined;
    if (forrige && begge && /^[\s,]*(?:den\s+|d\.\s*)?$/i.test(tekst.slice(forrige.til, f.fra))) {
      Object.assign(forrige, flet(tekst, forrige, f));
      continue;
    }
    samlet.push({ ...f });
  }
  return samlet.find((f) => f.dato !== undefined) ?? samlet[0];
}

function flet(tekst: string, a: FristFund, b: FristFund): FristFund {
  const valgt = b.eksplicit || a.dato === undefined ? b : a;
  const andet = valgt === a ? b : a;
  const usikker =
    valgt.usikker ||
    (andet.dato !== undefined && valgt.dato !== undefined && andet.dato !== valgt.dato && !andet.usikker);
  return {
    tekst: tekst.slice(a.fra, Math.max(a.til, b.til)).trim(),
    fra: a.fra,
    til: Math.max(a.til, b.til),
    ...(valgt.dato !== undefined ? { dato: valgt.dato } : {}),
    ...(usikker ? { usikker: true } : {}),
    ...(valgt.eksplicit ? { eksplicit: true } : {}),
  };
}

// ────────────────────────────────────────────────────────────────────────────────────────────── participants

interface Deltagerkort {
  navne: string[];
  /** a speaker label → the participant's name */
  kanonisk(taler: string | undefined): string | undefined;
  /** lower-case first name → participant, for first names only one participant has */
  foernavne: Map<string, string>;
  /** lower-case name words of every participant, for leaving them out of the flags */
  ordsaet: string[][];
}

const ROLLE_SAGSBEHANDLER =
  /^(?:jobkonsulent(?:en)?|sagsbehandler(?:en)?|konsulent(?:en)?|rådgiver(?:en)?|jobcenter(?:et)?)$/i;
const ROLLE_BORGER = /^(?:borger(?:en)?|ledig(?:e)?|deltager(?:en)?)$/i;

function navneord(navn: string): string[] {
  return normaliserMellemrum(navn)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((o) => o.length > 0 && o !== "-");
}

/** The participants: the known ones first (caseworker, citizen), then anyone else who spoke. */
function deltagerkort(kendte: readonly string[], talere: readonly (string | undefined)[]): Deltagerkort {
  const navne: string[] = [];
  const tilfoej = (n: string) => {
    const ren = normaliserMellemrum(n);
    if (ren && !navne.some((x) => x.toLowerCase() === ren.toLowerCase())) navne.push(ren);
  };
  for (const k of kendte) tilfoej(rensTalernavn(k));
  const kendtOrd = navne.map(navneord);
  const cache = new Map<string, string | undefined>();
  const slaaOp = (taler: string): string | undefined => {
    const ren = rensTalernavn(taler);
    if (!ren) return undefined;
    const ord = navneord(ren);
    const delmaengde = (a: string[], b: string[]) => a.every((o) => b.includes(o));
    const ens = kendtOrd.findIndex((k) => k.length === ord.length && delmaengde(ord, k));
    if (ens >= 0) return navne[ens];
    const match = kendtOrd.map((k, i) => (delmaengde(ord, k) || delmaengde(k, ord) ? i : -1)).filter((i) => i >= 0);
    if (match.length === 1) return navne[match[0]!];
    if (kendte.length >= 1 && ROLLE_SAGSBEHANDLER.test(ren)) return navne[0];
    if (kendte.length >= 2 && ROLLE_BORGER.test(ren)) return navne[1];
    return ren;
  };
  const kanonisk = (taler: string | undefined) => {
    if (taler === undefined) return undefined;
    if (!cache.has(taler)) cache.set(taler, slaaOp(taler));
    return cache.get(taler);
  };
  for (const t of talere) {
    const k = kanonisk(t);
    if (k) tilfoej(k);
  }
  const foernavne = new Map<string, string>();
  const dubletter = new Set<string>();
  for (const n of navne) {
    const foerste = navneord(n)[0];
    if (!foerste) continue;
    if (foernavne.has(foerste)) dubletter.add(foerste);
    foernavne.set(foerste, n);
  }
  for (const d of dubletter) foernavne.delete(d);
  return { navne, kanonisk, foernavne, ordsaet: navne.map(navneord) };
}

function genitiv(navn: string): string {
  return /[sxz]$/i.test(navn) ? `${navn}'` : `${navn}s`;
}

// ────────────────────────────────────────────────────────────────────────────────────────────── agreements

/** [infinitive, present, imperative] of the verbs that make an agreement */
const VERBER: [string, string, string][] = [
  ["sende", "sender", "send"],
  ["søge", "søger", "søg"],
  ["booke", "booker", "book"],
  ["ringe", "ringer", "ring"],
  ["undersøge", "undersøger", "undersøg"],
  ["tilmelde", "tilmelder", "tilmeld"],
  ["melde", "melder", "meld"],
  ["afmelde", "afmelder", "afmeld"],
  ["opdatere", "opdaterer", "opdater"],
  ["kontakte", "kontakter", "kontakt"],
  ["finde", "finder", "find"],
  ["lave", "laver", ""],
  ["skrive", "skriver", "skriv"],
  ["uploade", "uploader", "upload"],
  ["tage", "tager", "tag"],
  ["tjekke", "tjekker", "tjek"],
  ["snakke", "snakker", "snak"],
  ["tale", "taler", ""],
  ["indkalde", "indkalder", "indkald"],
  ["sætte", "sætter", "sæt"],
  ["give", "giver", "giv"],
  ["hente", "henter", "hent"],
  ["aflevere", "afleverer", "aflever"],
  ["udfylde", "udfylder", "udfyld"],
  ["læse", "læser", "læs"],
  ["deltage", "deltager", "deltag"],
  ["starte", "starter", ""],
  ["komme", "kommer", "kom"],
  ["møde", "møder", "mød"],
  ["mødes", "mødes", ""],
  ["ses", "ses", ""],
  ["holde", "holder", ""],
  ["følge", "følger", "følg"],
  ["vende", "vender", "vend"],
  ["høre", "hører", "hør"],
  ["forberede", "forbereder", "forbered"],
  ["afklare", "afklarer", "afklar"],
  ["besøge", "besøger", "besøg"],
  ["sørge", "sørger", "sørg"],
  ["huske", "husker", "husk"],
  ["kigge", "kigger", "kig"],
  ["oprette", "opretter", "opret"],
  ["bestille", "bestiller", "bestil"],
  ["videresende", "videresender", "videresend"],
  ["gennemgå", "gennemgår", "gennemgå"],
  ["registrere", "registrerer", "registrer"],
  ["tilføje", "tilføjer", "tilføj"],
  ["spørge", "spørger", "spørg"],
  ["reservere", "reserverer", "reserver"],
  ["ansøge", "ansøger", "ansøg"],
  ["maile", "mailer", ""],
  ["skaffe", "skaffer", "skaf"],
  ["lægge", "lægger", "læg"],
  ["indsende", "indsender", "indsend"],
  ["vedhæfte", "vedhæfter", "vedhæft"],
  ["afprøve", "afprøver", "afprøv"],
  ["arrangere", "arrangerer", "arranger"],
  ["planlægge", "planlægger", "planlæg"],
  ["svare", "svarer", ""],
  ["invitere", "inviterer", "inviter"],
  ["gå", "går", "gå"],
  ["få", "får", "få"],
  ["udarbejde", "udarbejder", "udarbejd"],
  ["indhente", "indhenter", "indhent"],
  ["træne", "træner", "træn"],
  ["ordne", "ordner", ""],
  ["aftale", "aftaler", ""],
];
const INFINITIV = new Map(VERBER.map(([inf, nu]) => [inf, nu]));
const NUTID = new Set(VERBER.map(([, nu]) => nu));
const BYDEMAADE = new Map(VERBER.filter(([, , b]) => b).map(([, nu, b]) => [b, nu]));
/** What a caseworker says when taking something on: "jeg sender/undersøger/booker …" is a commitment by itself. */
const FORPLIGTENDE = new Set([
  "sender",
  "undersøger",
  "booker",
  "indkalder",
  "kontakter",
  "tjekker",
  "videresender",
  "bestiller",
  "opretter",
  "reserverer",
  "vender",
  "følger",
  "sørger",
  "afklarer",
  "indhenter",
]);
const MODALER = new Set(["skal", "vil", "kan", "må", "bør", "gider", "kunne", "skulle", "ville"]);
const BETINGET = new Set(["kunne", "skulle", "ville"]);
const NEGATION = new Set(["ikke", "aldrig", "heller", "ingen"]);
const VANE = new Set([
  "tit",
  "ofte",
  "altid",
  "normalt",
  "typisk",
  "plejer",
  "stadig",
  "mest",
  "allerede",
  "jo",
  "sommetider",
  "hver",
]);
const ADVERBIER = new Set([
  "nok",
  "lige",
  "godt",
  "gerne",
  "så",
  "bare",
  "selv",
  "straks",
  "altså",
  "egentlig",
  "først",
  "bagefter",
  "derefter",
  "efterfølgende",
  "senere",
  "hurtigt",
  "selvfølgelig",
  "klart",
  "måske",
  "helst",
  "snart",
  "hellere",
  "da",
  "gerne",
  "også",
  "ellers",
  ...NEGATION,
  ...VANE,
]);
/** Words of a subordinate clause before its subject: "hvis du …", "om vi …" are no commitments. */
const UNDERORDNET = new Set([
  "hvis",
  "når",
  "om",
  "fordi",
  "mens",
  "selvom",
  "at",
  "som",
  "der",
  "hvor",
  "inden",
  "før",
]);
const SPOERGEORD = /^(?:hvornår|hvad|hvor|hvorfor|hvordan|hvem|hvilke|hvilken|hvilket|hvis)$/i;
const FYLD_ORD = new Set([
  "ja",
  "jo",
  "okay",
  "ok",
  "godt",
  "fint",
  "super",
  "og",
  "men",
  "jamen",
  "nå",
  "altså",
  "perfekt",
]);
const FYLD = String.raw`(?:(?:ja|jo|okay|ok|godt|fint|super|så|og|men|jamen|nå|altså|perfekt|fedt|tak)[,.!]?\s+)*`;
const FJERN_EFTER_VERBUM = new Set(["lige", "nok", "bare", "jo", "altså", "gerne", "så", "godt"]);

type Subjekt = { art: "jeg" | "du" | "vi" } | { art: "navn"; navn: string };

interface Fund {
  art: "aftale" | "forslag" | "bekraeft" | "henvisning";
  subjekt: Subjekt;
  /** what, with the speaker's pronouns, deadline taken out */
  hvad: string;
  frist?: FristFund;
}

interface Ramme {
  re: RegExp;
  art: "aftale" | "forslag";
  subjekt: Subjekt;
}

const JEG: Subjekt = { art: "jeg" };
const DU: Subjekt = { art: "du" };
const VI: Subjekt = { art: "vi" };

/** Phrases that frame an agreement or a proposal; what follows (often an "at …" clause) is its content. */
const RAMMER: Ramme[] = [
  { re: new RegExp(`^${FYLD}(?:det\\s+er\\s+)?aftalt\\s*:\\s*`, "iu"), art: "aftale", subjekt: VI },
  {
    re: new RegExp(
      `^${FYLD}(?:aftaler\\s+vi|vi\\s+aftaler|vi\\s+har\\s+aftalt|har\\s+vi\\s+aftalt|det\\s+er\\s+aftalt|aftalen\\s+er|vi\\s+er\\s+enige\\s+om|er\\s+vi\\s+enige\\s+om|vi\\s+har\\s+en\\s+aftale|har\\s+vi\\s+en\\s+aftale)${E}(?:\\s+(?:så|også|lige|altså))?\\s*[,:]?\\s*(?:at${E}\\s*)?`,
      "iu",
    ),
    art: "aftale",
    subjekt: VI,
  },
  {
    re: new RegExp(`^${FYLD}(?:til|inden|før)\\s+næste\\s+(?:gang|samtale|møde)${E}\\s*[,:]?\\s*(?:så\\s+)?`, "iu"),
    art: "aftale",
    subjekt: VI,
  },
  {
    re: new RegExp(
      `^${FYLD}(?:jeg\\s+vil|vil\\s+jeg)\\s+(?:(?:gerne|bare|lige|så)\\s+)*(?:have|bede\\s+dig(?:\\s+om)?)\\s*,?\\s*at${E}\\s*`,
      "iu",
    ),
    art: "aftale",
    subjekt: DU,
  },
  {
    re: new RegExp(`^${FYLD}(?:jeg\\s+beder\\s+dig(?:\\s+om)?|du\\s+bedes)\\s*,?\\s*(?:at${E}\\s*)?`, "iu"),
    art: "aftale",
    subjekt: DU,
  },
  {
    re: new RegExp(`^${FYLD}(?:skal\\s+vi\\s+(?:ikke\\s+)?sige)\\s*,?\\s*(?:at${E}\\s*)?`, "iu"),
    art: "forslag",
    subjekt: VI,
  },
  {
    re: new RegExp(
      `^${FYLD}(?:hvad\\s+med|hvad\\s+siger\\s+du\\s+til|kunne\\s+du\\s+tænke\\s+dig|har\\s+du\\s+lyst\\s+til|jeg\\s+foreslår|jeg\\s+vil\\s+foreslå|mit\\s+forslag\\s+er)\\s*,?\\s*(?:at${E}\\s*)?`,
      "iu",
    ),
    art: "forslag",
    subjekt: DU,
  },
];
/** A word every frame has, to skip them quickly. */
const RAMME_ORD = /aftal|næste|vil|bede|sige|hvad|kunne|lyst|foreslå|forslag/i;
/** "Det gør jeg (inden fredag)", "Den sender jeg i dag": refers back to what was just proposed or agreed. */
const HENVISNING = new RegExp(
  `^${FYLD}(?:det|den|dem)\\s+(?:gør|skal|sender|ordner|klarer|tager|finder|undersøger|booker|tjekker|husker|når)\\s+(?:nok\\s+|lige\\s+|gerne\\s+)?(jeg|vi|du)${E}`,
  "iu",
);
const INDHOLDSLOES = /^(?:(?:det|her|så|sådan|også|bare|lige|da|nu)\s*)*[.!?…,]*\s*$/i;
const IMPERATIV_FOELGER = new Set([
  "mig",
  "dig",
  "os",
  "det",
  "den",
  "dem",
  "lige",
  "en",
  "et",
  "dit",
  "din",
  "dine",
  "til",
  "på",
  "ind",
  "op",
  "efter",
  "at",
  "ud",
  "gerne",
  "nu",
]);

interface Kontekst {
  moede: number;
  kort: Deltagerkort;
}

function subjektAf(o: Ord, kontekst: Kontekst): Subjekt | undefined {
  if (o.lav === "jeg") return JEG;
  if (o.lav === "du") return DU;
  if (o.lav === "vi") return VI;
  if (/^\p{Lu}/u.test(o.tekst)) {
    const navn = kontekst.kort.foernavne.get(o.lav);
    if (navn) return { art: "navn", navn };
  }
  return undefined;
}

interface Kerne {
  subjekt: Subjekt;
  subjektIdx: number;
  verbumIdx: number;
  modal?: string;
  /** where the content starts (after the verb, or after an inverted subject) */
  indholdFra: number;
  neg: boolean;
  vane: boolean;
  nok: boolean;
  gerne: boolean;
  godt: boolean;
  spoergsmaal: boolean;
  bydemaade: boolean;
  /** "sender", "undersøger", "booker" …: a commitment when the speaker says it of themselves */
  forpligtende: boolean;
}

function erForpligtende(verbum: string): boolean {
  return FORPLIGTENDE.has(INFINITIV.get(verbum) ?? verbum);
}

function springOver(o: Ord[], j: number, kerne: Pick<Kerne, "neg" | "vane" | "nok" | "gerne" | "godt">): number {
  while (j < o.length && ADVERBIER.has(o[j]!.lav)) {
    const lav = o[j]!.lav;
    if (NEGATION.has(lav)) kerne.neg = true;
    if (VANE.has(lav)) kerne.vane = true;
    if (lav === "nok") kerne.nok = true;
    if (lav === "gerne") kerne.gerne = true;
    if (lav === "godt") kerne.godt = true;
    j++;
  }
  return j;
}

/** Every subject–verb pair of a clause, straight ("jeg sender") or inverted ("så sender jeg", "kan du sende"). */
function* kerner(tekst: string, o: Ord[], kontekst: Kontekst): Generator<Kerne> {
  const foersteIndhold = o.findIndex((x) => !FYLD_ORD.has(x.lav));
  const spoergende = /\?\s*$/.test(tekst);
  for (let k = 0; k < o.length; k++) {
    const subjekt = subjektAf(o[k]!, kontekst);
    if (!subjekt) continue;
    if (k > 0 && UNDERORDNET.has(o[k - 1]!.lav)) continue;
    const flag = { neg: false, vane: false, nok: false, gerne: false, godt: false };
    // straight: subject, adverbs, (modal, adverbs), verb
    let j = springOver(o, k + 1, flag);
    let modal: string | undefined;
    if (j < o.length && MODALER.has(o[j]!.lav)) {
      modal = o[j]!.lav;
      j = springOver(o, j + 1, flag);
    }
    const v = o[j];
    if (v && (modal ? INFINITIV.has(v.lav) : NUTID.has(v.lav))) {
      yield {
        subjekt,
        subjektIdx: k,
        verbumIdx: j,
        ...(modal ? { modal } : {}),
        indholdFra: v.til,
        ...flag,
        spoergsmaal: spoergende && !SPOERGEORD.test(o[foersteIndhold]?.lav ?? ""),
        bydemaade: false,
        forpligtende: erForpligtende(v.lav),
      };
      continue;
    }
    // inverted: verb or modal just before the subject
    const f = o[k - 1];
    if (!f) continue;
    const omvendtFlag = { neg: false, vane: false, nok: false, gerne: false, godt: false };
    const efter = springOver(o, k + 1, omvendtFlag);
    const v1 = k - 1 === foersteIndhold;
    const spoergsmaal = v1 || (spoergende && !SPOERGEORD.test(o[foersteIndhold]?.lav ?? ""));
    if (MODALER.has(f.lav)) {
      const hv = o[efter];
      if (hv && INFINITIV.has(hv.lav))
        yield {
          subjekt,
          subjektIdx: k,
          verbumIdx: efter,
          modal: f.lav,
          indholdFra: hv.til,
          ...omvendtFlag,
          spoergsmaal,
          bydemaade: false,
          forpligtende: erForpligtende(hv.lav),
        };
    } else if (NUTID.has(f.lav)) {
      let indhold = k + 1;
      while (indhold < o.length && FJERN_EFTER_VERBUM.has(o[indhold]!.lav)) indhold++;
      yield {
        subjekt,
        subjektIdx: k,
        verbumIdx: k - 1,
        indholdFra: indhold < o.length ? o[indhold]!.fra : o[k]!.til,
        ...omvendtFlag,
        spoergsmaal,
        bydemaade: false,
        forpligtende: erForpligtende(f.lav),
      };
    }
  }
  // imperative at the start: "Send mig dit CV inden fredag", "Husk at registrere ferien"
  let s = 0;
  while (s < o.length && (FYLD_ORD.has(o[s]!.lav) || o[s]!.lav === "så" || o[s]!.lav === "bare")) s++;
  const imp = o[s];
  const naeste = o[s + 1];
  if (imp && naeste && BYDEMAADE.has(imp.lav) && IMPERATIV_FOELGER.has(naeste.lav)) {
    const flag = { neg: false, vane: false, nok: false, gerne: false, godt: false };
    springOver(o, s + 1, flag);
    yield {
      subjekt: DU,
      subjektIdx: -1,
      verbumIdx: s,
      indholdFra: imp.til,
      ...flag,
      spoergsmaal: false,
      bydemaade: true,
      forpligtende: false,
    };
  }
}

/** The verb in the present tense, then the rest of the clause without the deadline, tidied. */
function hvadTekst(tekst: string, o: Ord[], kerne: Kerne, frist: FristFund | undefined): string {
  const v = o[kerne.verbumIdx]!;
  const verbum = INFINITIV.get(v.lav) ?? BYDEMAADE.get(v.lav) ?? v.lav;
  return rensHvad(`${verbum} ${udenFrist(tekst, kerne.indholdFra, frist)}`);
}

function udenFrist(tekst: string, fra: number, frist: FristFund | undefined): string {
  if (frist && frist.fra >= fra) return `${tekst.slice(fra, frist.fra)} ${tekst.slice(frist.til)}`;
  if (frist && frist.til > fra) return tekst.slice(frist.til);
  return tekst.slice(fra);
}

function rensHvad(s: string): string {
  // an agreement is a sentence, not a speech: look at the first 60 words at most
  let h = normaliserMellemrum(s.length > 600 ? s.slice(0, 600) : s)
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/,(?:\s*,)+/g, ",");
  const ord = h.split(" ");
  // "sender lige dit CV" → "sender dit CV"
  let i = 1;
  while (i < ord.length && FJERN_EFTER_VERBUM.has(ord[i]!.toLowerCase())) i++;
  h = [ord[0], ...ord.slice(i)].join(" ").replace(/ (?:lige|i øvrigt)(?= )/gi, "");
  for (let n = 0; n < 3; n++) {
    h = h
      .replace(/[\s,;:–—-]*(?:ikke\s+også|ikke|okay|ok|ja|vel|så|også\s+lige)?\s*[?.!…]*\s*$/i, "")
      .replace(/[\s,;:–—-]+$/, "");
  }
  const dele = h.split(" ");
  return dele.length > 30 ? `${dele.slice(0, 30).join(" ")} …` : h;
}

/** An agreement, a proposal or a confirmation in one clause. */
function analyserKlausul(
  tekst: string,
  kontekst: Kontekst,
  tvang?: { art: "aftale" | "forslag"; subjekt: Subjekt },
): Fund | undefined {
  const ren = tekst.trim();
  if (!ren) return undefined;
  for (const ramme of RAMME_ORD.test(ren) ? RAMMER : []) {
    const m = ramme.re.exec(ren);
    if (!m || m[0].length === 0) continue;
    const rest = ren.slice(m[0].length);
    if (INDHOLDSLOES.test(rest)) {
      if (tvang) break;
      return ramme.art === "aftale" ? { art: "bekraeft", subjekt: VI, hvad: "" } : undefined;
    }
    // a frame inside a frame ("Til næste gang vil jeg gerne have, at du …") says more than the outer one
    const art = tvang?.art === "forslag" || ramme.art === "forslag" ? "forslag" : "aftale";
    const indre = analyserKlausul(rest, kontekst, { art: tvang ? art : ramme.art, subjekt: ramme.subjekt });
    if (indre && !indre.frist) {
      const frist = findFrist(ren, kontekst.moede);
      if (frist) indre.frist = frist;
    }
    return indre;
  }
  if (!tvang) {
    const h = HENVISNING.exec(ren);
    if (h) {
      const frist = findFrist(ren, kontekst.moede);
      const subjekt = h[1]!.toLowerCase() === "jeg" ? JEG : h[1]!.toLowerCase() === "du" ? DU : VI;
      return { art: "henvisning", subjekt, hvad: "", ...(frist ? { frist } : {}) };
    }
  }
  const o = ordI(ren);
  let fristSoegt = false;
  let fristFund: FristFund | undefined;
  const fristI = () => {
    if (!fristSoegt) fristFund = findFrist(ren, kontekst.moede);
    fristSoegt = true;
    return fristFund;
  };
  for (const kerne of kerner(ren, o, kontekst)) {
    const frist = fristI();
    // "Vi skal snakke om … i dag" is the agenda of this meeting, not an agreement
    const fremtidig = frist !== undefined && frist.dato !== isoFraDag(kontekst.moede);
    const art = tvang ? tvang.art : vurder(kerne, frist !== undefined, fremtidig);
    if (!art) continue;
    // "Jeg sender dig ikke noget"
    if (!tvang && o.slice(kerne.verbumIdx + 1, kerne.verbumIdx + 4).some((x) => NEGATION.has(x.lav))) continue;
    let hvad: string;
    if (tvang && kerne.neg && kerne.subjektIdx >= 0)
      hvad = rensHvad(udenFrist(ren, o[kerne.subjektIdx]!.til, frist)); // keep the "ikke"
    else hvad = hvadTekst(ren, o, kerne, frist);
    if (!hvad) continue;
    return { art, subjekt: kerne.subjekt, hvad, ...(frist ? { frist } : {}) };
  }
  if (tvang) {
    const frist = fristI();
    // The frame's content has no verb we know ("at du har søgt fem stillinger"): take it as it stands.
    let subjekt = tvang.subjekt;
    let hvad: string;
    const k = o.slice(0, 3).findIndex((x) => subjektAf(x, kontekst) !== undefined);
    if (k >= 0) {
      // "du har søgt …", "skal du have talt med din læge" → "skal have talt med sin læge"
      subjekt = subjektAf(o[k]!, kontekst)!;
      const foer = o
        .slice(0, k)
        .filter((x) => !FYLD_ORD.has(x.lav) && x.lav !== "så")
        .map((x) => x.tekst)
        .join(" ");
      hvad = rensHvad(`${foer} ${udenFrist(ren, o[k]!.til, frist)}`);
    } else hvad = rensHvad(udenFrist(ren, 0, frist));
    const foersteOrd = hvad.split(" ")[0]?.toLowerCase() ?? "";
    const nutid = INFINITIV.get(foersteOrd);
    if (nutid) hvad = `${nutid}${hvad.slice(foersteOrd.length)}`;
    if (!hvad) return undefined;
    return { art: tvang.art, subjekt, hvad, ...(frist ? { frist } : {}) };
  }
  return undefined;
}

/** Is a subject–verb pair a commitment, a proposal awaiting an answer, or neither? */
function vurder(k: Kerne, harFrist: boolean, fremtidigFrist: boolean): "aftale" | "forslag" | undefined {
  if (k.neg) return undefined;
  const v = k.modal;
  if (k.bydemaade) return harFrist ? "aftale" : "forslag";
  if (k.spoergsmaal) return "forslag";
  if (v && BETINGET.has(v)) return undefined;
  switch (k.subjekt.art) {
    case "jeg": {
      if (k.vane) return undefined;
      const tilsagn = v === undefined || v === "skal" || (v === "vil" && !k.gerne) || (v === "kan" && k.godt);
      if (tilsagn && k.forpligtende) return "aftale";
      if (v === "skal" && k.nok) return "aftale";
      if (v === "vil" && !k.gerne) return "aftale";
      if (harFrist && (v === undefined || v === "skal" || v === "vil")) return "aftale";
      if (harFrist && v === "kan") return "forslag";
      return undefined;
    }
    case "du":
    case "navn":
      if (v === "skal") return "aftale";
      if (harFrist && !k.vane) return "aftale";
      return undefined;
    case "vi":
      if (fremtidigFrist && !k.vane) return "aftale";
      return undefined;
  }
}

const KLAUSULGRAENSE = /,\s*(?:og|men|eller)\s+|\s+og\s+så\s+|\s+og\s+(?=(?:jeg|du|vi)\s)|;\s*|\s+[–—]\s+/giu;
const BEKRAEFTELSE = new RegExp(
  `^(?:ja|jep|jo|yes|okay|ok|fint|godt|super|klart|selvfølgelig|gerne|helt\\s+sikkert|absolut|perfekt|fedt|aftale|det\\s+er\\s+en\\s+aftale|det\\s+gør\\s+(?:jeg|vi)|det\\s+kan\\s+jeg(?:\\s+godt)?|det\\s+skal\\s+jeg\\s+nok|det\\s+vil\\s+jeg(?:\\s+(?:rigtig\\s+)?gerne)?|det\\s+er\\s+fint|det\\s+lyder\\s+(?:rigtig\\s+)?(?:godt|fint)|det\\s+passer(?:\\s+mig)?(?:\\s+fint)?|lad\\s+os\\s+(?:det|gøre\\s+det)|det\\s+er\\s+i\\s+orden|i\\s+orden|tak,?\\s+gerne|(?:det\\s+(?:er|lyder\\s+som)\\s+en\\s+)?god\\s+idé)${E}`,
  "iu",
);
const IKKE_NEGATION = /ikke\s+(?:noget|et)\s+problem|intet\s+problem|ingen\s+problem(?:er)?|hvorfor\s+ikke/giu;
const NEGATIV = new RegExp(`${B}(?:ikke|nej|men)${E}`, "iu");
const EGEN_BEKRAEFTELSE = new RegExp(`${B}det\\s+(?:gør|kan|skal|klarer|ordner|sender|finder)\\s+jeg${E}`, "iu");
const AFVISNING = new RegExp(
  `^(?:nej|desværre|det\\s+kan\\s+jeg\\s+ikke|det\\s+vil\\s+jeg\\s+(?:helst\\s+)?ikke|det\\s+tror\\s+jeg\\s+ikke|det\\s+har\\s+jeg\\s+ikke|det\\s+går\\s+ikke)${E}`,
  "iu",
);

interface Linjeanalyse {
  fund: Fund[];
  /** the line answers yes; "egen": the speaker takes it on ("det gør jeg") */
  bekraeftelse?: "alle" | "egen";
  afvisning: boolean;
  foersteSaetning: string;
}

function analyserLinje(tekst: string, kontekst: Kontekst): Linjeanalyse {
  const fund: Fund[] = [];
  const dele = saetninger(tekst);
  for (const s of dele) {
    // Split at ", og", ", men", " og så", ";": a piece that holds nothing by itself stays with the one before.
    const stykker: { fra: number; til: number }[] = [];
    let fra = 0;
    for (const m of s.tekst.matchAll(KLAUSULGRAENSE)) {
      stykker.push({ fra, til: m.index });
      fra = m.index + m[0].length;
    }
    stykker.push({ fra, til: s.tekst.length });
    const klausuler: { fra: number; til: number; fund?: Fund }[] = [];
    for (const st of stykker) {
      const eget = analyserKlausul(s.tekst.slice(st.fra, st.til), kontekst);
      const forrige = klausuler.at(-1);
      if (!eget && forrige && st.til - forrige.fra <= 1000) {
        forrige.til = st.til;
        const samlet = analyserKlausul(s.tekst.slice(forrige.fra, forrige.til), kontekst);
        if (samlet) forrige.fund = samlet;
        else delete forrige.fund;
      } else klausuler.push({ ...st, ...(eget ? { fund: eget } : {}) });
    }
    for (const k of klausuler) if (k.fund) fund.push(k.fund);
  }
  const foerste = (dele[0]?.tekst ?? "").trim();
  const udenOmvendt = foerste.replace(IKKE_NEGATION, "");
  let bekraeftelse: Linjeanalyse["bekraeftelse"];
  if (BEKRAEFTELSE.test(foerste) && !NEGATIV.test(udenOmvendt))
    bekraeftelse = EGEN_BEKRAEFTELSE.test(foerste) ? "egen" : "alle";
  return {
    fund,
    ...(bekraeftelse ? { bekraeftelse } : {}),
    afvisning: AFVISNING.test(foerste),
    foersteSaetning: foerste,
  };
}

interface Kladde {
  art: "aftale" | "forslag";
  subjekt: Subjekt;
  hvad: string;
  frist?: FristFund;
  /** index of the line it was said in */
  oprindelse: number;
  /** index of the last line that confirmed or added to it */
  sidste: number;
  idxer: Set<number>;
  taler?: string;
  adressat?: string;
  /** rewrite the pronouns as if this were the subject (a whole line taken over by "så aftaler vi det") */
  omskrivSom?: Subjekt;
}

function ansvarlige(k: Pick<Kladde, "subjekt" | "taler" | "adressat">): string[] {
  const s = k.subjekt;
  const ud =
    s.art === "navn" ? [s.navn] : s.art === "jeg" ? [k.taler] : s.art === "du" ? [k.adressat] : [k.taler, k.adressat];
  return [...new Set(ud.filter((n): n is string => n !== undefined))];
}

/** "jeg sender dig dit CV" as the speaker means it, in the third person: "sender Mette Jensen sit CV". */
function omskriv(hvad: string, k: Pick<Kladde, "subjekt" | "taler" | "adressat" | "omskrivSom">): string {
  const s = k.omskrivSom ?? k.subjekt;
  const p = k.taler;
  const q = k.adressat;
  const erJeg = s.art === "jeg" || (s.art === "navn" && s.navn === p);
  const erDu = s.art === "du" || (s.art === "navn" && s.navn === q);
  const tabel: Record<string, string | undefined> = {};
  if (erJeg) Object.assign(tabel, { mig: "sig", min: "sin", mit: "sit", mine: "sine" });
  else if (p) Object.assign(tabel, { mig: p, min: genitiv(p), mit: genitiv(p), mine: genitiv(p) });
  if (erDu) Object.assign(tabel, { dig: "sig", din: "sin", dit: "sit", dine: "sine" });
  else if (q) Object.assign(tabel, { dig: q, din: genitiv(q), dit: genitiv(q), dine: genitiv(q) });
  if (p) tabel.jeg = p;
  if (q) tabel.du = q;
  return hvad.replace(
    new RegExp(`${B}(jeg|mig|min|mit|mine|du|dig|din|dit|dine)${E}`, "giu"),
    (ord: string) => tabel[ord.toLowerCase()] ?? ord,
  );
}

/**
 * The agreements of a conversation. A clear commitment is an agreement at once; a proposal ("Kan du …?",
 * "Skal jeg …?", "Kunne du tænke dig at …", "Send mig …") becomes one when the other answers yes within three lines;
 * "så aftaler vi det" confirms what was just said; "Det gør jeg inden fredag" adds a deadline to it.
 */
function findAftaler(
  linjer: readonly Linje[],
  kontekst: Kontekst,
  talere: readonly (string | undefined)[],
  adressater: readonly (string | undefined)[],
): Aftale[] {
  const aftaler: Kladde[] = [];
  let ventende: Kladde[] = [];
  /** agreements and proposals touched in the last three lines: all that a line can refer back to */
  let nylige: Kladde[] = [];
  const involverer = (k: Kladde, navn: string | undefined) =>
    k.subjekt.art === "vi" || (navn !== undefined && ansvarlige(k).includes(navn));
  const bekraeft = (k: Kladde, i: number) => {
    k.idxer.add(i);
    k.sidste = i;
    if (k.art === "forslag") {
      k.art = "aftale";
      aftaler.push(k);
      ventende = ventende.filter((v) => v !== k);
    }
  };

  for (let i = 0; i < linjer.length; i++) {
    const linje = linjer[i]!;
    const taler = talere[i];
    const analyse = analyserLinje(linje.tekst, kontekst);
    ventende = ventende.filter((v) => i - v.oprindelse <= 3);
    nylige = nylige.filter((k) => i - k.sidste <= 3 && (k.art === "aftale" || ventende.includes(k)));
    const markoer = analyse.fund.some((f) => f.art === "bekraeft");
    const henvisning = analyse.fund.find((f) => f.art === "henvisning");

    if (markoer) {
      // "Så aftaler vi det": whatever was proposed or agreed in the last three lines, by anyone
      const maal = [...nylige];
      for (const k of maal) bekraeft(k, i);
      const forrige = linjer[i - 1];
      if (maal.length === 0 && forrige && rensHvad(forrige.tekst).split(" ").length >= 3) {
        const frist = findFrist(forrige.tekst, kontekst.moede);
        const k: Kladde = {
          art: "aftale",
          subjekt: VI,
          omskrivSom: JEG,
          hvad: rensHvad(forrige.tekst),
          ...(frist ? { frist } : {}),
          oprindelse: i - 1,
          sidste: i,
          idxer: new Set([i - 1, i]),
          ...(talere[i - 1] ? { taler: talere[i - 1] } : {}),
          ...(adressater[i - 1] ? { adressat: adressater[i - 1] } : {}),
        };
        aftaler.push(k);
        nylige.push(k);
      }
    } else if (analyse.bekraeftelse || henvisning) {
      const maal: Kladde[] = [];
      if (analyse.bekraeftelse) {
        // the other speaker's turn just before this line
        const tur = new Set<number>();
        for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
          if (taler !== undefined && talere[j] === taler) break;
          tur.add(j);
        }
        let kandidater = nylige.filter((k) => tur.has(k.oprindelse));
        if (analyse.bekraeftelse === "egen") {
          const egne = kandidater.filter((k) => involverer(k, taler));
          if (egne.length > 0) kandidater = egne;
        }
        maal.push(...kandidater);
      }
      if (henvisning) {
        const seneste = nylige.filter((k) => involverer(k, taler)).sort((a, b) => b.sidste - a.sidste)[0];
        if (seneste && !maal.includes(seneste)) maal.push(seneste);
      }
      for (const k of maal) bekraeft(k, i);
      const frist =
        henvisning?.frist ?? (analyse.bekraeftelse ? findFrist(analyse.foersteSaetning, kontekst.moede) : undefined);
      if (frist) {
        const uden = maal.filter((k) => !k.frist);
        const til = uden.find((k) => involverer(k, taler)) ?? uden[0];
        if (til) til.frist = frist;
      }
    } else if (analyse.afvisning) {
      ventende = ventende.filter((v) => v.taler === taler);
    }

    for (const f of analyse.fund) {
      if (f.art !== "aftale" && f.art !== "forslag") continue;
      const k: Kladde = {
        art: f.art,
        subjekt: f.subjekt,
        hvad: f.hvad,
        ...(f.frist ? { frist: f.frist } : {}),
        oprindelse: i,
        sidste: i,
        idxer: new Set([i]),
        ...(taler ? { taler } : {}),
        ...(adressater[i] ? { adressat: adressater[i] } : {}),
      };
      if (k.art === "aftale") aftaler.push(k);
      else ventende.push(k);
      nylige.push(k);
    }
  }

  // The same agreement said twice in a row is one agreement.
  const faerdige: { kladde: Kladde; hvem: string[]; hvad: string }[] = [];
  const senest = new Map<string, { kladde: Kladde; hvem: string[]; hvad: string }>();
  for (const k of [...aftaler].sort((a, b) => a.oprindelse - b.oprindelse)) {
    const hvem = ansvarlige(k);
    const hvad = omskriv(k.hvad, k);
    const noegle = `${hvem.join("|")}|${hvad.toLowerCase()}`;
    const ens = senest.get(noegle);
    if (ens && k.oprindelse - ens.kladde.oprindelse <= 3) {
      for (const i of k.idxer) ens.kladde.idxer.add(i);
      if (!ens.kladde.frist && k.frist) ens.kladde.frist = k.frist;
      continue;
    }
    const f = { kladde: k, hvem, hvad };
    faerdige.push(f);
    senest.set(noegle, f);
  }
  return faerdige.map(({ kladde, hvem, hvad }, n) => ({
    id: `A${n + 1}`,
    hvem: hvem.length > 0 ? hvem.join(" og ") : "Ikke angivet",
    ansvarlige: hvem,
    hvad,
    ...(kladde.frist?.dato ? { frist: kladde.frist.dato } : {}),
    ...(kladde.frist ? { fristTekst: kladde.frist.tekst } : {}),
    ...(kladde.frist?.usikker ? { fristUsikker: true } : {}),
    linjer: [...kladde.idxer].sort((a, b) => a - b).map((i) => linjer[i]!.nr),
  }));
}

// ────────────────────────────────────────────────────────────────────────────────────────────── topics

const EMNER: { noegle: EmneNoegle; emne: string; ord: string[] }[] = [
  {
    noegle: "jobsoegning",
    emne: "Jobsøgning",
    ord: [
      "job(?!cent|konsulent|plan|net)\\p{L}*",
      "stilling\\p{L}*",
      "ansøg\\p{L}*",
      "søg(?:e|er|t|te|ning|ningen|ninger)?",
      "opslag\\p{L}*",
      "arbejdsgiver\\p{L}*",
      "ansættelse\\p{L}*",
      "ansat",
      "uopfordre\\p{L}*",
      "vikar\\p{L}*",
      "rekrutter\\p{L}*",
      "interview\\p{L}*",
      "fuldtid\\p{L}*",
      "deltid\\p{L}*",
      "afslag\\p{L}*",
      "arbejde(?:t)?",
      "lager(?:job|arbejde|medarbejder)\\p{L}*",
    ],
  },
  {
    noegle: "cv",
    emne: "CV",
    ord: ["cv\\p{L}*", "curriculum", "kompetence\\p{L}*", "reference\\p{L}*", "anbefaling\\p{L}*", "profil(?:en)?"],
  },
  {
    noegle: "helbred",
    emne: "Helbred",
    ord: [
      "syg(?!edagpenge)\\p{L}*",
      "læge\\p{L}*",
      "helbred\\p{L}*",
      "smert\\p{L}*",
      "ondt",
      "ryg(?:gen|smerter)?",
      "depress\\p{L}*",
      "stress\\p{L}*",
      "angst\\p{L}*",
      "psykolog\\p{L}*",
      "psykiat\\p{L}*",
      "medicin\\p{L}*",
      "behandling\\p{L}*",
      "kemo\\p{L}*",
      "operation\\p{L}*",
      "opereret",
      "hospital\\p{L}*",
      "sygehus\\p{L}*",
      "indlagt",
      "kræft\\p{L}*",
      "skånehensyn\\p{L}*",
      "fysioterap\\p{L}*",
      "genoptræn\\p{L}*",
      "søvn\\p{L}*",
    ],
  },
  {
    noegle: "uddannelse",
    emne: "Uddannelse og kurser",
    ord: [
      "uddann\\p{L}*",
      "efteruddann\\p{L}*",
      "kursus\\p{L}*",
      "kurser\\p{L}*",
      "kurset",
      "amu\\p{L}*",
      "certifikat\\p{L}*",
      "truck\\p{L}*",
      "opkvalific\\p{L}*",
      "vuc",
      "fvu",
      "ordblind\\p{L}*",
      "læreplads\\p{L}*",
      "lærling\\p{L}*",
      "voksenlærling\\p{L}*",
      "skole\\p{L}*",
    ],
  },
  {
    noegle: "praktik",
    emne: "Praktik og løntilskud",
    ord: [
      "praktik\\p{L}*",
      "virksomhedspraktik\\p{L}*",
      "løntilskud\\p{L}*",
      "nyttejob\\p{L}*",
      "mentor\\p{L}*",
      "arbejdsprøvning\\p{L}*",
      "forsamtale\\p{L}*",
    ],
  },
  {
    noegle: "oekonomi",
    emne: "Økonomi og ydelse",
    ord: [
      "dagpenge\\p{L}*",
      "sygedagpenge\\p{L}*",
      "kontanthjælp\\p{L}*",
      "uddannelseshjælp\\p{L}*",
      "ydelse\\p{L}*",
      "a-kasse\\p{L}*",
      "akasse\\p{L}*",
      "udbetal\\p{L}*",
      "økonomi\\p{L}*",
      "penge",
      "pengene",
      "husleje\\p{L}*",
      "regning\\p{L}*",
      "gæld\\p{L}*",
      "sanktion\\p{L}*",
      "boligstøtte\\p{L}*",
      "feriepenge\\p{L}*",
      "supplerende",
      "budget\\p{L}*",
      "lønseddel\\p{L}*",
      "lønsedler\\p{L}*",
    ],
  },
  {
    noegle: "raadighed",
    emne: "Rådighed",
    ord: [
      "rådighed\\p{L}*",
      "ferie(?!penge)\\p{L}*",
      "afmeld\\p{L}*",
      "mødepligt\\p{L}*",
      "udebl\\p{L}*",
      "udland\\p{L}*",
      "pasning\\p{L}*",
      "børnepasning\\p{L}*",
      "dagpleje\\p{L}*",
      "fravær\\p{L}*",
      "arbejdstid\\p{L}*",
      "tilgængelig\\p{L}*",
      "fleksib\\p{L}*",
    ],
  },
];
/** A word's topic: group n+1 is topic n. */
const EMNE_ORD_RE = new RegExp(`^(?:${EMNER.map((e) => `(${e.ord.join("|")})`).join("|")})$`, "iu");
const emneCache = new Map<string, number>();
function ordetsEmne(ord: string): number {
  let e = emneCache.get(ord);
  if (e === undefined) {
    const m = EMNE_ORD_RE.exec(ord);
    e = m ? m.findIndex((g, i) => i > 0 && g !== undefined) - 1 : -1;
    if (emneCache.size < 50_000) emneCache.set(ord, e);
  }
  return e;
}
const ANDET = { noegle: "andet" as const, emne: "Andet" };

function traef(tekst: string): number[] {
  const antal = EMNER.map(() => 0);
  for (const ord of tekst.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (ord.length < 2) continue;
    const e = ordetsEmne(ord);
    if (e >= 0) antal[e]!++;
  }
  return antal;
}

function forkort(tekst: string, maksOrd: number): string {
  const ord = normaliserMellemrum(tekst).split(" ");
  if (ord.length <= maksOrd) return ord.join(" ");
  const kort = ord.slice(0, maksOrd).join(" ");
  const komma = kort.lastIndexOf(",");
  const ved = komma > kort.length * 0.5 ? kort.slice(0, komma) : kort;
  return `${ved.replace(/[\s,;:–—-]+$/, "")} …`;
}

/** Group the lines into topics by their words; each topic's summary is the best 1–3 of its own sentences. */
function findDroeftelser(linjer: readonly Linje[], talere: readonly (string | undefined)[]): Droeftelse[] {
  const emneAf: number[] = [];
  const hits: number[][] = [];
  let sidsteEmne = -1;
  let sidsteMedTraef = -10;
  for (let i = 0; i < linjer.length; i++) {
    const t = traef(linjer[i]!.tekst);
    hits.push(t);
    const maks = Math.max(...t);
    if (maks > 0) {
      sidsteEmne = t.indexOf(maks);
      sidsteMedTraef = i;
      emneAf.push(sidsteEmne);
    } else emneAf.push(i - sidsteMedTraef <= 2 && sidsteEmne >= 0 ? sidsteEmne : EMNER.length);
  }
  const raekkefoelge: number[] = [];
  for (const e of emneAf) if (!raekkefoelge.includes(e)) raekkefoelge.push(e);

  const ud: Droeftelse[] = [];
  for (const e of raekkefoelge) {
    const idx = emneAf.map((x, i) => (x === e ? i : -1)).filter((i) => i >= 0);
    const andet = e === EMNER.length;
    const kandidater: { i: number; n: number; tekst: string; score: number }[] = [];
    let n = 0;
    for (const i of idx) {
      for (const s of saetninger(linjer[i]!.tekst)) {
        const tekst = s.tekst.trim();
        const antalOrd = tekst.split(/\s+/).length;
        const spoergsmaal = /\?\s*$/.test(tekst);
        if (andet && (antalOrd < 8 || spoergsmaal)) continue;
        const h = andet ? 0 : (traef(tekst)[e] ?? 0);
        const score = h * 3 + Math.min(antalOrd, 20) / 10 - (spoergsmaal ? 2 : 0) - (antalOrd < 5 ? 5 : 0);
        kandidater.push({ i, n: n++, tekst, score });
      }
    }
    if (andet && (kandidater.length < 2 || idx.length < 2)) continue;
    if (kandidater.length === 0) continue;
    const antal = idx.length < 3 ? 1 : idx.length < 8 ? 2 : 3;
    const valgte = [...kandidater]
      .sort((a, b) => b.score - a.score || a.n - b.n)
      .slice(0, antal)
      .sort((a, b) => a.n - b.n);
    const resume = valgte
      .map((v) => {
        const citat = `»${forkort(v.tekst, 30)}«`;
        const taler = talere[v.i];
        return taler ? `${taler}: ${citat}` : citat;
      })
      .join(" ");
    const emne = andet ? ANDET : EMNER[e]!;
    ud.push({ emne: emne.emne, noegle: emne.noegle, resume, linjer: idx.map((i) => linjer[i]!.nr) });
  }
  return ud;
}

// ────────────────────────────────────────────────────────────────────────────────────────────── third parties

/** Common first names in Denmark (Danmarks Statistik's most frequent, and frequent names of newer Danes). */
const FOERNAVNE = new Set(
  (
    "peter jens lars michael henrik thomas søren jan niels anders christian martin morten jesper mads rasmus hans per " +
    "jørgen ole kim erik klaus claus poul steen frederik mikkel jakob jacob kasper torben kristian allan brian carsten " +
    "bo flemming john kenneth jonas nikolaj nicolai daniel kent preben bjarne tommy simon mathias lasse emil oliver " +
    "william noah lucas victor magnus alexander sebastian oscar carl karl alfred valdemar anton malthe august elias " +
    "arthur aksel benjamin tobias philip johan jonathan andreas patrick rené dennis bent finn knud leif svend arne kurt " +
    "villy helge erling benny jimmi jimmy ulrik troels rune sune esben stig tage gert kaj ib aage lauge bjørn henning " +
    "vagn egon holger ebbe frank heino jørn keld kjeld mogens palle tonny uffe verner dan ivan jonny marc mark max " +
    "mikael nick ronni ronnie sten tim tom asger bertram christoffer kristoffer hans-henrik jan-erik " +
    "anne kirsten mette hanne anna helle susanne lene maria marianne lone camilla pia louise charlotte inge bente tina " +
    "gitte karen jette birgitte ida julie sofie emma ella alma freja clara laura karla josefine olivia agnes ellen " +
    "nora lærke isabella mathilde caroline cecilie sara sarah nanna line maja malene mia signe stine trine rikke dorte " +
    "dorthe heidi janne jane jannie karina katrine kristina christina lisbeth merete ulla vibeke winnie yvonne annette " +
    "britt birthe bodil connie else elsebeth grethe gerda hanna inger jytte kamilla lis lise lotte marie mona nina " +
    "randi ruth solveig tove tanja sanne pernille mai maj mille amalie victoria frida esther astrid asta sofia lea " +
    "liva luna eva ea rosa tilde vilma hannah natasja sandra marlene lina bettina jeanette ditte lykke karin birgit " +
    "gudrun kirstine henriette ane ann annie benedikte dagmar eja elisabeth ellinor ingrid irene ingelise margit " +
    "margrethe anne-marie " +
    "mohammad mohammed muhammad ahmad ahmed ali hassan hussein omar mustafa ibrahim yusuf youssef mahmoud khalid karim " +
    "abdi abdullah fatima aisha amina maryam mariam zainab layla leila sana nour noor yasmin hiba elif emine zeynep " +
    "ayse mehmet murat emre tarik piotr katarzyna agnieszka tomasz krzysztof andrzej marek ewa olga irina natalia " +
    "dmitri sergej"
  ).split(" "),
);
/** First names that are also Danish words, and so are names only away from the start of a sentence. */
const TVETYDIGE_NAVNE = new Set([
  "bo",
  "per",
  "kim",
  "tage",
  "sten",
  "lykke",
  "hans",
  "tom",
  "mark",
  "rosa",
  "max",
  "ask",
  "line",
  "else",
  "gerne",
]);
const IKKE_NAVNE = new Set(
  [
    ...UGEDAGE,
    ...MAANEDER,
    ..."jeg du vi de det den dem han hun hej tak ja nej okay og men så hvis når der her nu kære hr fru mvh godt fint super hvad hvordan hvorfor hvem hvornår hvor også altså jo nå god".split(
      " ",
    ),
  ].map((o) => o.toLowerCase()),
);
/** Words that make a capitalised run an organisation or a place, not a person. */
const ORGANISATION = new Set(
  (
    "jobcenter jobcentret jobcenteret jobcentre kommune kommunen region regionen a-kasse a-kassen aps a/s as i/s k/s " +
    "group gruppen dansk danske danmark nordisk sjælland sjællands jylland fyn bornholm københavn københavns roskilde " +
    "køge odense aarhus århus aalborg esbjerg randers kolding horsens vejle greve solrød lejre holbæk næstved ringsted " +
    "slagelse hillerød helsingør frederiksberg sygehus sygehuset hospital hospitalet rigshospitalet universitet " +
    "universitetet skole skolen gymnasium netto føtex bilka rema lidl aldi coop salling irma meny kvickly brugsen spar " +
    "jysk ikea matas silvan bauhaus postnord dsb arla carlsberg vestas mærsk novo teams zoom microsoft google linkedin " +
    "facebook jobnet jobindex mitid nemid e-boks udbetaling 3f hk foa krifa ase dana metal amu vuc fvu kursushuset " +
    "borger.dk sundhed.dk ministeriet styrelsen politi politiet"
  ).split(" "),
);

const STORT_ORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

interface RaaFlag {
  art: FlagArt;
  fra: number;
  til: number;
  tekst: string;
  begrundelse: string;
}

const BEGRUNDELSE: Record<Exclude<FlagArt, "navn">, string> = {
  cpr: "Ligner et CPR-nummer. Et CPR-nummer hører ikke hjemme i et samtalereferat; fjern det.",
  telefon:
    "Telefonnummer. Kontrollér, om det tilhører en anden end samtalens deltagere, og om det er nødvendigt for sagen.",
  email:
    "E-mailadresse. Kontrollér, om den tilhører en anden end samtalens deltagere, og om den er nødvendig for sagen.",
  adresse: "Adresse. Kontrollér, om den tilhører en anden end samtalens deltagere, og om den er nødvendig for sagen.",
  helbred:
    "Helbredsoplysning om en anden end samtalens deltagere (en følsom personoplysning). Den må kun stå i referatet, hvis den er nødvendig for sagen, og så kort som muligt.",
};
function navneBegrundelse(navn: string): string {
  return `»${navn}« ser ud til at være navnet på en person, der ikke deltog i samtalen. Oplysninger om andre må kun stå i referatet, hvis de er nødvendige for sagen.`;
}

const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const CPR_RE = /(?<![\d])(\d{2})(\d{2})(\d{2})([-‐–]|\s)?(\d{4})(?![\d])/gu;
const TELEFON_RE =
  /(?<![\d+])((?:\+|00)45[ ]?)?(\d{8}|\d{2}(?: \d{2}){3}|\d{2}(?:\.\d{2}){3}|\d{2}(?:-\d{2}){3}|\d{4} \d{4})(?![\d])/gu;
const VEJ_ENDELSER =
  "vej|vejen|gade|gaden|allé|alle|alléen|vænge|vænget|stræde|strædet|plads|pladsen|torv|torvet|boulevard|parken|park|bakken|bakke|toften|tofte|stien|sti|marken|engen|vangen|vang|løkke|haven|have|dalen|dal|højen|høj|bjerg|skoven|strand|kær|kæret|gyde|passage|kvarter|gården|hegnet|ager|agre|lund|lunden";
const ADRESSE_RE = new RegExp(
  `(?<![\\p{L}])(?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,2}\\p{Lu}[\\p{L}\\-]*(?:${VEJ_ENDELSER})\\s+\\d{1,4}(?:(?:[A-Za-z]|\\s[A-Z])(?![\\p{L}]))?(?:,?\\s*\\d{1,2}\\.?\\s*(?:th|tv|mf|sal)\\.?)?(?:,?\\s+\\d{4}\\s+\\p{Lu}[\\p{L}\\-]+)?(?![\\p{L}\\p{N}])`,
  "gu",
);
const RELATIONER =
  "mand|manden|kone|konen|hustru|kæreste|samlever|partner|ægtefælle|datter|døtre|søn|sønner|barn|børn|børnene|mor|far|forældre|bror|brødre|søster|søstre|søskende|svigermor|svigerfar|svigerinde|svoger|svigerforældre|mormor|morfar|farmor|farfar|bedstemor|bedstefar|veninde|ven|venner|kollega|kolleger|kollegaer|chef|nabo|onkel|moster|faster|tante|fætter|kusine|nevø|niece|eksmand|ekskone|ekskæreste|stedfar|stedmor|plejebarn|familie";
const RELATION_RE = new RegExp(
  `${B}(?:(?:min|mit|mine|din|dit|dine|hans|hendes|deres|vores|sin|sit|sine)\\s+(?:(?:ældste|yngste|lille|store|tidligere|gamle|nye|kære|egen|egne)\\s+)?(?:${RELATIONER})|(?:${RELATIONER}))${E}`,
  "giu",
);
const GENITIV_RELATION_RE = new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+s\\s+(?:${RELATIONER})${E}`, "gu");
const HELBRED_RE = new RegExp(
  `${B}(?:syg(?!edagpenge)\\p{L}*|kræft\\p{L}*|cancer|indlagt|indlæggelse\\p{L}*|hospital\\p{L}*|sygehus\\p{L}*|depression\\p{L}*|deprimeret|stress(?:et)?|angst\\p{L}*|psykisk\\p{L}*|psykiatri\\p{L}*|diagnose\\p{L}*|opereret|operation\\p{L}*|kemo\\p{L}*|strålebehandling\\p{L}*|demens|dement|alzheimer\\p{L}*|sclerose|parkinson\\p{L}*|diabetes|blodprop\\p{L}*|hjerneblødning\\p{L}*|hjerneskade\\p{L}*|handicap\\p{L}*|misbrug\\p{L}*|alkoholi\\p{L}*|adhd|autis\\p{L}*|epilepsi|gigt\\p{L}*|skizofren\\p{L}*|bipolar|spiseforstyrrelse\\p{L}*|medicin\\p{L}*|behandling\\p{L}*|genoptræning\\p{L}*|terminal|døende|hospice|kronisk\\p{L}*|smerter|brækket|blind|døv)${E}`,
  "giu",
);
/** a relation word only counts as someone else's relation with a possessive before it, or "manden", "børnene" */
const RELATION_ALENE = /^(?:manden|konen|børnene|forældre|familie)$/i;

function erDeltager(ord: string[], kort: Pick<Deltagerkort, "ordsaet">): boolean {
  return kort.ordsaet.some((d) => ord.every((o) => d.includes(o)));
}

function udenGenitiv(lav: string, kort: Pick<Deltagerkort, "ordsaet">): string {
  if (!lav.endsWith("s") || lav.length < 4) return lav;
  const base = lav.slice(0, -1);
  return FOERNAVNE.has(base) || kort.ordsaet.some((d) => d.includes(base)) ? base : lav;
}

function erSaetningsstart(tekst: string, fra: number): boolean {
  const foer = tekst.slice(0, fra).trimEnd();
  return foer === "" || /[.!?:;»"„“(\n\-–—]$/.test(foer);
}

/** The third-party personal data in one piece of text (a line, or a line of the edited minutes). */
function scanTekst(tekst: string, kort: Pick<Deltagerkort, "ordsaet">): RaaFlag[] {
  const fund: RaaFlag[] = [];
  const optaget = (fra: number, til: number) => fund.some((f) => fra < f.til && til > f.fra);
  const tilfoej = (art: FlagArt, fra: number, til: number, begrundelse?: string) => {
    if (optaget(fra, til)) return;
    const t = tekst.slice(fra, til);
    fund.push({ art, fra, til, tekst: t, begrundelse: begrundelse ?? BEGRUNDELSE[art as Exclude<FlagArt, "navn">] });
  };

  const harAt = tekst.includes("@");
  const harTal = /\d/.test(tekst);
  if (harAt) for (const m of tekst.matchAll(EMAIL_RE)) tilfoej("email", m.index, m.index + m[0].length);
  if (harTal)
    for (const m of tekst.matchAll(CPR_RE)) {
      const dag = Number(m[1]);
      const maaned = Number(m[2]);
      const bindestreg = m[4] !== undefined && /[-‐–]/.test(m[4]);
      if (!bindestreg && (dag < 1 || dag > 31 || maaned < 1 || maaned > 12)) continue;
      tilfoej("cpr", m.index, m.index + m[0].length);
    }
  if (harTal)
    for (const m of tekst.matchAll(TELEFON_RE)) {
      if (!m[1] && !/^[2-9]/.test(m[2]!)) continue; // Danish subscriber numbers start with 2–9
      tilfoej("telefon", m.index, m.index + m[0].length);
    }
  if (harTal)
    for (const m of tekst.matchAll(ADRESSE_RE)) {
      const foerste = m[0].split(/\s+/)[0]!.toLowerCase();
      let fra = m.index;
      // "Det er Industrivej 12": leave out capitalised words before the street that are not part of it
      if (IKKE_NAVNE.has(foerste) || ORGANISATION.has(foerste)) {
        const efter = m[0].indexOf(" ") + 1;
        const rest = m[0].slice(efter);
        const andet = rest.split(/\s+/)[0]!.toLowerCase();
        fra += efter;
        if (
          (IKKE_NAVNE.has(andet) || ORGANISATION.has(andet)) &&
          new RegExp(`(?:${VEJ_ENDELSER})$`).test(andet) === false
        )
          fra += rest.indexOf(" ") + 1;
      }
      tilfoej("adresse", fra, m.index + m[0].length);
    }

  // names
  const ord = ordI(tekst);
  const navne: RaaFlag[] = [];
  for (let i = 0; i < ord.length; ) {
    if (!STORT_ORD.test(ord[i]!.tekst)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < ord.length && STORT_ORD.test(ord[j]!.tekst) && tekst.slice(ord[j - 1]!.til, ord[j]!.fra) === " ") j++;
    let loeb = ord.slice(i, j);
    const efter = ord[j];
    const organisation =
      loeb.some((o) => ORGANISATION.has(o.lav)) ||
      (efter !== undefined && tekst.slice(ord[j - 1]!.til, efter.fra) === " " && ORGANISATION.has(efter.lav));
    i = j;
    if (organisation) continue;
    let start = erSaetningsstart(tekst, loeb[0]!.fra);
    while (loeb.length > 0) {
      const lav = udenGenitiv(loeb[0]!.lav, kort);
      if (IKKE_NAVNE.has(lav) || (start && !FOERNAVNE.has(lav))) {
        loeb = loeb.slice(1);
        start = false;
      } else break;
    }
    while (loeb.length > 0 && IKKE_NAVNE.has(loeb.at(-1)!.lav)) loeb = loeb.slice(0, -1);
    if (loeb.length === 0) continue;
    const baser = loeb.map((o) => udenGenitiv(o.lav, kort));
    if (loeb.length === 1) {
      const b = baser[0]!;
      if (!FOERNAVNE.has(b)) continue;
      if (start && TVETYDIGE_NAVNE.has(b)) continue;
    }
    if (erDeltager(baser, kort)) continue;
    const fra = loeb[0]!.fra;
    const til = loeb.at(-1)!.til;
    if (optaget(fra, til)) continue;
    const t = tekst.slice(fra, til);
    navne.push({ art: "navn", fra, til, tekst: t, begrundelse: navneBegrundelse(t) });
  }
  fund.push(...navne);

  // health of someone else: a relation ("min mand", "Brians datter") or a named third party, and a health word,
  // in the same sentence or the next one when it goes on about them ("Han er indlagt")
  const dele = saetninger(tekst);
  dele.forEach((s, n) => {
    const slut = s.fra + s.tekst.length;
    const personer: { fra: number; til: number }[] = [];
    for (const m of s.tekst.matchAll(RELATION_RE)) {
      if (!/\s/.test(m[0]) && !RELATION_ALENE.test(m[0])) continue;
      personer.push({ fra: s.fra + m.index, til: s.fra + m.index + m[0].length });
    }
    for (const m of s.tekst.matchAll(GENITIV_RELATION_RE)) {
      const navn = m[0].split(/\s+/)[0]!.toLowerCase();
      if (erDeltager([udenGenitiv(navn, kort)], kort) || IKKE_NAVNE.has(navn.slice(0, -1))) continue;
      personer.push({ fra: s.fra + m.index, til: s.fra + m.index + m[0].length });
    }
    for (const f of navne) if (f.fra >= s.fra && f.til <= slut) personer.push({ fra: f.fra, til: f.til });
    if (personer.length === 0) return;
    const helbred: { fra: number; til: number }[] = [];
    for (const m of s.tekst.matchAll(HELBRED_RE))
      helbred.push({ fra: s.fra + m.index, til: s.fra + m.index + m[0].length });
    const naeste = dele[n + 1];
    if (naeste && /^\s*(?:han|hun|de|vedkommende|det)(?![\p{L}])/iu.test(naeste.tekst)) {
      for (const m of naeste.tekst.matchAll(HELBRED_RE))
        helbred.push({ fra: naeste.fra + m.index, til: naeste.fra + m.index + m[0].length });
    }
    if (helbred.length === 0) return;
    const fra = Math.min(...personer.map((p) => p.fra), ...helbred.map((h) => h.fra));
    const til = Math.max(...personer.map((p) => p.til), ...helbred.map((h) => h.til));
    if (fund.some((f) => f.art === "helbred" && fra < f.til && til > f.fra)) return;
    fund.push({ art: "helbred", fra, til, tekst: tekst.slice(fra, til), begrundelse: BEGRUNDELSE.helbred });
  });

  return fund.sort((a, b) => a.fra - b.fra || b.til - a.til);
}

/**
 * Third-party personal data in a text (the edited minutes, before approval): names of people who are not
 * participants, CPR-like numbers, phone numbers, e-mail addresses, street addresses, and health information about
 * someone else. `linje` is the 1-based line of the text, `fra`/`til` offsets into the whole text. Pass every
 * participant (ReferatUdkast.deltagere), so that none of them is flagged.
 */
export function findTredjepartsdata(tekst: string, kendteDeltagere: readonly string[]): TredjepartsFund[] {
  const kort = deltagerkort(kendteDeltagere, []);
  const ud: TredjepartsFund[] = [];
  let offset = 0;
  const linjer = tekst.split("\n");
  linjer.forEach((linje, i) => {
    for (const f of scanTekst(linje, kort))
      ud.push({
        id: `F${ud.length + 1}`,
        art: f.art,
        tekst: f.tekst,
        linje: i + 1,
        fra: offset + f.fra,
        til: offset + f.til,
        begrundelse: f.begrundelse,
      });
    offset += linje.length + 1;
  });
  return ud;
}

// ────────────────────────────────────────────────────────────────────────────────────────────── the draft

/**
 * Drafts the minutes of a meeting from its transcript. `moededag` is the meeting's Danish calendar date, against
 * which "fredag", "om 14 dage" and "den 3. december" are resolved; `kendteDeltagere` are the caseworker's and the
 * citizen's full names, in that order ("jobkonsulent" and "borger" as speaker labels are taken to mean them).
 */
export function udkastTilReferat(input: {
  linjer: Linje[];
  kanal: Kanal;
  start: Date;
  slut: Date;
  moededag: string;
  kendteDeltagere: string[];
}): ReferatUdkast {
  const { linjer, kanal, start, slut, moededag, kendteDeltagere } = input;
  if (!KANALER.includes(kanal)) throw new ReferatFejl(`Ukendt samtaleform »${String(kanal)}«.`);
  if (!(start instanceof Date) || Number.isNaN(start.getTime())) throw new ReferatFejl("Ugyldigt starttidspunkt.");
  if (!(slut instanceof Date) || Number.isNaN(slut.getTime())) throw new ReferatFejl("Ugyldigt sluttidspunkt.");
  if (slut.getTime() < start.getTime()) throw new ReferatFejl("Samtalen slutter før den begynder.");
  const moede = dagEllerIngen(moededag);
  if (moede === undefined) throw new ReferatFejl(`Ugyldig mødedag »${moededag}« (skal være åååå-mm-dd).`);

  const kort = deltagerkort(
    kendteDeltagere,
    linjer.map((l) => l.taler),
  );
  const talere = linjer.map((l) => kort.kanonisk(l.taler));
  const adressater = talere.map((taler, i) => {
    if (taler === undefined) return undefined;
    if (kort.navne.length === 2 && kort.navne.includes(taler)) return kort.navne.find((n) => n !== taler);
    for (let afstand = 1; afstand <= 5; afstand++) {
      for (const j of [i - afstand, i + afstand]) {
        const t = talere[j];
        if (t !== undefined && t !== taler) return t;
      }
    }
    return undefined;
  });
  const kontekst: Kontekst = { moede, kort };

  const aftaler = findAftaler(linjer, kontekst, talere, adressater);
  const droeftet = findDroeftelser(linjer, talere);
  const iUdkast = [...droeftet.map((x) => x.resume), ...aftaler.map((a) => a.hvad)].join("\n");
  const flag: Flag[] = [];
  for (const l of linjer) {
    for (const f of scanTekst(l.tekst, kort)) {
      flag.push({
        id: `F${flag.length + 1}`,
        art: f.art,
        tekst: f.tekst,
        linje: l.nr,
        fra: f.fra,
        til: f.til,
        begrundelse: f.begrundelse,
        iUdkast: iUdkast.includes(f.tekst),
      });
    }
  }
  return {
    deltagere: kort.navne,
    kanal,
    start: start.toISOString(),
    slut: slut.toISOString(),
    droeftet,
    aftaler,
    flag,
    linjer,
  };
}

// ────────────────────────────────────────────────────────────────────────────────────────────── the note

export const REFERAT_PLADSHOLDERE: readonly string[] = ["deltagere", "tidspunkt", "kanal", "droeftet", "aftaler"];

export const STANDARD_REFERATSKABELON = `Referat af samtale

Deltagere: {{deltagere}}
Tidspunkt: {{tidspunkt}}
Samtaleform: {{kanal}}

Drøftet:
{{droeftet}}

Aftaler:
{{aftaler}}
`;

const KANAL_TEKST: Record<Kanal, string> = { fremmoede: "Fremmøde", telefon: "Telefonsamtale", video: "Videosamtale" };

/** An instant's Danish day and wall-clock time ("09.05"). */
function koebenhavnsTid(iso: string): { dag: Dag; klokken: string } | undefined {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return undefined;
  const { dag, minut } = utcTilLokal(ms);
  const to = (n: number) => String(n).padStart(2, "0");
  return { dag, klokken: `${to(Math.floor(minut / 60))}.${to(minut % 60)}` };
}

/** "fredag den 28. november 2025" */
function dagTekst(dag: Dag): string {
  return `${UGEDAGE[ugedag(dag) - 1]} den ${datoTekst(dag)}`;
}

/** "fredag den 28. november 2025"; anything that is not a yyyy-mm-dd date is returned as it is. */
export function danskDato(iso: string): string {
  const dag = dagEllerIngen(iso);
  return dag === undefined ? iso : dagTekst(dag);
}

function tidspunktTekst(start: string, slut: string): string {
  const s = koebenhavnsTid(start);
  const e = koebenhavnsTid(slut);
  if (!s || !e) return `${start}–${slut}`;
  const foerst = `${dagTekst(s.dag)} kl. ${s.klokken}`;
  return s.dag === e.dag ? `${foerst}–${e.klokken}` : `${foerst} – ${dagTekst(e.dag)} kl. ${e.klokken}`;
}

function aftaleTekst(a: Aftale): string {
  let frist = "";
  if (a.frist) frist = ` (frist: ${danskDato(a.frist)}${a.fristTekst ? `, »${a.fristTekst}«` : ""})`;
  else if (a.fristTekst) frist = ` (frist: ${a.fristTekst})`;
  return `- ${a.hvem}: ${a.hvad}${frist}`;
}

/**
 * The draft as the text of a journal note: the template's {{deltagere}}, {{tidspunkt}}, {{kanal}}, {{droeftet}} and
 * {{aftaler}} are filled (spaces inside the braces are allowed); any other {{…}} is left as it stands, so the
 * caseworker sees it.
 */
export function referatTekst(udkast: ReferatUdkast, skabelon: string): string {
  const vaerdier: Record<string, string> = {
    deltagere: udkast.deltagere.length > 0 ? udkast.deltagere.join(", ") : "Ikke angivet",
    tidspunkt: tidspunktTekst(udkast.start, udkast.slut),
    kanal: KANAL_TEKST[udkast.kanal] ?? udkast.kanal,
    droeftet:
      udkast.droeftet.length > 0
        ? udkast.droeftet.map((d) => `- ${d.emne}: ${d.resume}`).join("\n")
        : "Intet registreret.",
    aftaler: udkast.aftaler.length > 0 ? udkast.aftaler.map(aftaleTekst).join("\n") : "Ingen aftaler.",
  };
  return skabelon.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (hele: string, navn: string) =>
    Object.hasOwn(vaerdier, navn) ? vaerdier[navn]! : hele,
  );
}
