/**
 * The rule set as data: the schema every rule file (regelsaet/*.json, one file per law or amendment) must satisfy,
 * the loader that reads and checks them once at import, and the two questions an administrator or a municipality's
 * lawyer asks of it: which rules are in force on a day (regelsaetPaa), and what changed between two days
 * (aendringer). The engine (engine.ts) compiles the same loaded rules.
 *
 * A rule file is reviewed like code. The schema is strict: an unknown field is an error, so a misspelt field cannot
 * silently change a rule's meaning.
 */
import { readdirSync, readFileSync } from "node:fs";
import { MAALGRUPPE_KODER, MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { z } from "zod";
import { dagFraIso, isoFraDag } from "./kalender.ts";
import { type Dag, HAENDELSE_TYPER, type HaendelseType, type Henvisning, type Sikkerhed } from "./model.ts";

// ---------------------------------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------------------------------

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

const MaalgruppeS = z.enum(MAALGRUPPE_KODER as [Maalgruppe, ...Maalgruppe[]]);
const HaendelseS = z.enum(HAENDELSE_TYPER);
const SikkerhedS = z.enum(["høj", "middel", "lav"]);
const SamtaleArtS = z.enum(["jobsamtale", "opfoelgning", "faelles", "anden"]);
const KanalS = z.enum(["fremmoede", "telefon", "video"]);
const AfholderS = z.enum(["jobcenter", "akasse"]);
const TilbudsArtS = z.enum([
  "virksomhedspraktik",
  "loentilskud",
  "vejledning_opkvalificering",
  "nytteindsats",
  "anden",
]);

export const HenvisningSchema = z.strictObject({
  lov: z.string().min(1),
  paragraf: z.string().min(1),
  url: z.url().optional(),
  sikkerhed: SikkerhedS.optional(),
});

/**
 * A length of time. `ur` says which clock: "kalender" (calendar time) or "ydelse" (time on benefit: the days between
 * a YDELSE_OPHOER and the next YDELSE_START do not count). `medregnStartdag`: the first day counts as day 1 (e.g.
 * "before the end of week 8 counted from the first day of absence" is 8 weeks with the first day counted).
 */
export const LaengdeSchema = z.strictObject({
  antal: z.number().int().min(0),
  enhed: z.enum(["dage", "arbejdsdage", "uger", "maaneder"]),
  ur: z.enum(["kalender", "ydelse"]).default("kalender"),
  medregnStartdag: z.boolean().default(false),
});
export type Laengde = z.infer<typeof LaengdeSchema>;

/** Which events meet a requirement. */
export const HandlingSchema = z.strictObject({
  haendelse: HaendelseS,
  /** conversations: the kinds that count (an event without `art` counts as a jobsamtale) */
  arter: z.array(SamtaleArtS).min(1).optional(),
  /** conversations: only those held by this party (an event without `afholder` counts as held by the jobcentre) */
  afholder: AfholderS.optional(),
  /** offers: the least length in weeks */
  minUger: z.number().int().min(1).optional(),
  /** answers: a provisional answer (`foreloebigt`) does not count */
  kunEndelig: z.boolean().default(false),
});
export type Handling = z.infer<typeof HandlingSchema>;

/** What starts a requirement's clock. */
export const TriggerSchema = z.strictObject({
  haendelse: HaendelseS,
  /** conversations: the kinds that trigger */
  arter: z.array(SamtaleArtS).min(1).optional(),
  /** conversations: only those held by this party */
  afholder: AfholderS.optional(),
  /** FRAVAER_START: the sygedagpenge categories that trigger */
  kategorier: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3)]))
    .min(1)
    .optional(),
  /** only the first matching event after the start of the contact course (forløbsstart) */
  foerste: z.boolean().default(false),
  /** the obligation arises only when this much time has run since the event (e.g. 15 months on benefit) */
  efter: LaengdeSchema.optional(),
  /** the event counts only when the citizen has been on benefit at least this long in the current course */
  minYdelsestid: LaengdeSchema.optional(),
  /** FRITAGELSE_SLUT: only where the named rule's deadline lapsed because the citizen was exempt when it ran out */
  efterBortfald: z.string().optional(),
});
export type Trigger = z.infer<typeof TriggerSchema>;

