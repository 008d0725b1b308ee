import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bygErhvervsindeks, type ErhvervTilIndeks, soegErhverv } from "./soeg.ts";
import { afstand, fold, normaliser, ord } from "./soeg-tekst.ts";

let n = 0;
const erhverv = (titel_da: string, alt_da: string[] = [], titel_en = titel_da, isco = "9999"): ErhvervTilIndeks => ({
  uri: `http://data.europa.eu/esco/occupation/${String(++n).padStart(4, "0")}`,
  isco,
  titel_da,
  titel_en,
  alt_da,
  alt_en: [],
  synonymer_da: [],
  iscoTitel_da: null,
  iscoTitel_en: null,
});

const TAKSONOMI = [
  erhverv("social- og sundhedsassistent", ["sosu-assistent", "sygehjælper"], "healthcare assistant", "5321"),
  erhverv("social- og sundhedshjælper", ["hjemmehjælper"], "home care worker", "5322"),
  erhverv("lagerarbejder", ["lagermedarbejder"], "warehouse worker", "9333"),
  erhverv("lagerchef", ["lagerleder"], "warehouse manager", "1324"),
  erhverv("lastbilchauffør", [], "lorry driver", "8332"),
  erhverv("buschauffør", [], "bus driver", "8331"),
  erhverv("tømrer", ["bygningssnedker"], "carpenter", "7115"),
  erhverv("pædagogisk assistent", [], "early years assistant", "5311"),
  erhverv("pædagog", [], "early years teacher", "2342"),
  erhverv("rengøringsassistent", [], "cleaner", "9112"),
  erhverv("IT-supportmedarbejder", [], "ICT help desk agent", "3512"),
  erhverv("sygeplejerske", [], "nurse", "2221"),
  erhverv("elektriker", [], "electrician", "7411"),
  erhverv("kok", [], "cook", "5120"),
];
const ix = bygErhvervsindeks(TAKSONOMI);
const titel = new Map(TAKSONOMI.map((e) => [e.uri, e.titel_da]));
const foerste = (q: string) => titel.get(soegErhverv(ix, q, 5)[0]?.uri ?? "");

describe("normalising a typed title", () => {
  test("case, punctuation, licence classes, apostrophes", () => {
    expect(normaliser("Chauffør C/E")).toBe("chauffør ce");
    expect(normaliser("VVS'er (m/k)")).toBe("vvser m k");
    expect(normaliser("Social- og Sundhedsassistent")).toBe("social og sundhedsassistent");
  });
  test("the Danish letters fold to their two-letter spellings", () => {
    expect(fold("pædagog tømrer håndværker")).toBe("paedagog toemrer haandvaerker");
  });
  test("abbreviations and job-ad words", () => {
    expect(ord("sosu assistent")).toEqual(["social", "sundheds", "assistent"]);
    expect(ord("sosuhjælper")).toEqual(["social", "sundhedshjaelper"]);
    expect(ord("Lagermedarbejder søges til travlt lager")).toEqual(["lagermedarbejder", "lager"]);
    expect(ord("chauffør c/e")).toEqual(["chauffoer", "lastbil"]);
    expect(ord("ce")).toEqual(["ce"]);
  });
  test("edit distance with transpositions", () => {
    expect(afstand("tømrer", "tømrer", 2)).toBe(0);
    expect(afstand("sygeplejeske", "sygeplejerske", 2)).toBe(1);
    expect(afstand("smaed", "smead", 2)).toBe(1);
    expect(afstand("kok", "elektriker", 2)).toBe(3);
  });
  test("normalising is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normaliser(normaliser(s)) === normaliser(s)));
  });
});

describe("searching occupations", () => {
  test("abbreviations, compounds, inflections, typos and informal heads", () => {
    expect(foerste("sosu assistent")).toBe("social- og sundhedsassistent");
    expect(foerste("SOSU-assistenter")).toBe("social- og sundhedsassistent");
    expect(foerste("sosuhjælper")).toBe("social- og sundhedshjælper");
    expect(foerste("lager arbejder")).toBe("lagerarbejder");
    expect(foerste("lagermand")).toBe("lagerarbejder");
    expect(foerste("lagerarbejdere")).toBe("lagerarbejder");
    expect(foerste("chauffør C/E")).toBe("lastbilchauffør");
    expect(foerste("chauffør kategori D")).toBe("buschauffør");
    expect(foerste("tømre")).toBe("tømrer");
    expect(foerste("toemrer")).toBe("tømrer");
    expect(foerste("sygeplejeske")).toBe("sygeplejerske");
    expect(foerste("elektrikker")).toBe("elektriker");
    expect(foerste("rengøring")).toBe("rengøringsassistent");
    expect(foerste("it support")).toBe("IT-supportmedarbejder");
    expect(foerste("pædagogassistent")).toBe("pædagogisk assistent");
    expect(foerste("warehouse worker")).toBe("lagerarbejder");
    expect(foerste("Erfaren lagerchef søges")).toBe("lagerchef");
  });

  test("a found label is named, scores are in (0, 1] and descending, n is kept", () => {
    const r = soegErhverv(ix, "hjemmehjælper", 3);
    expect(r[0]).toMatchObject({ fundetVia: "hjemmehjælper" });
    expect(r.length).toBeLessThanOrEqual(3);
    for (let i = 0; i < r.length; i++) {
      expect(r[i]!.score).toBeGreaterThan(0);
      expect(r[i]!.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(r[i]!.score).toBeLessThanOrEqual(r[i - 1]!.score);
    }
  });

  test("nothing to search gives nothing", () => {
    expect(soegErhverv(ix, "", 5)).toEqual([]);
    expect(soegErhverv(ix, " -- og i ", 5)).toEqual([]);
    expect(soegErhverv(ix, "kok", 0)).toEqual([]);
  });

  test("every preferred title finds its own occupation first", () => {
    for (const e of TAKSONOMI) expect(soegErhverv(ix, e.titel_da!, 1)[0]?.uri).toBe(e.uri);
  });

  test("any text is answered without error, at most n distinct occupations", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 20 }), (q, k) => {
        const r = soegErhverv(ix, q, k);
        expect(r.length).toBeLessThanOrEqual(k);
        expect(new Set(r.map((f) => f.uri)).size).toBe(r.length);
      }),
    );
  });

  test("the same query gives the same answer (scratch arrays are reset)", () => {
    const a = soegErhverv(ix, "lagermedarbejder", 5);
    soegErhverv(ix, "sosu hjælper i hjemmeplejen", 5);
    expect(soegErhverv(ix, "lagermedarbejder", 5)).toEqual(a);
  });
});
