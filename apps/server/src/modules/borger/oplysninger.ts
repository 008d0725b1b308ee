/**
 * The citizen's own details to verify (docs/dialog.md, "Verify own information"): the groups, what a valid value of
 * each is, and which corrections take effect at once and which wait for the caseworker. Pure.
 */
import { z } from "zod";
import { UDDANNELSER, type Uddannelse } from "#contracts/maalgrupper.ts";

export const GRUPPER = ["kontakt", "uddannelse", "koerekort", "boern", "sprog"] as const;
export type Gruppe = (typeof GRUPPER)[number];

/**
 * Who decides a group. Contact details and languages are the citizen's own to state: a correction takes effect at
 * once (and the caseworker is told). Education, driving licence and children are registered facts the case relies on
 * (the target group and the duty to take education, jobs that need a licence, the benefit rate with children): a
 * correction waits until the caseworker has checked it and approves or declines it.
 */
export const STRAKS: Record<Gruppe, boolean> = {
  kontakt: true,
  sprog: true,
  uddannelse: false,
  koerekort: false,
  boern: false,
};

/** Driving licence categories (færdselsloven, kørekortbekendtgørelsen): the ones a job may ask for. */
export const KOEREKORT = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"] as const;
/** How well the citizen speaks a language, by their own judgement. */
export const SPROGNIVEAUER = ["modersmaal", "flydende", "godt", "noget"] as const;
const UDDANNELSE_KODER = Object.keys(UDDANNELSER) as [Uddannelse, ...Uddannelse[]];

/**
 * A Danish phone number: 8 digits, the first not 0 or 1, optionally after +45 or 0045, spaces and dashes allowed.
 * Normalised to "22 33 44 55" (the country code is dropped), or null when it is not one.
 */
export function danskTelefon(s: string): string | null {
  const ren = s.replace(/[\s-]/g, "");
  const m = /^(?:\+45|0045)?([2-9]\d{7})$/.exec(ren);
  if (!m) return null;
  const d = m[1]!;
  return `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`;
}

const Telefon = z
  .string()
  .trim()
  .transform((s, c) => {
    if (s === "") return null;
    const t = danskTelefon(s);
    if (!t) {
      c.addIssue({ code: "custom", message: "Skriv et dansk telefonnummer med 8 cifre, fx 22 33 44 55." });
      return z.NEVER;
    }
    return t;
  });
const Email = z
  .string()
  .trim()
  .max(200, { message: "E-mailadressen er for lang." })
  .transform((s, c) => {
    if (s === "") return null;
    if (!z.email().safeParse(s).success) {
      c.addIssue({ code: "custom", message: "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk." });
      return z.NEVER;
    }
    return s.toLowerCase();
  });

/** A valid value of each group (the body of a correction). */
export const GRUPPE_SKEMA = {
  kontakt: z.object({ telefon: Telefon, email: Email }).refine((k) => k.telefon !== null || k.email !== null, {
    message: "Angiv mindst et telefonnummer eller en e-mailadresse, så jobcentret kan kontakte dig.",
    path: ["telefon"],
  }),
  uddannelse: z.object({
    niveau: z.enum(UDDANNELSE_KODER, { message: "Vælg din højeste fuldførte uddannelse." }),
    tekst: z.string().trim().max(300, { message: "Beskrivelsen må højst være på 300 tegn." }).default(""),
  }),
  koerekort: z.object({
    kategorier: z
      .array(z.enum(KOEREKORT, { message: "Vælg kategorier fra listen." }))
      .max(KOEREKORT.length)
      .transform((k) => KOEREKORT.filter((x) => k.includes(x))),
  }),
  boern: z
    .object({
      antal: z
        .number({ message: "Skriv antallet af børn som et tal." })
        .int({ message: "Skriv antallet af børn som et helt tal." })
        .min(0, { message: "Antallet af børn kan ikke være negativt." })
        .max(20, { message: "Skriv højst 20 børn." }),
      aldre: z.array(
        z
          .number({ message: "Skriv barnets alder som et tal." })
          .int({ message: "Skriv barnets alder i hele år." })
          .min(0, { message: "En alder kan ikke være negativ." })
          .max(25, { message: "Angiv kun børn under 26 år." }),
      ),
    })
    .refine((b) => b.aldre.length === b.antal, {
      message: "Skriv en alder for hvert barn.",
      path: ["aldre"],
    }),
  sprog: z.object({
    sprog: z
      .array(
        z.object({
          sprog: z.string().trim().min(1, { message: "Skriv hvilket sprog." }).max(60),
          niveau: z.enum(SPROGNIVEAUER, { message: "Vælg hvor godt du taler sproget." }),
        }),
      )
      .max(15, { message: "Angiv højst 15 sprog." })
      .refine((l) => new Set(l.map((s) => s.sprog.toLowerCase())).size === l.length, {
        message: "Hvert sprog må kun stå én gang.",
      }),
  }),
} as const satisfies Record<Gruppe, z.ZodType>;

export type GruppeData = { [G in Gruppe]: z.infer<(typeof GRUPPE_SKEMA)[G]> };

/** Whether two values of a group say the same (a "correction" to the same value is a confirmation). */
export function sammeVaerdi(a: unknown, b: unknown): boolean {
  return JSON.stringify(normaliser(a)) === JSON.stringify(normaliser(b));
}
function normaliser(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(normaliser);
  if (x && typeof x === "object")
    return Object.fromEntries(
      Object.entries(x as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normaliser(v)]),
    );
  return x;
}
