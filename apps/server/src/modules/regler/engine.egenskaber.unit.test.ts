/**
 * Properties of the engine that must hold for every history, checked on random histories (fast-check): the law's
 * situations are in engine.unit.test.ts; these guard the mechanics.
 */
import { MAALGRUPPE_KODER } from "#contracts/maalgrupper.ts";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { evaluer, STANDARD_REGELSAET } from "./engine.ts";
import { dagFraIso } from "./kalender.ts";
import type { Evaluering, Haendelse, HaendelseType } from "./model.ts";
import { REGLER, regelIKraft } from "./regelsaet.ts";

const FRA = dagFraIso("2019-06-01");
const TIL = dagFraIso("2027-12-31");

// Weighted towards the events that drive the rules.
const TYPER: HaendelseType[] = [
  "YDELSE_START",
  "YDELSE_START",
  "YDELSE_START",
  "YDELSE_OPHOER",
  "LEDIGHED_START",
  "HJAELP_ANMODNING",
  "OVERDRAGELSE",
  "FRAVAER_START",
  "HURTIG_OPFOELGNING_ANMODET",
  "SAMTALE_INDKALDT",
  "SAMTALE_AFHOLDT",
  "SAMTALE_AFHOLDT",
  "SAMTALE_AFHOLDT",
  "SAMTALE_AFHOLDT",
  "SAMTALE_UDEBLEVET",
  "SAMTALE_ANMODET",
  "SELVBOOKING_OVERSKREDET",
  "FRITAGELSE_START",
  "FRITAGELSE_SLUT",
  "TILBUD_START",
  "TILBUD_START",
  "TILBUD_UDEBLEVET",
  "PLAN_OFFENTLIGGJORT",
  "AKTINDSIGT_ANMODNING",
  "INDSIGT_ANMODNING",
  "AKTINDSIGT_BESVARET",
  "INDSIGT_BESVARET",
];

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const haendelse: fc.Arbitrary<Haendelse> = fc
  .record({
    type: fc.constantFrom(...TYPER),
    dag: fc.integer({ min: FRA, max: TIL }),
    maalgruppe: fc.constantFrom(...MAALGRUPPE_KODER),
    kanal: opt(fc.constantFrom("fremmoede", "telefon", "video") as fc.Arbitrary<"fremmoede" | "telefon" | "video">),
    art: opt(
      fc.constantFrom("jobsamtale", "opfoelgning", "faelles", "anden") as fc.Arbitrary<Haendelse["art"] & string>,
    ),
    afholder: opt(fc.constantFrom("jobcenter", "akasse") as fc.Arbitrary<"jobcenter" | "akasse">),
    uger: opt(fc.integer({ min: 1, max: 26 })),
    kategori: opt(fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>),
    tilbudsart: opt(
      fc.constantFrom("loentilskud", "virksomhedspraktik") as fc.Arbitrary<"loentilskud" | "virksomhedspraktik">,
    ),
    foreloebigt: opt(fc.boolean()),
  })
  .map((r) => {
    const h: Haendelse = { type: r.type, dag: r.dag };
    if (r.type === "YDELSE_START") h.maalgruppe = r.maalgruppe;
    if (r.kanal) h.kanal = r.kanal;
    if (r.art) h.art = r.art;
    if (r.afholder) h.afholder = r.afholder;
    if (r.uger) h.uger = r.uger;
    if (r.kategori) h.kategori = r.kategori;
    if (r.tilbudsart) h.tilbudsart = r.tilbudsart;
    if (r.foreloebigt) h.foreloebigt = r.foreloebigt;
    return h;
  });

/**
 * A history of one case and an evaluation day: either spread over the whole range (rare but odd combinations), or
 * packed into about 20 months, as real cases are (so that obligations are met, restarted and run out).
 */
const spredt = fc.tuple(fc.array(haendelse, { maxLength: 40 }), fc.integer({ min: FRA, max: TIL }));
const samlet = fc
  .tuple(
    fc.integer({ min: FRA, max: TIL - 600 }),
    fc.array(haendelse, { maxLength: 40 }),
    fc.integer({ min: 0, max: 700 }),
  )
  .map(([base, hs, d]) => [hs.map((h) => ({ ...h, dag: base + (h.dag % 600) })), base + d] as [Haendelse[], number]);
const sag = fc
  .oneof(spredt, samlet, samlet)
  .map(([hs, dag]) => ({ haendelser: [...hs].sort((a, b) => a.dag - b.dag), dag }));

const RUNS = { numRuns: 400 };

// Rules a conversation can trigger (the first jobsamtale of a course): a new conversation may create these.
const SAMTALEUDLOEST = new Set(
  REGLER.filter((r) => r.krav.some((k) => "trigger" in k && k.trigger.haendelse === "SAMTALE_AFHOLDT")).map(
    (r) => r.id,
  ),
);

const forfaldneUdenSamtaleudloeste = (ev: Evaluering) =>
  ev.forpligtelser.filter((f) => f.status === "forfalden" && !SAMTALEUDLOEST.has(f.regelId)).length;

