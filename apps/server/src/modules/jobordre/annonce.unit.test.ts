import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { demoTaksonomi } from "../esco/demo-taksonomi.ts";
import { bygLeksikon, fundneSpan, type LeksikonFaerdighed, udtraekFaerdigheder } from "./annonce.ts";
import { STANDARD_UDTRYK } from "./annonce-udtryk.ts";

const SKILL = "http://data.europa.eu/esco/skill/";
const uriAf = (en: string) => {
  const u = STANDARD_UDTRYK.udtryk.find((x) => x.en === en);
  if (!u) throw new Error(`not in the expression lexicon: ${en}`);
  return u.uri;
};
const FORKLIFT = uriAf("operate forklift");
const TEAMS = uriAf("work in teams");
const CLEANING = uriAf("perform cleaning duties");
const CUSTOMER_SERVICE = uriAf("maintain customer service");
const DANISH = uriAf("Danish");
const TRUCKS = uriAf("manoeuvre heavy trucks");
const DRIVE = uriAf("drive vehicles");
const SPREADSHEETS = uriAf("use spreadsheets software");
const INDEPENDENT = uriAf("work independently");
const HANDLE_TASKS = uriAf("handle tasks independently");
const MOVING = `${SKILL}00000000-0000-4000-8000-000000000001`;

/** Every skill of the expression lexicon, English labels only (as the full ESCO import has them), and one more. */
const taksonomi: LeksikonFaerdighed[] = [
  ...STANDARD_UDTRYK.udtryk.map((u) => ({
    uri: u.uri,
    titel_da: null,
    titel_en: u.en,
    alt_da: [],
    alt_en: [],
    synonymer_da: [],
  })),
  {
    uri: MOVING,
    titel_da: "flytte indbo",
    titel_en: "move household goods",
    alt_da: ["bære møbler"],
    alt_en: [],
    synonymer_da: ["flyttemand"],
  },
];
const leks = bygLeksikon(taksonomi);
const uris = (tekst: string, l = leks) => udtraekFaerdigheder(tekst, l).map((f) => f.uri);

