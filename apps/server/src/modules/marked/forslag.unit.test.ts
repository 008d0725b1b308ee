import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EffektTal } from "./effekt.ts";
import { erhvervForMaal, faerdighedVedNavn, manglendeFaerdigheder } from "./esco.ts";
import { type ForslagBorger, type ForslagUdbud, foreslaa } from "./forslag.ts";

const DP = "DAGPENGE";
const KJ = "KONTANTHJAELP_JOBPARAT";
const f = (da: string) => faerdighedVedNavn(da).uri;
const MODTAGE = f("modtage varer");
const PLUKKE = f("plukke ordrer til forsendelse");
const BETJENE = f("betjene palleløftere og andet lagerudstyr");
const LOEFTE = f("løfte tunge byrder korrekt");
const IT = f("grundlæggende IT-færdigheder");
const WMS = f("bruge lagerstyringssystemer (WMS)");
const SCANNER = f("bruge stregkodescanner");

const effekt = (i: number, o: number, k: number | null, maalgruppe = DP): EffektTal & { maalgruppe: string } => ({
  maalgruppe,
  gennemfoert: o + 5,
  i_arbejde_13: i,
  observeret_13: o,
  i_arbejde_26: 0,
  observeret_26: 0,
  kontrol_andel_13: k,
  kontrol_andel_26: null,
  kontrol_antal: 812,
});

const udbud = (id: string, x: Partial<ForslagUdbud> = {}): ForslagUdbud => ({
  id,
  titel: `Forløb ${id}`,
  art: "online",
  kompetencer: [],
  maalgrupper: [],
  pris_tokens: 100,
  ...x,
});

/** A citizen on dagpenge who wants to work in a warehouse and already has basic IT skills. */
function borger(x: Partial<ForslagBorger> = {}): ForslagBorger {
  const har = new Set([IT]);
  const erhverv = erhvervForMaal("Job som lagermedarbejder")!;
  const mangler = manglendeFaerdigheder(erhverv, har);
  return {
    maalgruppe: DP,
    har,
    maal: {
      erhverv: erhverv.da,
      essentielle: mangler.essentielle.map((s) => s.uri),
      valgfrie: mangler.valgfrie.map((s) => s.uri),
    },
    aktive: new Set(["aktiv"]),
    ...x,
  };
}

const katalog: ForslagUdbud[] = [
  udbud("k3", { kompetencer: [IT] }), // only what the citizen has
  udbud("e2", { effekt: effekt(25, 40, 0.2) }), // +43 pp
  udbud("k1", { kompetencer: [MODTAGE, PLUKKE, BETJENE] }), // 3 essential
  udbud("e1", { effekt: effekt(31, 50, 0.41) }), // +21 pp
  udbud("e3", { effekt: effekt(9, 10, 0.1), kompetencer: [MODTAGE], pris_tokens: 50 }), // too little data: skills
  udbud("e4", { effekt: effekt(10, 40, 0.3), kompetencer: [WMS] }), // worse than similar citizens: skills
  udbud("k2", { kompetencer: [PLUKKE, WMS, SCANNER] }), // 1 + 0.5 + 0.5
  udbud("aktiv", { effekt: effekt(40, 40, 0.1), kompetencer: [MODTAGE, PLUKKE, BETJENE, LOEFTE] }),
  udbud("lukket", { effekt: effekt(40, 40, 0.1), maalgrupper: [KJ] }),
  udbud("aaben", { kompetencer: [LOEFTE], maalgrupper: [KJ, DP], pris_tokens: 50 }),
  udbud("dobbelt", { kompetencer: [BETJENE, BETJENE], pris_tokens: 80 }),
  udbud("andengruppe", { effekt: effekt(40, 40, 0.1, KJ) }), // an effect for another target group does not count
];