export const TrinSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  tekst: z.string().min(1),
  henvisning: HenvisningSchema,
});
export type Trin = z.infer<typeof TrinSchema>;

const kravFaelles = {
  /** when a rule has several requirements: a short id for each ("foerste", "antal", …) */
  del: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
  /** narrows the rule's target groups for this requirement */
  maalgrupper: z.array(MaalgruppeS).min(1).optional(),
  trigger: TriggerSchema,
  /** what the requirement asks, in plain Danish (used in every explanation) */
  tekst: z.string().min(1),
  /** a title of its own for this requirement part (default: the rule's title) */
  titel: z.string().min(1).optional(),
} as const;

const personKrav = {
  ...kravFaelles,
  handling: HandlingSchema,
  /** a citizen on benefit: it ends with the benefit (calendar clock) or pauses with it (benefit clock) */
  kraeverYdelse: z.boolean().default(true),
  /** a new start of benefit that restarts the clock: any change of target group, or only a change of benefit */
  genstart: z.enum(["maalgruppe", "ydelse", "ingen"]).default("maalgruppe"),
  /** exemptions: no effect, the clock pauses while exempt, or the obligation lapses if exempt when the deadline ends */
  fritagelse: z.enum(["ingen", "pause", "bortfald_ved_frist"]).default("ingen"),
  /** the proposal made to the caseworker while the obligation is overdue */
  vedBrud: z.string().min(1).optional(),
};

export const FristKravSchema = z.strictObject({
  type: z.literal("frist"),
  ...personKrav,
  frist: LaengdeSchema,
  /** offers of these kinds also count when they start within `ekstra` after the deadline (løntilskud, § 102, 3) */
  senereStart: z.strictObject({ tilbudsarter: z.array(TilbudsArtS).min(1), ekstra: LaengdeSchema }).optional(),
  /** a provisional answer within the deadline extends it by `ekstra` (GDPR art. 12(3)) */
  forlaengelse: z.strictObject({ ekstra: LaengdeSchema }).optional(),
  /** each triggering event needs its own answer (requests for access): answers are matched first in, first out */
  parvis: z.boolean().default(false),
  /** the municipality may set this deadline itself (a service goal): its name; the file holds the default */
  parameter: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
});

export const AntalKravSchema = z.strictObject({
  type: z.literal("antal"),
  ...personKrav,
  antal: z.number().int().min(1),
  /** the window the events must fall in, counted from the trigger; its last day is the deadline */
  vindue: LaengdeSchema,
});

export const KanalKravSchema = z.strictObject({
  type: z.literal("kanal"),
  ...kravFaelles,
  /** the channel the triggering conversation must be held by */
  kanal: KanalS,
  /** a later conversation that remedies a breach (met late) */
  handling: HandlingSchema,
  vedBrud: z.string().min(1).optional(),
});

export const ForslagKravSchema = z.strictObject({
  type: z.literal("forslag"),
  ...kravFaelles,
  /** adverse to the citizen: the steps of every in-force step rule (HEAR) are added */
  ugunstig: z.boolean(),
  /** the day by which the proposal must be acted upon, counted from the trigger */
  frist: LaengdeSchema.optional(),
  /** steps of this rule itself that must not be skipped (before HEAR's) */
  trin: z.array(TrinSchema).default([]),
  /** the explanation names the day contact was restored (the next conversation held) */
  kontaktGenoprettes: z.boolean().default(false),
});

export const TrinKravSchema = z.strictObject({
  type: z.literal("trin"),
  del: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
  /** which proposals the steps belong to */
  gaelderFor: z.literal("ugunstige_forslag"),
  tekst: z.string().min(1),
  trin: z.array(TrinSchema).min(1),
});

export const KohorteKravSchema = z.strictObject({
  type: z.literal("kohorte"),
  del: z
    .string()
    .regex(/^[a-z_]+$/)
    .optional(),
  maalgrupper: z.array(MaalgruppeS).min(1).optional(),
  /** the event that makes a citizen a member of the cohort (a new start of benefit) */
  trigger: TriggerSchema,
  tekst: z.string().min(1),
  /** the window after entry in which a member must be reached */
  vindue: LaengdeSchema,
  /** what reaches a member */
  maal: HandlingSchema,
  /** the least share of the cohort that must be reached */
  kvote: z.number().gt(0).max(1),
  /** the largest share that may be exempted after a concrete, recorded assessment */
  maksUndtaget: z.number().min(0).max(1),
});

