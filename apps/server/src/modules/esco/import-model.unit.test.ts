import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  bygRaekker,
  EscoFormatFejl,
  findEscoFiler,
  laesDanskeEtiketter,
  laesErhverv,
  laesFaerdigheder,
  laesIscoGrupper,
  laesRelationer,
  splitEtiketter,
  sprogFraFilnavn,
  versionFraNavn,
} from "./import-model.ts";

const TESTDATA = path.join(path.dirname(fileURLToPath(import.meta.url)), "testdata");
const O = (n: number) => `http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-00000000000${n}`;
const S = (n: number) => `http://data.europa.eu/esco/skill/10000000-0000-4000-8000-00000000000${n}`;

function laesMappe(navn: string, sprog?: string) {
  const mappe = path.join(TESTDATA, navn);
  const filer = findEscoFiler(readdirSync(mappe), sprog);
  const laes = (f: string) => readFileSync(path.join(mappe, f));
  return {
    filer,
    erhverv: laesErhverv(laes(filer.erhverv), filer.erhverv),
    faerdigheder: laesFaerdigheder(laes(filer.faerdigheder), filer.faerdigheder),
    relationer: laesRelationer(laes(filer.relationer), filer.relationer),
    isco: filer.isco ? laesIscoGrupper(laes(filer.isco), filer.isco) : { poster: [], advarsler: [] },
  };
}

describe("the ESCO files of a folder", () => {
  test("the language comes from the file suffix; v1.0.8's relations file has none", () => {
    expect(sprogFraFilnavn("occupations_da.csv")).toBe("da");
    expect(sprogFraFilnavn("skills_pt-PT.csv")).toBe("pt-pt");
    expect(sprogFraFilnavn("occupationSkillRelations.csv")).toBeNull();
    expect(findEscoFiler(readdirSync(path.join(TESTDATA, "v1.0.8-en")))).toEqual({
      sprog: "en",
      erhverv: "occupations_en.csv",
      faerdigheder: "skills_en.csv",
      relationer: "occupationSkillRelations.csv",
      isco: "ISCOGroups_en.csv",
    });
    expect(findEscoFiler(readdirSync(path.join(TESTDATA, "v1.2.0-da"))).relationer).toBe(
      "occupationSkillRelations_da.csv",
    );
  });

  test("a folder with two languages needs --sprog; a missing file is named", () => {
    const to = [
      "occupations_da.csv",
      "occupations_en.csv",
      "skills_da.csv",
      "skills_en.csv",
      "occupationSkillRelations.csv",
    ];
    expect(() => findEscoFiler(to)).toThrow(/flere sprog \(da, en\)/);
    expect(findEscoFiler(to, "da").faerdigheder).toBe("skills_da.csv");
    expect(() => findEscoFiler(to, "de")).toThrow(EscoFormatFejl);
    expect(() => findEscoFiler(["occupations_en.csv", "occupationSkillRelations.csv"])).toThrow(/skills_en\.csv/);
    expect(() => findEscoFiler(["occupations_en.csv", "skills_en.csv"])).toThrow(/occupationSkillRelations/);
  });

  test("the version is read from ESCO's folder name", () => {
    expect(versionFraNavn("ESCO dataset - v1.1.1 - classification - da - csv")).toBe("v1.1.1");
    expect(versionFraNavn("esco-v1.0.8-da")).toBe("v1.0.8");
    expect(versionFraNavn("esco")).toBeNull();
  });
});

describe("reading ESCO CSV", () => {
  test("v1.0.8 layout: quoted multi-line labels, rows without a valid URI or ISCO group are skipped with a warning", () => {
    const m = laesMappe("v1.0.8-en");
    expect(m.erhverv.poster.map((e) => e.uri)).toEqual([O(1), O(2), O(3)]);
    const toemrer = m.erhverv.poster[0]!;
    expect(toemrer).toMatchObject({ isco: "7115", kode: "7115.1", titel: "carpenter" });
    // the preferred label is not repeated among the alternatives
    expect(toemrer.alt).toEqual(["joiner", "wood worker"]);
    expect(m.erhverv.advarsler.map((a) => a.besked).join("\n")).toMatch(/not-esco[\s\S]*4-cifret ISCO/);
    expect(m.faerdigheder.poster.map((f) => [f.titel, f.art, f.genbrug])).toEqual([
      ["join wood elements", "faerdighed", "sektorspecifik"],
      ["types of wood", "viden", "tvaersektoriel"],
      ["lift heavy weights", "faerdighed", "tvaergaaende"],
      ["operate forklift", "faerdighed", "erhvervsspecifik"],
      ["use GPS", "faerdighed", null],
    ]);
    expect(m.relationer.poster).toHaveLength(8);
    expect(m.relationer.poster[2]).toEqual({ erhvervUri: O(1), faerdighedUri: S(3), relation: "valgfri" });
    expect(m.isco.poster.map((g) => g.kode)).toEqual(["7", "71", "711", "7115", "9333", "8332"]);
    expect(m.isco.poster[1]!.titel).toBe("Building and related trades workers, excluding electricians");
  });

  test("v1.1.1 layout: columns found by name in any order, extra columns ignored, repeated labels once", () => {
    const m = laesMappe("v1.1.1-en");
    expect(m.erhverv.advarsler).toEqual([]);
    expect(m.erhverv.poster.find((e) => e.uri === O(2))).toEqual({
      uri: O(2),
      isco: "9333",
      kode: "9333.8",
      titel: "warehouse worker",
      alt: ["warehouse operative", "stock handler"],
      beskrivelse: "Warehouse workers receive, store and dispatch goods.",
    });
    expect(m.faerdigheder.poster.find((f) => f.uri === S(3))?.alt).toEqual(["lift heavy loads", "carry heavy things"]);
    expect(m.relationer.poster).toHaveLength(5);
  });

  test("a file without a required column is refused, naming the column", () => {
    expect(() => laesErhverv("conceptUri,preferredLabel\nhttp://data.europa.eu/esco/occupation/x,a\n")).toThrow(
      /iscoGroup/,
    );
    expect(() => laesRelationer("occupationUri,skillUri\nx,y\n")).toThrow(/relationType/);
  });

  test("the Danish label file: ' | '-separated alternatives, occupations and ISCO groups", () => {
    const d = laesDanskeEtiketter(readFileSync(path.join(TESTDATA, "danske-etiketter.tsv"), "utf8")).poster;
    expect(d).toHaveLength(4);
    expect(d.find((x) => x.uri === O(1))).toEqual({
      uri: O(1),
      type: "Occupation",
      isco: "7115",
      titel: "tømrer",
      alt: ["bygningssnedker", "snedker"],
      titelEn: "carpenter",
    });
    expect(d.filter((x) => x.type === "ISCOGroup").map((x) => x.isco)).toEqual(["7115", "9333"]);
  });

  test("splitting labels never yields blanks, repeats or the preferred label", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), fc.string(), (dele, foretrukken) => {
        const ud = splitEtiketter(dele.join("\n"), foretrukken.trim());
        expect(new Set(ud).size).toBe(ud.length);
        for (const s of ud) {
          expect(s).not.toBe("");
          expect(s).toBe(s.trim());
          expect(s).not.toBe(foretrukken.trim());
        }
      }),
    );
  });
});

