/**
 * The marketplace's own rules, as pure functions (docs/marketplace.md): what an offer is, when it may be enrolled in,
 * how long a formal tilbud lasts, the token ledger's balance and conservation, and the municipality's refund rule.
 * No I/O here: the store (store.ts) reads and writes, and calls these.
 */
import { z } from "zod";
import { MAALGRUPPE_KODER } from "#contracts/maalgrupper.ts";
import { dagFraIso } from "../regler/kalender.ts";

export const UDBUD_ARTER = ["online", "webinar", "on_demand", "fysisk", "blended"] as const;
export type UdbudArt = (typeof UDBUD_ARTER)[number];
export const NIVEAUER = ["begynder", "oevet", "erfaren"] as const;
export const MODUL_FORMER = ["digital", "live", "fysisk"] as const;
export const SPROG = ["da", "en", "ar", "uk", "pl", "so", "tr", "ti"] as const;
export const UDBUD_STATUS = ["kladde", "indsendt", "godkendt", "afvist", "tilbagetrukket"] as const;
export type UdbudStatus = (typeof UDBUD_STATUS)[number];

/** Offer kinds that are wholly digital (no live or physical part). */
export const DIGITALE_ARTER: readonly UdbudArt[] = ["online", "on_demand"];
/** Offer kinds with a self-paced digital part the citizen can start the day they enrol (a blended course's theory). */
export const STRAKS_ARTER: readonly UdbudArt[] = ["online", "on_demand", "blended"];
/** Kinds that must have scheduled modules with a capacity. */
export const ARTER_MED_MODULER: readonly UdbudArt[] = ["webinar", "fysisk", "blended"];

const Tekst = (min: number, max: number) => z.string().trim().min(min).max(max);

export const Modul = z
  .object({
    titel: Tekst(2, 120),
    form: z.enum(MODUL_FORMER),
    start: z.iso.datetime({ offset: true }),
    slut: z.iso.datetime({ offset: true }),
    sted: Tekst(2, 200).optional(),
    kapacitet: z.number().int().min(1).max(500),
  })
  .refine((m) => new Date(m.slut) > new Date(m.start), { message: "Slut skal være efter start", path: ["slut"] })
  .refine((m) => (m.form === "fysisk") === Boolean(m.sted), {
    message: "Et fysisk modul skal have et sted, og kun et fysisk modul har et",
    path: ["sted"],
  });
export type ModulInput = z.infer<typeof Modul>;

/** An offer as a provider writes it (by screen or API). */
export const UdbudInput = z
  .object({
    titel: Tekst(3, 160),
    beskrivelse: Tekst(20, 4000),
    art: z.enum(UDBUD_ARTER),
    sprog: z.array(z.enum(SPROG)).min(1).max(8),
    niveau: z.enum(NIVEAUER),
    varighedUger: z.number().int().min(1).max(104),
    timerPrUge: z.number().int().min(1).max(37),
    kompetencer: z.array(z.string().url().max(200)).max(30).default([]),
    maalgrupper: z
      .array(z.enum(MAALGRUPPE_KODER as [string, ...string[]]))
      .max(11)
      .default([]),
    prisTokens: z.number().int().min(0).max(100_000).nullable().default(null),
    abonnement: z.boolean().default(false),
    moduler: z.array(Modul).max(40).default([]),
  })
  .refine((u) => u.abonnement || u.prisTokens !== null, {
    message: "Angiv en pris i tokens, eller at udbuddet er med i abonnementet",
    path: ["prisTokens"],
  })
  .refine((u) => !ARTER_MED_MODULER.includes(u.art) || u.moduler.length > 0, {
    message: "Et webinar, et fysisk eller et blandet forløb skal have mindst ét modul med tid og kapacitet",
    path: ["moduler"],
  })
  .refine((u) => !["blended", "fysisk"].includes(u.art) || u.moduler.some((m) => m.form === "fysisk"), {
    message: "Et fysisk eller blandet forløb skal have mindst ét fysisk modul",
    path: ["moduler"],
  })
  .refine((u) => !DIGITALE_ARTER.includes(u.art) || u.moduler.every((m) => m.form === "digital"), {
    message: "Et online- eller on demand-forløb har kun digitale moduler",
    path: ["moduler"],
  });