describe("the engine's properties (random histories)", () => {
  test("an obligation is never due before its trigger, and arises no earlier than it", () => {
    fc.assert(
      fc.property(sag, ({ haendelser, dag }) => {
        for (const f of evaluer({ haendelser }, dag).forpligtelser) {
          expect(f.frist).toBeGreaterThanOrEqual(f.trigger.dag);
          expect(f.udloestDag ?? f.trigger.dag).toBeGreaterThanOrEqual(f.trigger.dag);
          if (f.opfyldtDag !== undefined) expect(f.opfyldtDag).toBeGreaterThanOrEqual(f.trigger.dag);
        }
      }),
      RUNS,
    );
  });

  test("adding a held conversation never makes a case more overdue", () => {
    fc.assert(
      fc.property(sag, haendelse, ({ haendelser, dag }, extra) => {
        const samtale: Haendelse = { ...extra, type: "SAMTALE_AFHOLDT", dag: Math.min(extra.dag, dag) };
        delete samtale.maalgruppe;
        const foer = evaluer({ haendelser }, dag);
        const efter = evaluer({ haendelser: [...haendelser, samtale].sort((a, b) => a.dag - b.dag) }, dag);
        expect(forfaldneUdenSamtaleudloeste(efter)).toBeLessThanOrEqual(forfaldneUdenSamtaleudloeste(foer));
      }),
      RUNS,
    );
  });

  test("evaluation is deterministic, and one case's evaluation does not leak into the next", () => {
    fc.assert(
      fc.property(sag, sag, (a, b) => {
        const foerste = evaluer({ haendelser: a.haendelser }, a.dag);
        evaluer({ haendelser: b.haendelser }, b.dag);
        const igen = evaluer({ haendelser: structuredClone(a.haendelser) }, a.dag);
        expect(igen).toEqual(foerste);
      }),
      RUNS,
    );
  });

  test("every obligation and proposal cites a rule in force on its trigger date", () => {
    fc.assert(
      fc.property(sag, ({ haendelser, dag }) => {
        const ev = evaluer({ haendelser }, dag);
        for (const f of [...ev.forpligtelser, ...ev.forslag]) {
          const d = ("udloestDag" in f && f.udloestDag) || f.trigger.dag;
          const regel = regelIKraft(f.regelId, d);
          expect(regel, `${f.regelId} den ${d}`).toBeDefined();
          expect(f.henvisning).toEqual(regel!.henvisning);
          expect(f.sikkerhed).toBe(regel!.sikkerhed);
          expect(f.forklaring).toContain(regel!.henvisning.paragraf);
          for (const s of "skridt" in f ? (f.skridt ?? []) : []) expect(regelIKraft(s.regelId, d)).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  test("statuses agree with the due date and the evaluation day", () => {
    fc.assert(
      fc.property(sag, ({ haendelser, dag }) => {
        for (const f of evaluer({ haendelser }, dag).forpligtelser) {
          if (f.status === "kommende") expect(f.frist).toBeGreaterThanOrEqual(dag);
          if (f.status === "forfalden") expect(f.frist).toBeLessThan(dag);
          if (f.status === "opfyldt_for_sent") expect(f.opfyldtDag!).toBeGreaterThan(f.frist);
          if (f.status === "opfyldt" || f.status === "opfyldt_for_sent") expect(f.opfyldtDag!).toBeLessThanOrEqual(dag);
          if (f.status === "bortfaldet") expect(f.bortfaldetDag!).toBeLessThanOrEqual(dag);
          expect(Number.isInteger(f.frist)).toBe(true);
          expect(f.forklaring.length).toBeGreaterThan(40);
        }
      }),
      RUNS,
    );
  });

  test("events after the evaluation day change nothing (except bookings) and input order within days is kept", () => {
    fc.assert(
      fc.property(sag, fc.array(haendelse, { maxLength: 8 }), ({ haendelser, dag }, senere) => {
        const fremtid = senere
          .filter((h) => h.type !== "SAMTALE_INDKALDT")
          .map((h) => ({ ...h, dag: dag + 1 + (h.dag % 300) }))
          .sort((a, b) => a.dag - b.dag);
        expect(evaluer({ haendelser: [...haendelser, ...fremtid] }, dag)).toEqual(evaluer({ haendelser }, dag));
        // Unsorted input is sorted (stably) first.
        const blandet = [...haendelser].reverse();
        const stabil = [...blandet].sort((a, b) => a.dag - b.dag);
        expect(evaluer({ haendelser: blandet }, dag)).toEqual(evaluer({ haendelser: stabil }, dag));
      }),
      RUNS,
    );
  });

  test("the compiled rule set covers every requirement of every rule file", () => {
    const antal = REGLER.reduce((s, r) => s + r.krav.length, 0);
    expect(STANDARD_REGELSAET.krav).toHaveLength(antal);
  });
});