export const KravSchema = z.discriminatedUnion("type", [
  FristKravSchema,
  AntalKravSchema,
  KanalKravSchema,
  ForslagKravSchema,
  TrinKravSchema,
  KohorteKravSchema,
]);
export type Krav = z.infer<typeof KravSchema>;
export type FristKrav = z.infer<typeof FristKravSchema>;
export type AntalKrav = z.infer<typeof AntalKravSchema>;
export type KanalKrav = z.infer<typeof KanalKravSchema>;
export type ForslagKrav = z.infer<typeof ForslagKravSchema>;
export type TrinKrav = z.infer<typeof TrinKravSchema>;
export type KohorteKrav = z.infer<typeof KohorteKravSchema>;

export const RegelSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, "id skrives med store bogstaver og bindestreger, fx KF-4IN6"),
  titel: z.string().min(1),
  /** "alle" or the LAB § 6 target groups by their code in packages/contracts/src/maalgrupper.ts */
  maalgrupper: z.union([z.literal("alle"), z.array(MaalgruppeS).min(1)]),
  henvisning: HenvisningSchema,
  yderligereHenvisninger: z.array(HenvisningSchema).optional(),
  /** dates of effect, both inclusive; `til` absent: in force until further notice */
  gyldig: z.strictObject({ fra: IsoDato, til: IsoDato.optional(), note: z.string().optional() }),
  sikkerhed: SikkerhedS,
  /** who must act: the jobcentre (default) or the a-kasse (shown to the jobcentre for information) */
  ansvarlig: AfholderS.default("jobcenter"),
  /** our reading where the source is unclear: what a lawyer should check */
  fortolkning: z.string().optional(),
  /** when the rule ends: obligations already triggered run on under it (default), or lapse on its last day */
  ophoer: z.enum(["fortsaetter", "bortfalder"]).default("fortsaetter"),
  krav: z.array(KravSchema).min(1),
});
export type Regel = z.infer<typeof RegelSchema>;

export const RegelFilSchema = z.strictObject({
  $schema: z.string().optional(),
  /** the file name without .json */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** the law or amendment, as cited */
  titel: z.string().min(1),
  /** where the rules were taken from */
  kilde: z.string().min(1),
  /** the day the law or amendment takes effect */
  ikrafttraedelse: IsoDato,
  note: z.string().optional(),
  /** rules of earlier files that this law ends, and their last day (checked against those rules' `gyldig.til`) */
  ophaever: z.array(z.strictObject({ regelId: z.string(), sidsteDag: IsoDato })).default([]),
  regler: z.array(RegelSchema),
});
export type RegelFil = z.infer<typeof RegelFilSchema>;

// ---------------------------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------------------------

/** The last representable day: "in force until further notice". */
export const UENDELIG: Dag = 2_147_483_647;

/** A rule as loaded: the file's data plus its source file and its dates of effect as days. */
export interface IndlaestRegel extends Regel {
  fil: { id: string; titel: string };
  fraDag: Dag;
  /** inclusive; UENDELIG when open */
  tilDag: Dag;
}

export class RegelFejl extends Error {}

