import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { afstandTilErhverv, type ErhvervMedFaerdigheder, skilForslag } from "./model.ts";

const e = (uri: string, essentielle: string[], valgfrie: string[], kilde: "erfaring" | "jobmaal" = "erfaring") =>
  ({ uri, titel: uri, kilde, essentielle, valgfrie }) satisfies ErhvervMedFaerdigheder;

describe("skill suggestions", () => {
  test("essential first, each skill once, under the first occupation that has it as essential, minus the CV's", () => {
    const g = skilForslag(
      [e("lager", ["a", "b", "c"], ["x", "d"]), e("truck", ["d", "a", "e"], ["y"], "jobmaal")],
      new Set(["b"]),
    );
    expect(g).toEqual([
      {
        erhverv: { uri: "lager", titel: "lager", kilde: "erfaring" },
        faerdigheder: [
          { uri: "a", essentiel: true },
          { uri: "c", essentiel: true },
          { uri: "x", essentiel: false },
        ],
      },
      {
        erhverv: { uri: "truck", titel: "truck", kilde: "jobmaal" },
        faerdigheder: [
          { uri: "d", essentiel: true },
          { uri: "e", essentiel: true },
          { uri: "y", essentiel: false },
        ],
      },
    ]);
  });

  test("an occupation named twice is grouped once; one with nothing left is left out", () => {
    const g = skilForslag([e("a", ["1"], []), e("a", ["1"], [], "jobmaal"), e("b", ["1"], [])], new Set());
    expect(g.map((x) => x.erhverv.uri)).toEqual(["a"]);
  });

  test("property: never suggests what she has, never twice, and only her occupations' skills", () => {
    const skill: fc.Arbitrary<string> = fc.constantFrom("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8");
    // an occupation has one set of skills: the URIs are unique
    const erhverv = fc.uniqueArray(
      fc.record({
        uri: fc.constantFrom("o1", "o2", "o3", "o4"),
        essentielle: fc.uniqueArray(skill, { maxLength: 5 }),
        valgfrie: fc.uniqueArray(skill, { maxLength: 5 }),
      }),
      { maxLength: 4, selector: (x) => x.uri },
    );
    fc.assert(
      fc.property(erhverv, fc.uniqueArray(skill, { maxLength: 8 }), (liste, har) => {
        const input = liste.map((x) => e(x.uri, x.essentielle, x.valgfrie));
        const g = skilForslag(input, new Set(har));
        const alle = g.flatMap((x) => x.faerdigheder.map((f) => f.uri));
        expect(alle.filter((f) => har.includes(f))).toEqual([]);
        expect(new Set(alle).size).toBe(alle.length);
        const mulige = new Set(input.flatMap((x) => [...x.essentielle, ...x.valgfrie]));
        for (const f of alle) expect(mulige.has(f)).toBe(true);
        for (const grp of g) {
          const ess = grp.faerdigheder.map((f) => f.essentiel);
          expect(ess).toEqual([...ess].sort((a, b) => Number(b) - Number(a)));
        }
        // everything suggestible is suggested
        expect(new Set(alle)).toEqual(new Set([...mulige].filter((f) => !har.includes(f))));
      }),
    );
  });
});

describe("distance to a close occupation", () => {
  test("counts her share of its essential skills and lists the missing ones, the separating ones first", () => {
    const r = afstandTilErhverv({ essentielle: ["a", "b", "c", "d"] }, new Set(["a", "x"]), ["d", "z"]);
    expect(r).toEqual({ har: 1, af: 4, mangler: ["d", "b", "c"] });
  });

  test("at most `maks` missing skills", () => {
    const r = afstandTilErhverv({ essentielle: ["a", "b", "c", "d"] }, new Set(), [], 2);
    expect(r).toEqual({ har: 0, af: 4, mangler: ["a", "b"] });
  });
});
