/**
 * The dialog's pure core (docs/dialog.md): who a thread waits for and how that moves, the promised answer day, and
 * which files may be attached (decided by their first bytes, never by the name or the browser's word).
 */
import { dagFraIso, erArbejdsdag, isoFraDag, plusArbejdsdage } from "../regler/kalender.ts";

/** Which side wrote a message. */
export type Side = "borger" | "jobcenter";
/** Who must answer next: the jobcentre (by a promised day), the citizen, or nobody. */
export type VenterPaa = "jobcenter" | "borger" | "ingen";

/** What can happen to a thread. */
export type DialogHaendelse =
  /** the citizen (or the chatbot on the citizen's behalf) writes */
  | { art: "borger_skriver" }
  /** the jobcentre writes; `svarOenskes` when it asks the citizen for an answer */
  | { art: "jobcenter_skriver"; svarOenskes: boolean }
  /** the jobcentre marks a message as needing no answer */
  | { art: "intet_svar" };

export interface Tilstand {
  venterPaa: VenterPaa;
  /** the promised answer day (yyyy-mm-dd), exactly when waiting for the jobcentre */
  svarfrist: string | null;
}

/**
 * The state machine as data: for each event, the states it may happen in and the side that may cause it. Either side
 * may always write; the jobcentre may always mark a thread as needing no (further) answer, which closes the wait.
 */
export const OVERGANGE = {
  borger_skriver: { fra: ["jobcenter", "borger", "ingen"], af: ["borger"] },
  jobcenter_skriver: { fra: ["jobcenter", "borger", "ingen"], af: ["jobcenter"] },
  intet_svar: { fra: ["jobcenter", "borger", "ingen"], af: ["jobcenter"] },
} as const satisfies Record<DialogHaendelse["art"], { fra: readonly VenterPaa[]; af: readonly Side[] }>;

/**
 * The promised answer day for a message received on `modtaget` (a Danish date): `arbejdsdage` working days later,
 * the day of receipt not counted (as in Danish deadline practice), weekends and public holidays skipped.
 */
export function svarfrist(modtaget: string, arbejdsdage: number): string {
  return isoFraDag(plusArbejdsdage(dagFraIso(modtaget), arbejdsdage));
}

/**
 * The thread's next state after an event on day `idag` (a Danish date), or null when the event is not allowed in
 * the current state. A citizen who writes again while already waiting keeps the first promised day: the oldest
 * unanswered message sets the deadline.
 */
export function naesteTilstand(nu: Tilstand, h: DialogHaendelse, idag: string, arbejdsdage: number): Tilstand | null {
  if (!(OVERGANGE[h.art].fra as readonly VenterPaa[]).includes(nu.venterPaa)) return null;
  switch (h.art) {
    case "borger_skriver":
      return nu.venterPaa === "jobcenter" && nu.svarfrist
        ? nu
        : { venterPaa: "jobcenter", svarfrist: svarfrist(idag, arbejdsdage) };
    case "jobcenter_skriver":
      return { venterPaa: h.svarOenskes ? "borger" : "ingen", svarfrist: null };
    case "intet_svar":
      return { venterPaa: "ingen", svarfrist: null };
  }
}

/** Whether the jobcentre is past its promised day on `idag`: the promise holds through the whole promised day. */
export function overskredet(t: Tilstand, idag: string): boolean {
  return t.venterPaa === "jobcenter" && t.svarfrist !== null && t.svarfrist < idag;
}

/** Working days left to the promised day (0 on the day itself, negative when overdue by that many working days). */
export function arbejdsdageTilFrist(frist: string, idag: string): number {
  const a = dagFraIso(idag);
  const b = dagFraIso(frist);
  if (a === b) return 0;
  let n = 0;
  if (a < b) {
    for (let x = a + 1; x <= b; x++) if (erArbejdsdag(x)) n++;
    return n;
  }
  for (let x = b + 1; x <= a; x++) if (erArbejdsdag(x)) n--;
  return n;
}

/* ------------------------------------------------------------------------------------------------- attachments */

export const BILAG_TYPER = ["application/pdf", "image/jpeg", "image/png"] as const;
export type BilagType = (typeof BILAG_TYPER)[number];

/** Largest attachment: 5 MiB each, at most 3 on one message. */
export const MAKS_BILAG_STOERRELSE = 5 * 1024 * 1024;
export const MAKS_BILAG_PR_BESKED = 3;

const starterMed = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/**
 * The type of a file by its signature: "%PDF-", the JPEG SOI marker FF D8 FF, or the PNG signature. Anything else
 * is null, whatever its name says (a text file named .pdf is refused).
 */
export function bilagType(b: Uint8Array): BilagType | null {
  if (starterMed(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  if (starterMed(b, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starterMed(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

/** A safe file name for storage and Content-Disposition: no path, no control characters, at most 120 characters. */
export function rensFilnavn(navn: string): string {
  const base = navn.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove control characters
  const ren = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return (ren || "bilag").slice(-120);
}

/**
 * Case events on the caseworker's timeline (docs/dialog.md): the citizen starts a thread, and the jobcentre answers a
 * thread that waited for it. They are not among the rules engine's event types (regler/model.ts HAENDELSE_TYPER), so
 * the engine skips them and no deadline moves. Reads and attachments write no event.
 */
export const HAENDELSE_HENVENDELSE = "DIALOG_HENVENDELSE";
export const HAENDELSE_BESVARET = "DIALOG_BESVARET";
