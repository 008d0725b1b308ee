import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { engines, freshDatabase, type TestDatabase } from "../../testing/databases.ts";
import { fortolkSoegning, fremhaevning } from "./soegeudtryk.ts";

// What the Danish stemmer does and what the queries built by fortolkSoegning find, in the real engines.

const finder: [q: string, tekst: string][] = [
  ["udeblev fra samtalen", "Borger er udeblevet fra samtalen i dag"],
  ["udeblev fra samtalen", "Borger udeblev igen. Ny samtale er aftalt."],
  ["udeblev fra samtalen", "Borger vil udeblive fra samtaler i næste uge"],
  ["udeblive", "borger udeblev"],
  ['"udeblev fra samtalen"', "Borgeren er udeblevet fra samtalen"],
  ["samtalen", "to samtaler"],
  ["lægeerklæring", "Lægeerklæringen er modtaget"],
  ["lægeerklæring 2025", "Lægeerklæringer fra egen læge"],
  ["ryg", "Har ondt i ryggen"],
  ["ryg", "Rygsmerter"],
  ["ryg", "Borger har rygproblemer"],
  ['"ondt i ryggen"', "Borger har ondt i ryggen"],
  ["praktik -løntilskud", "Praktik i butik"],
  ["rygsmert*", "rygsmerterne"],
  ["knæ", "knæskade efter fald"],
  ["gik", "Skal gå til lægen"],
  ["gå", "Borger gik hjem"],
  ["fik", "Har fået job"],
  ["tog", "Vil tage kontakt"],
  ["gav", "giver udtryk for"],
  ["kom", "kommer til samtale"],
  ["blevet", "er blevet syg"],
  ["så", "har set lægen"],
  ["lå", "ligger syg"],
  ["sad", "sidder i kørestol"],
  ["skrev", "har skrevet"],
  ["fandt", "finder selv praktik"],
  ["bad", "beder om ny tid"],
  ["sagde", "Borger siger"],
  ["fremkom", "oplysninger fremkommer"],
  ["afgik", "afgå ved døden"],
  ["deltog", "deltager i forløbet"],
  ["modtog", "har modtaget brev"],
  ["ansat", "virksomheden vil ansætte borger"],
  ["henvist", "henviste borger til psykolog"],
  ["mødte", "skal møde op"],
  ["fremmødt", "fremmødte"],
  ["ringede", "Jobkonsulent vil ringe i morgen"],
  ["kontakte", "kontaktede virksomheden"],
  ["fortalte", "borger fortæller"],
  ["aftalt", "aftalte at"],
  ["indlagt", "skal indlægges"],
  ["a-kasse", "kontakt a-kassen"],
  ["o'neil", "Sean O'Neil"],
];

const finderIkke: [q: string, tekst: string][] = [
  ["udeblev fra samtalen", "Borger udeblev fra mødet"],
  ['"udeblev fra samtalen"', "Samtalen: borger udeblev fra"],
  ['"ondt i ryggen"', "Ryggen gør ondt"],
  ["praktik -løntilskud", "Praktik med løntilskud"],
  ['praktik -"ondt i ryggen"', "Praktik trods ondt i ryggen"],
  ["-ryg praktik", "praktik, rygsmerter"],
  ["rygsmerter", "ryggen"],
  ["grafik", "fik"],
  ["gik", "gjorde"],
];

// to_tsvector('danish', …) of each word: the stemmer's work that the expansion builds on.
const stammer: Record<string, string> = {
  udeblev: "'udeblev':1",
  udeblevet: "'udeblev':1",
  udeblive: "'udebliv':1",
  udebliver: "'udebliv':1",
  samtalen: "'samtal':1",
  samtaler: "'samtal':1",
  samtale: "'samtal':1",
  lægeerklæring: "'lægeerklæring':1",
  lægeerklæringen: "'lægeerklæring':1",
  ryg: "'ryg':1",
  ryggen: "'ryg':1",
  rygsmerter: "'rygsmert':1",
  rygproblemer: "'rygproblem':1",
  gik: "'gik':1",
  gå: "'gå':1",
  gået: "'gået':1",
  mødte: "'mødt':1",
  møde: "'mød':1",
  ringede: "'ringed':1",
  ringe: "'ring':1",
  blev: "",
  blive: "",
  blevet: "'blev':1",
  fra: "",
};

