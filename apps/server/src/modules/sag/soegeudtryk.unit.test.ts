import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  boejningsformer,
  fortolkSoegning,
  fremhaevning,
  MAKS_LED,
  MAKS_SOEGELAENGDE,
  SLUT_MARKOER,
  START_MARKOER,
} from "./soegeudtryk.ts";

// What the queries mean in PostgreSQL is tested against the real engines in soegeudtryk.integration.test.ts.

describe("fortolkSoegning", () => {
  test.each([
    [
      "udeblev fra samtalen",
      "('udeblev' | 'udeblive' | 'udebliver' | 'udeblevet') & 'samtalen'",
      ["udeblev", "samtalen"],
    ],
    ["Lægeerklæring", "'lægeerklæring'", ["lægeerklæring"]],
    ['"ondt i ryggen"', "('ondt' <-> 'i' <-> 'ryggen')", ["ondt", "ryggen"]],
    ["„ondt i ryggen“ »job«", "('ondt' <-> 'i' <-> 'ryggen') & 'job'", ["ondt", "ryggen", "job"]],
    ["praktik -løntilskud", "'praktik' & !'løntilskud'", ["praktik"]],
    ['praktik -"ondt i ryggen"', "'praktik' & !('ondt' <-> 'i' <-> 'ryggen')", ["praktik"]],
    ["rygsmert*", "'rygsmert':*", ["rygsmert"]],
    ["ryg", "'ryg':*", ["ryg"]],
    ["knæ, hånd og skulder", "'knæ':* & 'hånd':* & 'skulder'", ["knæ", "hånd", "skulder"]],
    ["cv", "'cv'", ["cv"]],
    ["-ryg praktik", "'praktik' & !'ryg':*", ["praktik"]],
    ["a-kasse cpr-nr.", "'a-kasse' & 'cpr-nr'", ["a-kasse", "cpr-nr"]],
    ["ringede", "('ringede' | 'ringe')", ["ringede"]],
    [
      "Fremkom afgik",
      "('fremkom' | 'fremkomme' | 'fremkommer' | 'fremkommet') & ('afgik' | 'afgå' | 'afgår' | 'afgået')",
      ["fremkom", "afgik"],
    ],
    ['"udeblev fra"', "(('udeblev' | 'udeblive' | 'udebliver' | 'udeblevet') <-> 'fra')", ["udeblev"]],
    ["-gik", undefined, undefined],
  ])("%s", (q, tsquery, ord) => {
    const u = fortolkSoegning(q);
    if (tsquery === undefined) expect(u).toEqual({ fejl: "SEARCH_EMPTY" });
    else expect(u).toEqual({ tsquery, ord });
  });

  test("a year 1990–2100 becomes a date filter, not a term", () => {
    expect(fortolkSoegning("lægeerklæring 2025")).toEqual({
      tsquery: "'lægeerklæring'",
      ord: ["lægeerklæring"],
      aar: 2025,
    });
    expect(fortolkSoegning("1990 samtale")).toMatchObject({ aar: 1990 });
    expect(fortolkSoegning("samtale 2101")).toEqual({
      tsquery: "('samtale' | 'samtalede') & '2101'",
      ord: ["samtale", "2101"],
    });
    expect(fortolkSoegning("samtale 1989")).not.toHaveProperty("aar");
    // Only the first year is the filter; quoted, excluded or prefixed years are text.
    expect(fortolkSoegning("2024 samtale 2025")).toMatchObject({ aar: 2024, ord: ["samtale", "2025"] });
    expect(fortolkSoegning('"2025" samtale')).not.toHaveProperty("aar");
    expect(fortolkSoegning("samtale -2025")).toEqual({
      tsquery: "('samtale' | 'samtalede') & !'2025'",
      ord: ["samtale"],
    });
  });

  test("a year alone is searched for as text", () => {
    expect(fortolkSoegning("2025")).toEqual({ tsquery: "'2025'", ord: ["2025"] });
    expect(fortolkSoegning("2025 -praktik")).toEqual({ tsquery: "'2025' & !'praktik'", ord: ["2025"] });
  });

  test("nothing to search for is SEARCH_EMPTY", () => {
    for (const q of [
      "",
      "   ",
      "-",
      "*",
      '""',
      "- * ! & |",
      "i og fra",
      '"i og"',
      "-praktik",
      "og -praktik",
      "\u0000\u200b",
    ]) {
      expect(fortolkSoegning(q), q).toEqual({ fejl: "SEARCH_EMPTY" });
    }
  });

  test("stop words are left out, except inside phrases where they keep the distance", () => {
    expect(fortolkSoegning("borger er i praktik")).toEqual({
      tsquery: "'borger' & 'praktik'",
      ord: ["borger", "praktik"],
    });
    expect(fortolkSoegning("blev")).toEqual({ fejl: "SEARCH_EMPTY" });
  });

  test("quotes and backslashes in words are escaped; operators typed by the user are not operators", () => {
    expect(fortolkSoegning("o'neil")).toEqual({ tsquery: "'o''neil'", ord: ["o'neil"] });
    expect(fortolkSoegning("a\\b")).toEqual({ tsquery: "'a\\\\b'", ord: ["a\\b"] });
    expect(fortolkSoegning("praktik & | ! ( ) <-> :* løn:*")).toEqual({
      tsquery: "'praktik' & 'løn':*",
      ord: ["praktik", "løn"],
    });
    expect(fortolkSoegning("(job)")).toEqual({ tsquery: "'job':*", ord: ["job"] });
  });

  test("an unclosed quote runs to the end", () => {
    expect(fortolkSoegning('praktik "ondt i ryggen')).toEqual({
      tsquery: "'praktik' & ('ondt' <-> 'i' <-> 'ryggen')",
      ord: ["praktik", "ondt", "ryggen"],
    });
  });

  test("long queries are cut", () => {
    const u = fortolkSoegning(Array.from({ length: 40 }, (_, i) => `ordnummer${i}`).join(" "));
    expect("tsquery" in u && u.ord).toHaveLength(MAKS_LED);
    const lang = fortolkSoegning("x".repeat(1000));
    expect("tsquery" in lang && lang.tsquery).toBe(`'${"x".repeat(MAKS_SOEGELAENGDE)}'`);
  });

  test("the tsquery has only our syntax: quoted terms joined by our operators", () => {
    const term = String.raw`'(?:[^'\\]|''|\\\\)+'(?::\*)?`;
    const eller = String.raw`\(${term}(?: \| ${term})*\)`;
    const led = `(?:${term}|${eller})`;
    const frase = String.raw`\(${led}(?: <-> ${led})+\)`;
    const operand = `!?(?:${term}|${eller}|${frase})`;
    const form = new RegExp(`^${operand}(?: & ${operand})*$`, "u");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 80 }),
          fc
            .array(
              fc.constantFrom(
                "'",
                '"',
                "\\",
                "-",
                "*",
                ":",
                "&",
                "|",
                "!",
                "(",
                ")",
                "<->",
                " ",
                "„",
                "«",
                "æ",
                "gik",
                "ryg",
                "i",
                "2025",
                "o'",
              ),
              { maxLength: 30 },
            )
            .map((a) => a.join("")),
        ),
        (q) => {
          const u = fortolkSoegning(q);
          if ("fejl" in u) return;
          expect(u.tsquery).toMatch(form);
          expect(u.tsquery).not.toMatch(/[\p{Cc}\p{Cs}]/u);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("boejningsformer", () => {
  test.each([
    ["udeblev", ["udeblev", "udeblive", "udebliver", "udeblevet"]],
    ["udeblive", ["udeblive", "udebliver", "udeblev", "udeblevet"]],
    ["gik", ["gik", "gå", "går", "gået"]],
    ["fik", ["fik", "få", "får", "fået"]],
    ["tog", ["tog", "tage", "tager", "taget"]],
    ["deltog", ["deltog", "deltage", "deltager", "deltaget"]],
    ["sagde", ["sagde", "sige", "siger", "sagt"]],
    ["opsagt", ["opsagt", "opsige", "opsiger", "opsagde"]],
    ["fandt", ["fandt", "finde", "finder", "fundet"]],
    ["mødte", ["mødte", "møde", "møder", "mødt"]],
    ["fremmødt", ["fremmødt", "fremmøde", "fremmøder", "fremmødte"]],
    ["indlagt", ["indlagt", "indlægge", "indlægger", "indlagde"]],
    ["fortalte", ["fortalte", "fortælle", "fortæller", "fortalt", "fortale", "fortaler"]],
    ["kontaktede", ["kontaktede", "kontakte"]],
    ["kontakte", ["kontakte", "kontaktede"]],
  ])("%s", (ord, former) => {
    expect(boejningsformer(ord)).toEqual(former);
  });

  test("words that only look like a form after something that is not a prefix are left alone", () => {
    for (const ord of ["grafik", "trafik", "også", "katalog", "ryg", "lægeerklæring", "job", "blev", "ved", "lidt"]) {
      expect(boejningsformer(ord), ord).toBeUndefined();
    }
  });
});

test("fremhaevning: markers, two excerpts of 8–25 words", () => {
  expect(START_MARKOER).toBe("\u0002");
  expect(SLUT_MARKOER).toBe("\u0003");
  expect(fremhaevning(["ryg"])).toBe(
    'StartSel=\u0002, StopSel=\u0003, MaxWords=25, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "',
  );
  expect(fremhaevning([])).toContain("MaxFragments=0");
});