describe("suggestions for one citizen", () => {
  test("measured effect first, then the missing skills; each offer once, the best first", () => {
    const fs = foreslaa(borger(), katalog);
    expect(fs.map((x) => [x.udbudId, x.kilde, x.score])).toEqual([
      ["e2", "effekt", 43],
      ["e1", "effekt", 21],
      ["k1", "kompetence", 3],
      ["k2", "kompetence", 2],
      // three offers teach one essential skill: the cheaper first, then by id
      ["aaben", "kompetence", 1],
      ["e3", "kompetence", 1],
    ]);
  });

  test("the reasons: the effect's counts, and the skills by their Danish names", () => {
    const fs = foreslaa(borger(), katalog, 10);
    const grund = (id: string) => fs.find((x) => x.udbudId === id)!.grund;
    expect(grund("e1")).toBe(
      "62 % af 50 borgere, der gennemførte, var i job eller uddannelse 13 uger efter " +
        "(lignende borgere uden forløbet: 41 % af 812) – 21 procentpoint bedre.",
    );
    expect(grund("k1")).toBe(
      "Lærer dig 3 af de færdigheder, du mangler som lagerarbejder: modtage varer, plukke ordrer til forsendelse " +
        "og betjene palleløftere og andet lagerudstyr.",
    );
    // essential before optional
    expect(grund("k2")).toBe(
      "Lærer dig 3 af de færdigheder, du mangler som lagerarbejder: plukke ordrer til forsendelse, " +
        "bruge lagerstyringssystemer (WMS) og bruge stregkodescanner.",
    );
    expect(grund("dobbelt")).toBe(
      "Lærer dig én af de færdigheder, du mangler som lagerarbejder: betjene palleløftere og andet lagerudstyr.",
    );
    expect(fs.find((x) => x.udbudId === "dobbelt")!.score).toBe(1);
    expect(fs.find((x) => x.udbudId === "e4")).toMatchObject({ kilde: "kompetence", score: 0.5 });
  });

  test("never an offer the citizen is on, one closed to the target group, or one teaching nothing missing", () => {
    const ids = foreslaa(borger(), katalog, 100).map((x) => x.udbudId);
    expect(ids).not.toContain("aktiv");
    expect(ids).not.toContain("lukket");
    expect(ids).not.toContain("k3");
    expect(ids).not.toContain("andengruppe");
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("without a job goal only measured effects are suggested; in another target group other offers open", () => {
    expect(foreslaa(borger({ maal: null }), katalog).map((x) => x.udbudId)).toEqual(["e2", "e1"]);
    // in KJ: "lukket" is open, but its effect row is for DAGPENGE; "andengruppe" has one for KJ
    expect(foreslaa(borger({ maal: null, maalgruppe: KJ }), katalog).map((x) => x.udbudId)).toEqual(["andengruppe"]);
  });

  test("languages: an offer in none of the citizen's languages is left out, when both are known", () => {
    const k = [
      udbud("en", { sprog: ["en"], kompetencer: [MODTAGE] }),
      udbud("da", { sprog: ["da"], kompetencer: [MODTAGE] }),
    ];
    expect(foreslaa(borger({ sprog: ["da", "ar"] }), k).map((x) => x.udbudId)).toEqual(["da"]);
    expect(foreslaa(borger(), k).map((x) => x.udbudId)).toEqual(["da", "en"]);
  });

  test("no offers, no suggestions", () => {
    expect(foreslaa(borger(), [])).toEqual([]);
    expect(foreslaa(borger(), katalog, 0)).toEqual([]);
  });
});

describe("properties over large catalogues", () => {
  const skills = [MODTAGE, PLUKKE, BETJENE, LOEFTE, IT, WMS, SCANNER];
  const arb = fc.record({
    udbud: fc.array(
      fc.record({
        kompetencer: fc.array(fc.constantFrom(...skills), { maxLength: 4 }),
        maalgrupper: fc.array(fc.constantFrom(DP, KJ), { maxLength: 2 }),
        pris_tokens: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
        effekt: fc.option(
          fc
            .record({
              o: fc.integer({ min: 0, max: 60 }),
              i: fc.nat(60),
              k: fc.double({ min: 0, max: 1, noNaN: true }),
            })
            .map(({ o, i, k }) => effekt(Math.min(i, o), o, k)),
          { nil: undefined },
        ),
      }),
      { maxLength: 60 },
    ),
    aktive: fc.array(fc.nat(59), { maxLength: 5 }),
    antal: fc.integer({ min: 1, max: 8 }),
    medMaal: fc.boolean(),
  });

  test("at most `antal`, each once, none active or closed, effect before skills, each kind best first", () => {
    fc.assert(
      fc.property(arb, ({ udbud: us, aktive, antal, medMaal }) => {
        const k = us.map((u, i) => udbud(`u${String(i).padStart(3, "0")}`, u));
        const b = borger({ aktive: new Set(aktive.map((i) => `u${String(i).padStart(3, "0")}`)) });
        const fs = foreslaa(medMaal ? b : { ...b, maal: null }, k, antal);
        expect(fs.length).toBeLessThanOrEqual(antal);
        expect(new Set(fs.map((x) => x.udbudId)).size).toBe(fs.length);
        const byId = new Map(k.map((u) => [u.id, u]));
        let sidsteKilde = "effekt";
        let sidsteScore = Number.POSITIVE_INFINITY;
        for (const x of fs) {
          const u = byId.get(x.udbudId)!;
          expect(b.aktive.has(u.id)).toBe(false);
          expect(u.maalgrupper.length === 0 || u.maalgrupper.includes(DP)).toBe(true);
          expect(x.score).toBeGreaterThan(0);
          if (x.kilde !== sidsteKilde) {
            expect(x.kilde).toBe("kompetence");
            sidsteKilde = x.kilde;
            sidsteScore = Number.POSITIVE_INFINITY;
          }
          expect(x.score).toBeLessThanOrEqual(sidsteScore);
          sidsteScore = x.score;
        }
        // the same result whatever the catalogue's order
        expect(foreslaa(medMaal ? b : { ...b, maal: null }, [...k].reverse(), antal)).toEqual(fs);
      }),
      { numRuns: 300 },
    );
  });

  test("5,000 offers: the same as scoring every offer and sorting them all", () => {
    const rng = (() => {
      let s = 42;
      return () => {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        return s / 2 ** 32;
      };
    })();
    const k: ForslagUdbud[] = Array.from({ length: 5000 }, (_, i) =>
      udbud(`u${String(i).padStart(4, "0")}`, {
        kompetencer: skills.filter(() => rng() < 0.15),
        maalgrupper: rng() < 0.3 ? [KJ] : [],
        pris_tokens: Math.floor(rng() * 300),
        ...(rng() < 0.8 ? { effekt: effekt(Math.floor(rng() * 30), 20 + Math.floor(rng() * 30), rng() * 0.6) } : {}),
      }),
    );
    const fs = foreslaa(borger(), k, 6);
    expect(fs).toHaveLength(6);
    const alle = foreslaa(borger(), k, 5000);
    expect(alle.slice(0, 6)).toEqual(fs);
    expect(alle.filter((x) => x.kilde === "effekt").length).toBeGreaterThan(6);
  });
});