function tjekFil(fil: RegelFil, navn: string): string[] {
  const fejl: string[] = [];
  if (`${fil.id}.json` !== navn) fejl.push(`filens id "${fil.id}" svarer ikke til filnavnet ${navn}`);
  for (const r of fil.regler) {
    const hvor = `${navn}: ${r.id}`;
    if (r.gyldig.til && r.gyldig.til < r.gyldig.fra) fejl.push(`${hvor}: gyldig.til ligger før gyldig.fra`);
    const dele = r.krav.map((k) => ("del" in k ? k.del : undefined));
    if (r.krav.length > 1 && (dele.some((d) => !d) || new Set(dele).size !== dele.length)) {
      fejl.push(`${hvor}: en regel med flere krav skal give hvert krav et entydigt "del"`);
    }
    for (const k of r.krav) {
      if ("maalgrupper" in k && k.maalgrupper && r.maalgrupper !== "alle") {
        const uden = k.maalgrupper.filter((g) => !(r.maalgrupper as Maalgruppe[]).includes(g));
        if (uden.length > 0) fejl.push(`${hvor}: kravets målgrupper ${uden.join(", ")} er ikke regelens`);
      }
      if (k.type === "kanal" && k.trigger.haendelse !== "SAMTALE_AFHOLDT") {
        fejl.push(`${hvor}: et kanalkrav udløses af en afholdt samtale (SAMTALE_AFHOLDT)`);
      }
      if ("trigger" in k && k.trigger.efterBortfald && k.trigger.haendelse !== "FRITAGELSE_SLUT") {
        fejl.push(`${hvor}: efterBortfald kan kun bruges med FRITAGELSE_SLUT`);
      }
    }
  }
  return fejl;
}

/** Validates one parsed rule file; throws a RegelFejl naming the file and every problem. */
export function validerRegelfil(json: unknown, navn: string): RegelFil {
  const res = RegelFilSchema.safeParse(json);
  if (!res.success) {
    const linjer = res.error.issues.map((i) => `  ${i.path.join(".") || "(roden)"}: ${i.message}`);
    throw new RegelFejl(`regelfilen ${navn} er ugyldig:\n${linjer.join("\n")}`);
  }
  const fejl = tjekFil(res.data, navn);
  if (fejl.length > 0) throw new RegelFejl(`regelfilen ${navn} er ugyldig:\n  ${fejl.join("\n  ")}`);
  return res.data;
}

/** Checks across files: one version of a rule at a time, `ophaever` matches, references to other rules exist. */
export function tjekRegelsaet(filer: readonly RegelFil[]): IndlaestRegel[] {
  const regler: IndlaestRegel[] = [];
  for (const f of filer) {
    for (const r of f.regler) {
      regler.push({
        ...r,
        fil: { id: f.id, titel: f.titel },
        fraDag: dagFraIso(r.gyldig.fra),
        tilDag: r.gyldig.til ? dagFraIso(r.gyldig.til) : UENDELIG,
      });
    }
  }
  const fejl: string[] = [];
  const perId = new Map<string, IndlaestRegel[]>();
  for (const r of regler) perId.set(r.id, [...(perId.get(r.id) ?? []), r]);
  for (const [id, versioner] of perId) {
    const s = [...versioner].sort((a, b) => a.fraDag - b.fraDag);
    for (let i = 1; i < s.length; i++) {
      if (s[i]!.fraDag <= s[i - 1]!.tilDag)
        fejl.push(`${id}: to versioner gælder samtidig (${s[i - 1]!.fil.id}, ${s[i]!.fil.id})`);
    }
  }
  for (const f of filer) {
    for (const o of f.ophaever) {
      const r = perId.get(o.regelId)?.find((x) => x.gyldig.til === o.sidsteDag);
      if (!r)
        fejl.push(`${f.id}: ophæver ${o.regelId} pr. ${o.sidsteDag}, men ingen version af reglen slutter den dag`);
    }
  }
  for (const r of regler) {
    for (const k of r.krav) {
      if ("trigger" in k && k.trigger.efterBortfald && !perId.has(k.trigger.efterBortfald)) {
        fejl.push(`${r.id}: efterBortfald henviser til en ukendt regel ${k.trigger.efterBortfald}`);
      }
    }
  }
  if (fejl.length > 0) throw new RegelFejl(`regelsættet hænger ikke sammen:\n  ${fejl.join("\n  ")}`);
  return regler.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.fraDag - b.fraDag));
}

const REGEL_MAPPE = new URL("./regelsaet/", import.meta.url);

/** Reads and checks every regelsaet/*.json file (in name order). */
export function indlaesRegelfiler(): RegelFil[] {
  const navne = readdirSync(REGEL_MAPPE)
    .filter((n) => n.endsWith(".json"))
    .sort();
  return navne.map((n) => validerRegelfil(JSON.parse(readFileSync(new URL(n, REGEL_MAPPE), "utf8")), n));
}