describe("skills from a Danish job ad", () => {
  test("a word of the expression lexicon and its inflections", () => {
    expect(uris("Du har truckcertifikat.")).toEqual([FORKLIFT]);
    expect(uris("Truckcertifikatet skal være gyldigt.")).toEqual([FORKLIFT]);
    expect(uris("Erfaring med kundeservice")).toEqual([CUSTOMER_SERVICE]);
  });

  test("a phrase inside a compound word", () => {
    expect(uris("Du løser rengøringsopgaver på skolen.")).toContain(CLEANING);
    expect(uris("Vi søger en til telefonkundeservice")).toContain(CUSTOMER_SERVICE);
  });

  test("a phrase of several words with small words between, never across a sentence", () => {
    expect(uris("Du kan indgå i vores team.")).toContain(TEAMS);
    expect(uris("Du skal indgå i aftaler. Teamet er lille.")).not.toContain(TEAMS);
    const f = udtraekFaerdigheder("Du behersker dansk i skrift og tale.", leks).find((x) => x.uri === DANISH);
    expect(f?.fund).toEqual(["dansk i skrift og tale"]);
  });

  test("the longest match wins: a C licence is not just a licence", () => {
    const u = uris("Du har kørekort kategori C.");
    expect(u).toContain(TRUCKS);
    expect(u).not.toContain(DRIVE);
    expect(uris("Du har C-kørekort")).toEqual([TRUCKS]);
  });

  test("English terms Danish ads use", () => {
    expect(uris("Gode kompetencer i Excel")).toEqual([SPREADSHEETS]);
    expect(uris("Du er god til teamwork")).toEqual([TEAMS]);
  });

  test("the taxonomy's own Danish labels, alternative labels and synonyms", () => {
    expect(uris("Vi søger en flyttemand")).toEqual([MOVING]);
    expect(uris("Du skal bære møblerne op")).toEqual([MOVING]);
    expect(uris("Du flytter indboet for kunderne")).toEqual([MOVING]);
  });

  test("one suggestion per skill, the most mentioned first, with the words that matched", () => {
    const f = udtraekFaerdigheder(
      "Du er selvstændig. Du har truckcertifikat og kører truck hver dag. Du arbejder selvstændigt, kører Truck.",
      leks,
    );
    // "selvstændig" names two skills of ESCO (work independently, handle tasks independently): both are suggested
    expect(f.map((x) => x.uri)).toEqual([FORKLIFT, INDEPENDENT, HANDLE_TASKS]);
    expect(f[0]!.fund).toEqual(["truckcertifikat", "truck"]);
    expect(f[1]!.fund).toEqual(["selvstændig", "arbejder selvstændigt"]);
    expect(f[0]!.titel).toBe("operate forklift");
  });

  test("no suggestions from the common words of an ad", () => {
    expect(
      uris(
        "Vi leder efter en ny kollega. Send din motiverede ansøgning og dit CV. Løn efter overenskomst. " +
          "Læs mere på vores hjemmeside. Stillingen er ledig fra 1. marts, og du skal være klar til at starte. " +
          "Vi lægger vægt på, at du trives. Kontakt chefen på telefon 12 34 56 78 eller mail.",
      ),
    ).toEqual([]);
    expect(uris("")).toEqual([]);
  });

  test("an expression for a skill outside the taxonomy is not suggested", () => {
    const lille = bygLeksikon(taksonomi.filter((f) => f.uri !== FORKLIFT));
    expect(uris("Du har truckcertifikat", lille)).toEqual([]);
    expect(lille.titler.has(FORKLIFT)).toBe(false);
  });

  test("the spans found, as offsets of whitespace-separated tokens", () => {
    expect(fundneSpan("Du skal arbejde selvstændigt og have truckcertifikat .", leks)).toEqual([
      { start: 2, slut: 4 },
      { start: 6, slut: 7 },
    ]);
  });

  test("every suggestion is a skill of the taxonomy, found in the text as written", () => {
    const kendte = new Set(taksonomi.map((f) => f.uri));
    const ord = ["truck", "rengøring", "samarbejde", "dansk", "og", "i", "Excel", "kørekort", ",", ".", "C", "teamet"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ord), fc.string()), { maxLength: 30 }), (dele) => {
        const tekst = dele.join(" ");
        for (const f of udtraekFaerdigheder(tekst, leks)) {
          expect(kendte.has(f.uri)).toBe(true);
          expect(f.fund.length).toBeGreaterThan(0);
          for (const s of f.fund) expect(tekst.normalize("NFC")).toContain(s);
        }
      }),
    );
  });
});

describe("the demo taxonomy (an ad pasted in the demo)", () => {
  const t = demoTaksonomi();
  const demo = bygLeksikon(t.faerdigheder.map((f) => ({ ...f, alt_da: [], synonymer_da: [] })));
  const titler = (tekst: string) => udtraekFaerdigheder(tekst, demo).map((f) => f.titel);
  const en = new Map(t.faerdigheder.map((f) => [f.uri, f.titel_en]));
  const engelsk = (tekst: string) => udtraekFaerdigheder(tekst, demo).map((f) => en.get(f.uri));

  test("a carpenter's ad", () => {
    const s = engelsk(
      "Tømrer søges til Roskilde Tømrer & Snedker ApS. Du kan læse tegninger, bruger el-værktøj og håndværktøj, " +
        "følger sikkerhedsreglerne på byggepladsen og bruger personlige værnemidler. Du sorterer affald og " +
        "arbejder selvstændigt, men kan også indgå i et team.",
    );
    expect(s).toEqual(
      expect.arrayContaining([
        "interpret 2D plans",
        "use power tools",
        "use traditional toolbox tools",
        "follow health and safety procedures in construction",
        "use personal protection equipment",
        "sort waste",
        "handle tasks independently",
        "work in teams",
      ]),
    );
    expect(titler("Tømrer søges")).toEqual([]);
  });

  test("a harbour ad", () => {
    const s = engelsk(
      "Havnearbejdere til Køge Havnelogistik A/S: stuvning af containere, kranarbejde og truckkørsel. Du har " +
        "truckcertifikat, kontrollerer at godset svarer til fragtpapirerne, kan tåle travlhed og tunge løft.",
    );
    expect(s).toEqual(
      expect.arrayContaining([
        "apply techniques for stacking goods into containers",
        "operate maritime lifting equipment",
        "operate forklift",
        "ensure that shipment contents correspond with shipping documentation",
        "tolerate stress",
        "lift heavy weights",
      ]),
    );
  });
});
