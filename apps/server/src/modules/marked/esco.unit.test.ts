import { describe, expect, it } from "vitest";
import {
  ESCO_ERHVERV,
  ESCO_FAERDIGHEDER,
  type EscoErhverv,
  erhvervForMaal,
  faerdighed,
  faerdighedVedNavn,
  manglendeFaerdigheder,
} from "./esco.ts";

const SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OCCUPATION_URI =
  /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function erhverv(en: string): EscoErhverv {
  const e = ESCO_ERHVERV.find((x) => x.en === en);
  if (!e) throw new Error(`no occupation ${en}`);
  return e;
}

describe("the demo taxonomy is consistent", () => {
  it("every skill has an ESCO skill URI and non-empty labels, and URIs and Danish labels are unique", () => {
    for (const f of ESCO_FAERDIGHEDER) {
      expect(f.uri).toMatch(SKILL_URI);
      expect(f.da.trim()).toBe(f.da);
      expect(f.da.length).toBeGreaterThan(0);
      expect(f.en.length).toBeGreaterThan(0);
    }
    expect(new Set(ESCO_FAERDIGHEDER.map((f) => f.uri)).size).toBe(ESCO_FAERDIGHEDER.length);
    expect(new Set(ESCO_FAERDIGHEDER.map((f) => f.da)).size).toBe(ESCO_FAERDIGHEDER.length);
  });

  it("every occupation has an ESCO occupation URI, a 4-digit ISCO code and labels; URIs are unique", () => {
    expect(ESCO_ERHVERV.length).toBeGreaterThanOrEqual(14);
    for (const e of ESCO_ERHVERV) {
      expect(e.uri).toMatch(OCCUPATION_URI);
      expect(e.isco).toMatch(/^\d{4}$/);
      expect(e.da.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
      expect(e.synonymer.length).toBeGreaterThan(0);
    }
    expect(new Set(ESCO_ERHVERV.map((e) => e.uri)).size).toBe(ESCO_ERHVERV.length);
  });

  it("every skill an occupation refers to is in the skill list, once, and either essential or optional", () => {
    for (const e of ESCO_ERHVERV) {
      const alle = [...e.essentielle, ...e.valgfrie];
      for (const uri of alle) expect(faerdighed(uri), `${e.en}: ${uri}`).toBeDefined();
      expect(new Set(alle).size, e.en).toBe(alle.length);
      expect(e.essentielle.length, e.en).toBeGreaterThanOrEqual(5);
      expect(e.essentielle.length, e.en).toBeLessThanOrEqual(8);
      expect(e.valgfrie.length, e.en).toBeGreaterThanOrEqual(1);
      expect(e.valgfrie.length, e.en).toBeLessThanOrEqual(5);
    }
  });

  it("every occupation is found by its own Danish label and synonyms", () => {
    for (const e of ESCO_ERHVERV) {
      for (const navn of [e.da, ...e.synonymer]) expect(erhvervForMaal(`Job som ${navn}`)?.uri, navn).toBe(e.uri);
    }
  });
});

describe("skill lookups", () => {
  it("finds a skill by URI and by exact Danish label", () => {
    const f = faerdighedVedNavn("bruge Microsoft Office");
    expect(f.en).toBe("use microsoft office");
    expect(faerdighed(f.uri)).toBe(f);
    expect(faerdighed("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000")).toBeUndefined();
  });

  it("throws on a Danish label that is not there", () => {
    expect(() => faerdighedVedNavn("bruge Microsoft office")).toThrow(/Ukendt ESCO-færdighed/);
    expect(() => faerdighedVedNavn("flyve rumskib")).toThrow(/flyve rumskib/);
  });
});

describe("erhvervForMaal maps a job goal to an occupation", () => {
  it.each([
    ["Job som lagermedarbejder", "warehouse worker"],
    ["Job som projektleder i byggebranchen", "construction manager"],
    ["job som sosu-assistent", "healthcare assistant"],
    ["Vil gerne være chauffør", "cargo vehicle driver"],
    ["Kok i et storkøkken", "cook"],
    ["Job som social- og sundhedshjælper i hjemmeplejen", "home care aide"],
    ["Pædagogmedhjælper i en børnehave", "child day care worker"],
    ["Buschauffør i Aarhus", "bus driver"],
    ["Job som IT-supporter", "ICT help desk agent"],
    ["Butiksassistent/ekspedient i Netto", "shop assistant"],
    ["Kontorassistent", "office clerk"],
    ["Rengøringsassistent, deltid", "building cleaner"],
    ["Elektriker", "electrician"],
    ["Job som bogholder", "accounting assistant"],
  ])("%s -> %s", (tekst, en) => {
    expect(erhvervForMaal(tekst)?.en).toBe(en);
  });

  it("reads inflected forms, case and punctuation", () => {
    expect(erhvervForMaal("Arbejde som en af lagermedarbejderne")?.en).toBe("warehouse worker");
    expect(erhvervForMaal("PROJEKTLEDER I BYGGERIET!")?.en).toBe("construction manager");
    expect(erhvervForMaal("job som kokken i kantinen")?.en).toBe("cook");
    expect(erhvervForMaal("Social- og sundhedsassistenter søges")?.en).toBe("healthcare assistant");
  });

  it("finds the English label too", () => {
    expect(erhvervForMaal("warehouse worker")?.en).toBe("warehouse worker");
  });

  it("prefers the longest match when a goal names more than one occupation", () => {
    expect(erhvervForMaal("Rengøringsassistent eller social- og sundhedsassistent")?.en).toBe("healthcare assistant");
  });

  it("matches whole words only", () => {
    // "kok" is the cook, but it must not be found inside other words
    expect(erhvervForMaal("Kokosnøddeplukker")).toBeUndefined();
    expect(erhvervForMaal("Job som pædagog")).toBeUndefined();
  });

  it.each([
    "Tilbage i arbejde efter sygemeldingen",
    "Afklaring af arbejdsevne",
    "Vil gerne være sygeplejerske",
    "Bedre dansk",
    "",
    "   ",
  ])("finds nothing in %j", (tekst) => {
    expect(erhvervForMaal(tekst)).toBeUndefined();
  });
});

describe("manglendeFaerdigheder", () => {
  const lager = erhverv("warehouse worker");

  it("lists all the occupation's skills when the citizen has none", () => {
    const m = manglendeFaerdigheder(lager, new Set());
    expect(m.essentielle.map((f) => f.uri)).toEqual(lager.essentielle);
    expect(m.valgfrie.map((f) => f.uri)).toEqual(lager.valgfrie);
  });

  it("leaves out the skills the citizen has and keeps the order", () => {
    const har = new Set([lager.essentielle[0]!, lager.valgfrie[1]!, faerdighedVedNavn("tale dansk").uri]);
    const m = manglendeFaerdigheder(lager, har);
    expect(m.essentielle.map((f) => f.uri)).toEqual(lager.essentielle.slice(1));
    expect(m.valgfrie.map((f) => f.uri)).toEqual([lager.valgfrie[0], ...lager.valgfrie.slice(2)]);
    expect(m.essentielle[0]?.da).toBe(faerdighed(lager.essentielle[1]!)?.da);
  });

  it("is empty when the citizen has every skill", () => {
    const m = manglendeFaerdigheder(lager, new Set([...lager.essentielle, ...lager.valgfrie]));
    expect(m).toEqual({ essentielle: [], valgfrie: [] });
  });
});
