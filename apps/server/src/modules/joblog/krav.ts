/**
 * The weekly job-search requirement as data: the rule file krav.json (one rule per target group, with its legal
 * reference, dates of effect and confidence), validated by a strict schema when loaded, like the rules engine's rule
 * set (modules/regler/regelsaet.ts). The pure resolution of the number that applies in a week is in model.ts.
 */
import { readFileSync } from "node:fs";
import { MAALGRUPPE_KODER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { z } from "zod";
import { dagFraIso } from "../regler/kalender.ts";
import { HenvisningSchema } from "../regler/regelsaet.ts";

const IsoDato = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dato skal skrives åååå-mm-dd")
  .refine((s) => {
    try {
      dagFraIso(s);
      return true;
    } catch {
      return false;
    }
  }, "ikke en gyldig dato");
const SikkerhedS = z.enum(["høj", "middel", "lav"]);

export const JoblogRegelSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Z0-9-]+$/),
    titel: z.string().min(1),
    maalgrupper: z.array(z.enum(MAALGRUPPE_KODER as [Maalgruppe, ...Maalgruppe[]])).min(1),
    /** whether the law puts a duty on the target group to log job search; false: no number can be set */
    pligt: z.boolean(),
    /** the rule's own number of applications a week (the municipality and the caseworker may set another) */
    standardAntalPrUge: z.number().int().min(0).max(25),
    henvisning: HenvisningSchema,
    yderligereHenvisninger: z.array(HenvisningSchema).default([]),
    gyldig: z.strictObject({ fra: IsoDato, til: IsoDato.optional() }),
    /** confidence in the duty and its reference */
    sikkerhed: SikkerhedS,
    /** confidence in the default number (the law rarely names one) */
    antalSikkerhed: SikkerhedS,
    /** plain Danish for the citizen: why the rule applies ("Hvorfor skal jeg det?") */
    forklaring: z.string().min(1),
    /** for the municipality's lawyer: how the rule was read and what is not verified */
    fortolkning: z.string().min(1),
  })
  .refine((r) => !r.gyldig.til || r.gyldig.til >= r.gyldig.fra, { message: "til før fra", path: ["gyldig", "til"] })
  .refine((r) => r.pligt || r.standardAntalPrUge === 0, {
    message: "en regel uden pligt har intet antal",
    path: ["standardAntalPrUge"],
  });
export type JoblogRegel = z.infer<typeof JoblogRegelSchema>;

export const JoblogKravfilSchema = z.strictObject({
  id: z.string(),
  titel: z.string(),
  kilde: z.string(),
  /** weeks with public holidays: the number scaled by the week's working days, or the full number */
  helligdagsuger: z.enum(["forholdsmaessig", "fuld"]),
  helligdagsugerNote: z.string().min(1),
  regler: z.array(JoblogRegelSchema).min(1),
});
export type JoblogKravfil = z.infer<typeof JoblogKravfilSchema>;

/** Checks a rule file: the schema, unique ids, and no two rules for one target group in force on the same day. */
export function validerKravfil(data: unknown): JoblogKravfil {
  const fil = JoblogKravfilSchema.parse(data);
  const ids = new Set<string>();
  for (const r of fil.regler) {
    if (ids.has(r.id)) throw new Error(`joblogregel ${r.id} findes to gange`);
    ids.add(r.id);
  }
  for (const a of fil.regler)
    for (const b of fil.regler) {
      if (a === b || !a.maalgrupper.some((m) => b.maalgrupper.includes(m))) continue;
      const overlap = a.gyldig.fra <= (b.gyldig.til ?? "9999-12-31") && b.gyldig.fra <= (a.gyldig.til ?? "9999-12-31");
      if (overlap) throw new Error(`joblogreglerne ${a.id} og ${b.id} gælder for samme målgruppe samtidig`);
    }
  return fil;
}

/** The rule file of the repository, loaded and checked once. */
export const JOBLOG_KRAV: JoblogKravfil = validerKravfil(
  JSON.parse(readFileSync(new URL("./krav.json", import.meta.url), "utf8")),
);