describe.each(engines())("Danish search expressions on %s", (engine) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await freshDatabase(engine);
  });
  afterAll(() => d?.dispose());

  function udtryk(q: string) {
    const u = fortolkSoegning(q);
    if ("fejl" in u) throw new Error(`${q}: ${u.fejl}`);
    return u;
  }

  async function matcher(q: string, tekst: string): Promise<boolean> {
    const { rows } = await sql<{ m: boolean }>`
      select to_tsvector('danish', ${tekst}) @@ to_tsquery('danish', ${udtryk(q).tsquery}) as m`.execute(d.db);
    return rows[0]!.m;
  }

  test("the Danish stemmer", async () => {
    const ud: Record<string, string> = {};
    for (const ord of Object.keys(stammer)) {
      const { rows } = await sql<{ v: string }>`select to_tsvector('danish', ${ord})::text as v`.execute(d.db);
      ud[ord] = rows[0]!.v;
    }
    expect(ud).toEqual(stammer);
  });

  test.each(finder)("%s finds %s", async (q, tekst) => {
    expect(await matcher(q, tekst)).toBe(true);
  });

  test.each(finderIkke)("%s does not find %s", async (q, tekst) => {
    expect(await matcher(q, tekst)).toBe(false);
  });

  test("journal notes through the generated soeg column, with a year as date filter and highlighted excerpts", async () => {
    const borger = randomUUID();
    await sql`
      insert into borger (id, kommunekode, cpr_krypteret, cpr_noegle_id, cpr_hash, fornavn, efternavn, foedselsdato, koen,
                          maalgruppe, uddannelse)
      values (${borger}, '0265', 'x', 'k', ${randomUUID()}, 'Test', 'Borger', '1980-01-01', 'K', 'x', 'x')`.execute(
      d.db,
    );
    const notater = [
      ["2025-03-03", "Samtale", "Borger er udeblevet fra samtalen i dag. Ny tid sendt."],
      ["2025-04-01", "Lægeerklæring", "Lægeerklæringen beskriver rygsmerter og ondt i ryggen."],
      ["2024-11-11", "Lægeerklæring", "Ældre lægeerklæring om knæet."],
      ["2025-05-05", "Opfølgning", "Praktik med løntilskud aftalt."],
    ] as const;
    for (const [dato, emne, tekst] of notater) {
      await sql`
        insert into notat (id, kommunekode, borger_id, dato, kategori, emne, tekst, forfatter_navn, oprettet)
        values (${randomUUID()}, '0265', ${borger}, ${dato}, 'samtale', ${emne}, ${tekst}, 'Lone', now())`.execute(
        d.db,
      );
    }
    const soeg = async (q: string) => {
      const u = udtryk(q);
      const { rows } = await sql<{ dato: string; uddrag: string }>`
        select dato::text as dato, ts_headline('danish', tekst, to_tsquery('danish', ${u.tsquery}), ${fremhaevning(u.ord)}) as uddrag
        from notat
        where borger_id = ${borger} and soeg @@ to_tsquery('danish', ${u.tsquery})
          and (${u.aar ?? null}::int is null or extract(year from dato) = ${u.aar ?? null}::int)
        order by dato`.execute(d.db);
      return rows;
    };
    expect(await soeg("udeblev fra samtalen")).toEqual([
      { dato: "2025-03-03", uddrag: "Borger er \u0002udeblevet\u0003 fra \u0002samtalen\u0003 i dag. Ny tid sendt" },
    ]);
    expect((await soeg("lægeerklæring")).map((r) => r.dato)).toEqual(["2024-11-11", "2025-04-01"]);
    expect((await soeg("lægeerklæring 2025")).map((r) => r.dato)).toEqual(["2025-04-01"]);
    expect((await soeg("ryg")).map((r) => r.uddrag)).toEqual([
      "Lægeerklæringen beskriver \u0002rygsmerter\u0003 og ondt i \u0002ryggen\u0003",
    ]);
    expect((await soeg("praktik -løntilskud")).length).toBe(0);
  });

  test("ts_headline with fremhaevning: at most two excerpts of at most 25 words, hits between the markers", async () => {
    const fyld = (n: number) => Array.from({ length: n }, (_, i) => `fyldord${i}`).join(" ");
    const tekst = `${fyld(40)} borger udeblev fra samtalen ${fyld(40)} igen udeblev ${fyld(40)} udeblev til sidst ${fyld(20)}`;
    const u = udtryk("udeblev");
    const { rows } = await sql<{ h: string }>`
      select ts_headline('danish', ${tekst}, to_tsquery('danish', ${u.tsquery}), ${fremhaevning(u.ord)}) as h`.execute(
      d.db,
    );
    const h = rows[0]!.h;
    const dele = h.split(" … ");
    expect(dele.length).toBe(2);
    for (const del of dele) {
      expect(del).toContain("\u0002udeblev\u0003");
      expect(del.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });

  test("no input makes to_tsquery or ts_headline fail", async () => {
    const tegn = ["'", '"', "\\", "-", "*", ":", "&", "|", "!", "(", ")", "<->", "<2>", " ", "„", "«", "æ", "\u0000"];
    const ord = ["gik", "ryg", "i", "og", "2025", "o'", "udeblev", "a-kasse", "mail@x.dk", "𝔘", "\ud800", "\u200b"];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 260 }),
          fc.string({ unit: "grapheme", maxLength: 60 }),
          fc.array(fc.constantFrom(...tegn, ...ord), { maxLength: 40 }).map((a) => a.join("")),
        ),
        async (q) => {
          const u = fortolkSoegning(q);
          if ("fejl" in u) return;
          await sql`
            select to_tsvector('danish', 'borger gik hjem med ondt i ryggen') @@ to_tsquery('danish', ${u.tsquery}),
                   ts_headline('danish', 'borger gik hjem med ondt i ryggen', to_tsquery('danish', ${u.tsquery}),
                               ${fremhaevning(u.ord)})`.execute(d.db);
        },
      ),
      { numRuns: 400 },
    );
  });
});
