import { randomInt } from "node:crypto";

/**
 * Check-in codes for a conversation where the citizen comes to the jobcentre (fremmøde): printed on the letter (as
 * text and as a QR code), typed on the screen in the reception or scanned with the citizen's phone. Pure apart from
 * the random source.
 */

/** The characters a code is made of: upper-case letters and digits without the look-alikes 0/O, 1/I/L. */
export const CHECKIN_ALFABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Length of a check-in code. */
export const CHECKIN_LAENGDE = 6;

/** Minutes before the start from which a citizen may check in. */
export const CHECKIN_FOER_MINUTTER = 60;

/** Minutes after the start until which a citizen may still check in. */
export const CHECKIN_EFTER_MINUTTER = 15;

const MINUT = 60_000;

/** A new check-in code: 6 characters from CHECKIN_ALFABET, chosen uniformly with the crypto random source. */
export function nyCheckinKode(): string {
  let kode = "";
  // randomInt is unbiased (rejection sampling inside), so every character is equally likely.
  for (let i = 0; i < CHECKIN_LAENGDE; i++) kode += CHECKIN_ALFABET[randomInt(CHECKIN_ALFABET.length)];
  return kode;
}

/**
 * A code as the citizen typed it, made canonical: upper-case, without spaces and dashes (also the typographic ones a
 * phone keyboard may insert). Null when the result is not exactly 6 characters from CHECKIN_ALFABET.
 */
export function normaliserCheckinKode(input: string): string | null {
  const kode = input.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212]/gu, "");
  if (kode.length !== CHECKIN_LAENGDE) return null;
  for (const tegn of kode) if (!CHECKIN_ALFABET.includes(tegn)) return null;
  return kode;
}

/** When a citizen may check in to a conversation starting at `start`: from 60 minutes before until 15 minutes after. */
export function checkinVindue(start: Date): { fra: Date; til: Date } {
  return {
    fra: new Date(start.getTime() - CHECKIN_FOER_MINUTTER * MINUT),
    til: new Date(start.getTime() + CHECKIN_EFTER_MINUTTER * MINUT),
  };
}

/** Whether `tidspunkt` lies in the check-in window of a conversation starting at `start` (both ends included). */
export function iCheckinVindue(start: Date, tidspunkt: Date): boolean {
  const { fra, til } = checkinVindue(start);
  return tidspunkt.getTime() >= fra.getTime() && tidspunkt.getTime() <= til.getTime();
}

/**
 * The check-in address encoded in the letter's QR code: `${base}/checkin?k=${kommunekode}&kode=${kode}`.
 * A trailing slash on the base is dropped; the values are URL-encoded (a valid code and kommunekode need none).
 */
export function checkinUrl(baseUrl: string, kommunekode: string, kode: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}/checkin?k=${encodeURIComponent(kommunekode)}&kode=${encodeURIComponent(kode)}`;
}