/** The rule files, read once at import. */
export const REGELFILER: readonly RegelFil[] = indlaesRegelfiler();
/** Every version of every rule, sorted by id and date of effect. */
export const REGLER: readonly IndlaestRegel[] = tjekRegelsaet(REGELFILER);

/** The version of a rule in force on a day, if any. */
export function regelIKraft(
  id: string,
  dag: Dag,
  regler: readonly IndlaestRegel[] = REGLER,
): IndlaestRegel | undefined {
  return regler.find((r) => r.id === id && r.fraDag <= dag && dag <= r.tilDag);
}

// ---------------------------------------------------------------------------------------------------------------------
// Plain-Danish descriptions
// ---------------------------------------------------------------------------------------------------------------------

export const HAENDELSE_NAVN: Record<HaendelseType, string> = {
  LEDIGHED_START: "første ledighedsdag",
  YDELSE_START: "start på ydelse eller skift af målgruppe",
  YDELSE_OPHOER: "ophør af ydelse",
  HJAELP_ANMODNING: "første anmodning om hjælp",
  OVERDRAGELSE: "overdragelse fra a-kassen til jobcenteret",
  FRAVAER_START: "første fraværsdag",
  HURTIG_OPFOELGNING_ANMODET: "anmodning om hurtig opfølgning",
  SAMTALE_INDKALDT: "indkaldelse til samtale",
  SAMTALE_AFHOLDT: "afholdt samtale",
  SAMTALE_UDEBLEVET: "udeblivelse fra samtale",
  SAMTALE_ANMODET: "borgerens anmodning om en samtale",
  SELVBOOKING_OVERSKREDET: "overskredet frist for selvbooking",
  FRITAGELSE_START: "start på fritagelse",
  FRITAGELSE_SLUT: "ophør af fritagelse",
  TILBUD_START: "start på tilbud",
  TILBUD_UDEBLEVET: "udeblivelse fra tilbud",
  TILBUD_AFSLUTTET: "gennemført tilbud",
  PLAN_OFFENTLIGGJORT: "offentliggørelse af planen (Min plan)",
  AKTINDSIGT_ANMODNING: "anmodning om aktindsigt",
  INDSIGT_ANMODNING: "anmodning om indsigt (GDPR)",
  AKTINDSIGT_BESVARET: "svar på aktindsigt",
  INDSIGT_BESVARET: "svar på indsigtsanmodning",
  SAMTALE_AFLYST: "aflyst eller flyttet samtale",
};

const ENHED_NAVN = {
  dage: ["dag", "dage"],
  arbejdsdage: ["arbejdsdag", "arbejdsdage"],
  uger: ["uge", "uger"],
  maaneder: ["måned", "måneder"],
} as const;

/** "6 måneder på ydelse", "7 arbejdsdage", "1 uge". */
export function laengdeTekst(l: Laengde): string {
  const navn = ENHED_NAVN[l.enhed][l.antal === 1 ? 0 : 1];
  return `${l.antal} ${navn}${l.ur === "ydelse" ? " på ydelse" : ""}`;
}

function triggerTekst(t: Trigger): string {
  let s = t.foerste ? `første ${t.arter?.join("/") ?? "samtale"} efter forløbsstart` : HAENDELSE_NAVN[t.haendelse];
  if (t.kategorier) s += ` (kategori ${t.kategorier.join(" og ")})`;
  if (t.minYdelsestid) s += ` efter mindst ${laengdeTekst(t.minYdelsestid)}`;
  if (t.efter) s += `, når der er gået ${laengdeTekst(t.efter)}`;
  if (t.efterBortfald) s += ` (når fristen i ${t.efterBortfald} udløb under fritagelsen)`;
  return s;
}

/** A one-line Danish description of a rule: what triggers it and what it requires, requirement by requirement. */
export function beskrivRegel(r: Regel): string {
  return r.krav
    .map((k) => {
      if (k.type === "trin") return k.tekst;
      const kohorte = k.type === "kohorte" ? "kohorte: " : "";
      return `${kohorte}ved ${triggerTekst(k.trigger)}: ${k.tekst}`;
    })
    .join("; ");
}

