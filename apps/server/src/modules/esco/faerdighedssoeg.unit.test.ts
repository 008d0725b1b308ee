import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ESCO_ERHVERV, ESCO_FAERDIGHEDER } from "../marked/esco.ts";
import { demoTaksonomi } from "./demo-taksonomi.ts";
import { etiketPoint, type FaerdighedKandidat, rangerFaerdigheder, soegeord } from "./faerdighedssoeg.ts";

const k = (
  uri: string,
  titel_da: string | null,
  titel_en: string,
  alt: Partial<FaerdighedKandidat> = {},
): FaerdighedKandidat => ({
  uri,
  titel_da,
  titel_en,
  alt_da: [],
  alt_en: [],
  synonymer_da: [],
  ...alt,
});

describe("skill label search", () => {
  test("every word of the query must start a word of a label", () => {
    expect(etiketPoint("arbejde sikkert med kemikalier", soegeord("sikker kemi"))).toBeGreaterThan(0);
    expect(etiketPoint("arbejde sikkert med kemikalier", soegeord("usikker"))).toBe(0);
    expect(etiketPoint("betjene kasse", soegeord("kasse"))).toBeGreaterThan(0);
    expect(etiketPoint("betjene kasseapparat", soegeord("apparat"))).toBe(0);
  });

  test("exact label before prefix before word match; the preferred label before alternatives; ties by length, then URI", () => {
    const kandidater = [
      k("u:5", "bruge truck i lager", "use forklift in warehouse"),
      k("u:4", "køre gaffeltruck", "drive forklift", { synonymer_da: ["truck"] }),
      k("u:3", "truckkørsel om natten", "night forklift"),
      k("u:2", "truck", "forklift"),
      k("u:1", "truckcertifikat", "forklift licence"),
    ];
    expect(rangerFaerdigheder("truck", kandidater, 10).map((x) => x.uri)).toEqual(["u:2", "u:4", "u:1", "u:3", "u:5"]);
    expect(rangerFaerdigheder("truck", kandidater, 2).map((x) => x.uri)).toEqual(["u:2", "u:4"]);
    expect(rangerFaerdigheder("  ", kandidater, 10)).toEqual([]);
  });

  test("English labels and alternatives are searched too", () => {
    const kandidater = [
      k("u:1", "løfte tunge byrder korrekt", "lift heavy weights", { alt_en: ["carry heavy loads"] }),
    ];
    expect(rangerFaerdigheder("heavy", kandidater, 5)).toHaveLength(1);
    expect(rangerFaerdigheder("carry", kandidater, 5)).toHaveLength(1);
    expect(rangerFaerdigheder("LØFTE", kandidater, 5)).toHaveLength(1);
  });

  test("the demo taxonomy's Danish label is always found by itself, first", () => {
    const alle = demoTaksonomi().faerdigheder.map((f) => k(f.uri, f.titel_da, f.titel_en, { alt_en: f.alt_en }));
    fc.assert(
      fc.property(fc.constantFrom(...alle), (f) => {
        expect(rangerFaerdigheder(f.titel_da!, alle, 3)[0]?.uri).toBe(f.uri);
      }),
      { numRuns: 200 },
    );
  });

  test("results never exceed n and are all matches", () => {
    const alle = demoTaksonomi().faerdigheder.map((f) => k(f.uri, f.titel_da, f.titel_en, { alt_en: f.alt_en }));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 20 }), (q, n) => {
        const ud = rangerFaerdigheder(q, alle, n);
        expect(ud.length).toBeLessThanOrEqual(n);
        for (const f of ud) expect(f.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
      }),
    );
  });
});

describe("the demo taxonomy", () => {
  const t = demoTaksonomi();

  test("holds the marketplace's slice and the jobcentre's other common occupations, each with skills", () => {
    expect(t.erhverv.length).toBeGreaterThanOrEqual(39);
    const titler = t.erhverv.map((e) => e.titel_da);
    for (const titel of [
      "tømrer",
      "murer",
      "maler",
      "social- og sundhedsassistent",
      "pædagog",
      "truckfører",
      "havnearbejder",
      "sygeplejerske",
    ]) {
      expect(titler).toContain(titel);
    }
    for (const e of t.erhverv) {
      expect(e.essentielle.length, e.titel_da).toBeGreaterThan(0);
      expect(e.essentielle.length + e.valgfrie.length, e.titel_da).toBeLessThanOrEqual(12);
    }
  });

  test("every relation points to a skill with a Danish label, every ISCO level of every occupation is there", () => {
    const faerdigheder = new Map(t.faerdigheder.map((f) => [f.uri, f]));
    for (const e of t.erhverv) {
      for (const uri of [...e.essentielle, ...e.valgfrie]) expect(faerdigheder.get(uri)?.titel_da, uri).toBeTruthy();
      for (let n = 1; n <= 4; n++)
        expect(
          t.isco.some((g) => g.kode === e.isco.slice(0, n)),
          e.isco,
        ).toBe(true);
    }
    expect(t.isco.filter((g) => g.kode.length === 4).every((g) => g.titel_da)).toBe(true);
  });

  test("people's words are there: sosu, lagermand, chauffør C/E, pædagogmedhjælper", () => {
    const synonymer = t.erhverv.flatMap((e) => [e.titel_da, ...e.synonymer_da]);
    for (const s of ["sosu-assistent", "sosu hjælper", "lagermand", "chauffør C/E", "pædagogmedhjælper"]) {
      expect(synonymer).toContain(s);
    }
  });

  test("reuses the marketplace's slice as it is: its occupations, skills, Danish labels and synonyms", () => {
    const erhverv = new Map(t.erhverv.map((e) => [e.uri, e]));
    for (const e of ESCO_ERHVERV) {
      const d = erhverv.get(e.uri);
      expect(d?.titel_da).toBe(e.da);
      expect(d?.essentielle).toEqual(e.essentielle);
      expect(d?.valgfrie).toEqual(e.valgfrie);
      for (const s of e.synonymer) if (s !== e.da) expect(d?.synonymer_da).toContain(s);
    }
    const faerdigheder = new Map(t.faerdigheder.map((f) => [f.uri, f]));
    for (const f of ESCO_FAERDIGHEDER) expect(faerdigheder.get(f.uri)?.titel_da).toBe(f.da);
  });
});