describe("records to rows", () => {
  test("an English import fills the _en columns and takes Danish labels from the label file", () => {
    const m = laesMappe("v1.0.8-en");
    const danske = laesDanskeEtiketter(readFileSync(path.join(TESTDATA, "danske-etiketter.tsv"), "utf8")).poster;
    const r = bygRaekker(
      {
        sprog: "en",
        erhverv: m.erhverv.poster,
        faerdigheder: m.faerdigheder.poster,
        relationer: m.relationer.poster,
        isco: m.isco.poster,
      },
      danske,
    );
    expect(r.erhverv.find((e) => e.uri === O(1))).toMatchObject({
      titel_da: "tømrer",
      titel_en: "carpenter",
      alt_da: ["bygningssnedker", "snedker"],
      alt_en: ["joiner", "wood worker"],
    });
    // no Danish label: the Danish columns are left as they are (null)
    expect(r.erhverv.find((e) => e.uri === O(3))).toMatchObject({
      titel_da: null,
      alt_da: null,
      titel_en: "cargo vehicle driver",
    });
    expect(r.faerdigheder.every((f) => f.titel_da === null && f.titel_en !== null)).toBe(true);
    expect(r.isco.find((g) => g.kode === "7115")).toEqual({
      kode: "7115",
      titel_da: "Tømrer- og snedkerarbejde",
      titel_en: "Carpenters and joiners",
    });
    expect(r.isco.find((g) => g.kode === "7")).toEqual({
      kode: "7",
      titel_da: null,
      titel_en: "Craft and related trades workers",
    });
    // the relation of the skipped occupation (no ISCO group) is dropped, so the foreign keys hold
    expect(r.relationer).toHaveLength(7);
    expect(r.advarsler.map((a) => a.besked)).toEqual([
      "1 relationer peger på erhverv eller færdigheder uden for importen",
    ]);
  });

  test("a Danish import fills the _da columns only", () => {
    const m = laesMappe("v1.2.0-da");
    expect(m.filer.sprog).toBe("da");
    const r = bygRaekker({
      sprog: "da",
      erhverv: m.erhverv.poster,
      faerdigheder: m.faerdigheder.poster,
      relationer: m.relationer.poster,
      isco: m.isco.poster,
    });
    expect(r.erhverv.find((e) => e.uri === O(2))).toMatchObject({
      titel_da: "lagerarbejder",
      alt_da: ["lagermedarbejder", "lagermedhjælper"],
      titel_en: null,
      alt_en: null,
      beskrivelse: null,
    });
    expect(r.faerdigheder.find((f) => f.uri === S(3))).toMatchObject({
      titel_da: "løfte tunge byrder",
      titel_en: null,
    });
    expect(r.isco).toEqual([{ kode: "9333", titel_da: "Transportarbejde og pakkearbejde", titel_en: null }]);
  });

  test("a pair given twice is one relation, essential if either says so", () => {
    const erhverv = [{ uri: O(1), isco: "7115", kode: null, titel: "a", alt: [], beskrivelse: null }];
    const faerdigheder = [{ uri: S(1), titel: "b", alt: [], art: "faerdighed" as const, genbrug: null }];
    const r = bygRaekker({
      sprog: "en",
      erhverv,
      faerdigheder,
      isco: [],
      relationer: [
        { erhvervUri: O(1), faerdighedUri: S(1), relation: "valgfri" },
        { erhvervUri: O(1), faerdighedUri: S(1), relation: "essentiel" },
        { erhvervUri: O(1), faerdighedUri: S(1), relation: "valgfri" },
      ],
    });
    expect(r.relationer).toEqual([{ erhvervUri: O(1), faerdighedUri: S(1), relation: "essentiel" }]);
  });
});