// ---------------------------------------------------------------------------------------------------------------------
// The administrator's view
// ---------------------------------------------------------------------------------------------------------------------

export type RegelArt = "person" | "kohorte" | "forslag" | "trin";

export interface RegelOversigt {
  id: string;
  titel: string;
  art: RegelArt;
  maalgrupper: "alle" | { kode: Maalgruppe; nr: number; navn: string }[];
  henvisning: Henvisning;
  yderligereHenvisninger: Henvisning[];
  gyldigFra: string;
  /** null: in force until further notice */
  gyldigTil: string | null;
  gyldighedNote?: string;
  sikkerhed: Sikkerhed;
  beskrivelse: string;
  fortolkning?: string;
  /** the rule file (law or amendment) the rule comes from */
  kilde: string;
}

function regelArt(r: Regel): RegelArt {
  const typer = new Set(r.krav.map((k) => k.type));
  if (typer.has("trin")) return "trin";
  if (typer.has("forslag")) return "forslag";
  if (typer.has("kohorte")) return "kohorte";
  return "person";
}

export function oversigt(r: IndlaestRegel): RegelOversigt {
  return {
    id: r.id,
    titel: r.titel,
    art: regelArt(r),
    maalgrupper:
      r.maalgrupper === "alle"
        ? "alle"
        : r.maalgrupper.map((g) => ({ kode: g, nr: MAALGRUPPER[g].nr, navn: MAALGRUPPER[g].da })),
    henvisning: r.henvisning,
    yderligereHenvisninger: r.yderligereHenvisninger ?? [],
    gyldigFra: r.gyldig.fra,
    gyldigTil: r.gyldig.til ?? null,
    ...(r.gyldig.note ? { gyldighedNote: r.gyldig.note } : {}),
    sikkerhed: r.sikkerhed,
    beskrivelse: beskrivRegel(r),
    ...(r.fortolkning ? { fortolkning: r.fortolkning } : {}),
    kilde: r.fil.titel,
  };
}

/** Every rule in force on a day, by id. */
export function regelsaetPaa(dag: Dag, regler: readonly IndlaestRegel[] = REGLER): RegelOversigt[] {
  return regler.filter((r) => r.fraDag <= dag && dag <= r.tilDag).map(oversigt);
}

export interface Aendringer {
  fra: string;
  til: string;
  /** in force on `til`, not on `fra` */
  tilfoejet: RegelOversigt[];
  /** in force on `fra`, not on `til` */
  ophoert: RegelOversigt[];
  /** in force on both days, but in another version: which fields differ */
  aendret: { id: string; foer: RegelOversigt; efter: RegelOversigt; felter: string[] }[];
}

const SAMMENLIGN: (keyof Regel)[] = [
  "titel",
  "ansvarlig",
  "maalgrupper",
  "henvisning",
  "yderligereHenvisninger",
  "sikkerhed",
  "fortolkning",
  "ophoer",
  "krav",
];

/** What changed in the rule set between two days (either order of days works; `fra` is the earlier view). */
export function aendringer(fra: Dag, til: Dag, regler: readonly IndlaestRegel[] = REGLER): Aendringer {
  const a = new Map(regler.filter((r) => r.fraDag <= fra && fra <= r.tilDag).map((r) => [r.id, r]));
  const b = new Map(regler.filter((r) => r.fraDag <= til && til <= r.tilDag).map((r) => [r.id, r]));
  const res: Aendringer = { fra: isoFraDag(fra), til: isoFraDag(til), tilfoejet: [], ophoert: [], aendret: [] };
  for (const [id, r] of b) if (!a.has(id)) res.tilfoejet.push(oversigt(r));
  for (const [id, r] of a) if (!b.has(id)) res.ophoert.push(oversigt(r));
  for (const [id, ra] of a) {
    const rb = b.get(id);
    if (!rb || rb === ra) continue;
    const felter = SAMMENLIGN.filter((f) => JSON.stringify(ra[f]) !== JSON.stringify(rb[f]));
    if (ra.gyldig.fra !== rb.gyldig.fra) felter.push("gyldig");
    res.aendret.push({ id, foer: oversigt(ra), efter: oversigt(rb), felter });
  }
  return res;
}