export type UdbudInput = z.infer<typeof UdbudInput>;

/** The status moves a provider or the municipality may make; anything else is refused. */
const OVERGANGE: Record<UdbudStatus, readonly UdbudStatus[]> = {
  kladde: ["indsendt", "tilbagetrukket"],
  indsendt: ["godkendt", "afvist", "tilbagetrukket"],
  afvist: ["indsendt", "tilbagetrukket"],
  godkendt: ["tilbagetrukket"],
  tilbagetrukket: [],
};
export function kanSkifte(fra: UdbudStatus, til: UdbudStatus): boolean {
  return OVERGANGE[fra].includes(til);
}

/** A formal tilbud's length in whole weeks, as the rules engine counts it (TILBUD_START `uger`). */
export function uger(start: string, slut: string): number {
  return Math.max(1, Math.ceil((dagFraIso(slut) - dagFraIso(start) + 1) / 7));
}

/** The end day of an offer started on `start` that lasts `varighedUger` weeks. */
export function slutdag(start: string, varighedUger: number): number {
  return dagFraIso(start) + varighedUger * 7 - 1;
}

export interface RefusionsRegel {
  /** full refund within this many days of enrolling */
  dage: number;
  /** ... and only if no more than this share (%) has been done */
  maksFremskridt: number;
}

/**
 * Tokens returned when a citizen cancels: all of them within the municipality's period, if little enough has been
 * done; none after. Returns the amount and the reason in Danish, for the receipt.
 */
export function refusion(
  regel: RefusionsRegel,
  t: { tokens: number; tilmeldt: Date; fremskridt: number },
  now: Date,
): { tokens: number; grund: string } {
  if (t.tokens === 0) return { tokens: 0, grund: "Forløbet kostede ingen tokens." };
  const dage = Math.floor((now.getTime() - t.tilmeldt.getTime()) / 86_400_000);
  if (dage > regel.dage)
    return {
      tokens: 0,
      grund: `Du får ikke tokens tilbage: du meldte dig til for ${dage} dage siden, og kommunens frist er ${regel.dage} dage.`,
    };
  if (t.fremskridt > regel.maksFremskridt)
    return {
      tokens: 0,
      grund: `Du får ikke tokens tilbage: du har gennemført ${t.fremskridt} %, og grænsen er ${regel.maksFremskridt} %.`,
    };
  return {
    tokens: t.tokens,
    grund: `Du får alle ${t.tokens} tokens tilbage, fordi du afmelder dig inden for ${regel.dage} dage og har gennemført højst ${regel.maksFremskridt} %.`,
  };
}

export type PostArt = "budget" | "tildeling" | "forbrug" | "refusion" | "udloeb";

/** The ledger's totals over entries of one municipality: every token is accounted for. */
export function regnskab(poster: readonly { art: PostArt; antal: number; borger: boolean }[]) {
  let budget = 0;
  let forbrugt = 0;
  let udloebet = 0;
  let kommunensSaldo = 0;
  let borgernesSaldo = 0;
  for (const p of poster) {
    if (p.art === "budget") budget += p.antal;
    if (p.art === "forbrug" || p.art === "refusion") forbrugt -= p.antal;
    if (p.art === "udloeb") udloebet -= p.antal;
    if (p.borger) borgernesSaldo += p.antal;
    else kommunensSaldo += p.antal;
  }
  return {
    budget,
    kommunensSaldo,
    borgernesSaldo,
    forbrugt,
    udloebet,
    /** budget = the municipality's balance + the citizens' balances + spent (net of refunds) + expired */
    bevaret: budget === kommunensSaldo + borgernesSaldo + forbrugt + udloebet,
  };
}
