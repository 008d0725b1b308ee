/**
 * The rights and duties review as data: versioned texts per target group (tekster.json), each version with the day
 * it is in force from. The version in force on a day is the latest one that has begun. Pure: the caller passes the
 * day; the store records which version a citizen confirmed.
 */
import { readFileSync } from "node:fs";
import { MAALGRUPPE_KODER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { z } from "zod";
import { dagFraIso } from "../regler/kalender.ts";
import { HenvisningSchema } from "../regler/regelsaet.ts";

const IsoDato = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    try {
      dagFraIso(s);
      return true;
    } catch {
      return false;
    }
  }, "ikke en gyldig dato");

const AfsnitSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  art: z.enum(["pligt", "rettighed"]),
  overskrift: z.string().min(1),
  tekst: z.array(z.string().min(1)).min(1),
  henvisninger: z.array(HenvisningSchema).min(1),
});
export type Afsnit = z.infer<typeof AfsnitSchema>;

/** A section written out, or one reused by id (a shared section, or the same section of the previous version). */
const AfsnitRefSchema = z.union([AfsnitSchema, z.strictObject({ brug: z.string().regex(/^[a-z_]+$/) })]);

const VersionSchema = z.strictObject({
  gyldigFra: IsoDato,
  /** what changed from the previous version, for the caseworker and the municipality's lawyer */
  note: z.string().optional(),
  afsnit: z.array(AfsnitRefSchema).min(1),
});

const GennemgangSchema = z.strictObject({
  id: z.string().regex(/^[A-Z0-9-]+$/),
  titel: z.string().min(1),
  maalgrupper: z.array(z.enum(MAALGRUPPE_KODER as [Maalgruppe, ...Maalgruppe[]])).min(1),
  versioner: z.array(VersionSchema).min(1),
});

const TeksterSchema = z.strictObject({
  id: z.string(),
  kilde: z.string(),
  faellesAfsnit: z.array(AfsnitSchema),
  gennemgange: z.array(GennemgangSchema).min(1),
});

export interface Version {
  gyldigFra: string;
  note?: string;
  afsnit: Afsnit[];
}
export interface Gennemgang {
  id: string;
  titel: string;
  maalgrupper: Maalgruppe[];
  /** oldest first */
  versioner: Version[];
}

/** Checks the texts and writes out every reused section; versions are sorted and must have distinct dates. */
export function validerTekster(data: unknown): Gennemgang[] {
  const fil = TeksterSchema.parse(data);
  const faelles = new Map(fil.faellesAfsnit.map((a) => [a.id, a]));
  const grupper = new Set<string>();
  return fil.gennemgange.map((g) => {
    for (const m of g.maalgrupper) {
      if (grupper.has(m)) throw new Error(`målgruppen ${m} har to gennemgange`);
      grupper.add(m);
    }
    const sorteret = [...g.versioner].sort((a, b) => a.gyldigFra.localeCompare(b.gyldigFra));
    const versioner: Version[] = [];
    for (const v of sorteret) {
      const forrige = versioner.at(-1);
      if (forrige?.gyldigFra === v.gyldigFra) throw new Error(`${g.id}: to versioner gælder fra ${v.gyldigFra}`);
      const afsnit = v.afsnit.map((a) => {
        if (!("brug" in a)) return a;
        const fundet = faelles.get(a.brug) ?? forrige?.afsnit.find((x) => x.id === a.brug);
        if (!fundet) throw new Error(`${g.id} ${v.gyldigFra}: afsnittet ${a.brug} findes ikke`);
        return fundet;
      });
      const ids = new Set(afsnit.map((a) => a.id));
      if (ids.size !== afsnit.length) throw new Error(`${g.id} ${v.gyldigFra}: et afsnit står to gange`);
      versioner.push({ gyldigFra: v.gyldigFra, ...(v.note ? { note: v.note } : {}), afsnit });
    }
    return { id: g.id, titel: g.titel, maalgrupper: g.maalgrupper, versioner };
  });
}

/** The texts of the repository, loaded and checked once. */
export const GENNEMGANGE: Gennemgang[] = validerTekster(
  JSON.parse(readFileSync(new URL("./tekster.json", import.meta.url), "utf8")),
);

/** The review for a target group, if there is one. */
export function gennemgangFor(alle: readonly Gennemgang[], maalgruppe: string): Gennemgang | null {
  return alle.find((g) => (g.maalgrupper as readonly string[]).includes(maalgruppe)) ?? null;
}

/** The version in force on a day: the latest that has begun (none before the first). */
export function versionPaa(g: Gennemgang, dato: string): Version | null {
  let v: Version | null = null;
  for (const x of g.versioner) if (x.gyldigFra <= dato) v = x;
  return v;
}

export type BekraeftelsesStatus =
  /** the version in force is confirmed */
  | "bekraeftet"
  /** never confirmed */
  | "ikke_bekraeftet"
  /** an earlier version was confirmed; a newer one is in force since */
  | "ny_version";

/** Whether the citizen has confirmed the version in force, from the versions they confirmed. */
export function bekraeftelsesStatus(iKraft: string, bekraeftedeVersioner: readonly string[]): BekraeftelsesStatus {
  if (bekraeftedeVersioner.includes(iKraft)) return "bekraeftet";
  return bekraeftedeVersioner.length > 0 ? "ny_version" : "ikke_bekraeftet";
}
