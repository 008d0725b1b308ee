import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createCprVault } from "../../apps/server/src/platform/crypto/cpr-vault.ts";
import { engines, freshDatabase, type TestDatabase } from "../../apps/server/src/testing/databases.ts";
import { loadPopulation } from "./load.ts";
import { loadSagsforloeb } from "./load-sag.ts";
import { generatePopulation, type Population } from "./model.ts";
import { type SagChunk, sagsforloebChunks, sagsforloebFor } from "./sagsforloeb.ts";

const TODAY = "2026-11-23";
const vault = createCprVault({ keyId: "test1", key: randomBytes(32), hashKey: randomBytes(32) });

describe.each(engines())("loading generated case histories (%s)", (engine) => {
  let d: TestDatabase;
  let pop: Population;
  let expected: SagChunk;
  const postnumre = async (kommunekode: string) =>
    (await d.db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", kommunekode).execute()).map(
      (r) => r.postnr,
    );
  const count = async (table: "sag_haendelse" | "jobplan_punkt" | "notat" | "dokument", kommunekode: string) =>
    Number(
      (
        await d.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("kommunekode", "=", kommunekode)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    d = await freshDatabase(engine);
    pop = generatePopulation({
      kommunekode: "0265",
      citizens: 300,
      seed: "test",
      postnumre: await postnumre("0265"),
      today: TODAY,
    });
    await loadPopulation(d, pop, vault, { pgUrl: d.url });
    // everything the loader should write, gathered in one chunk for the comparisons
    const all = [...sagsforloebChunks(pop, { today: TODAY, seed: "test" }, 10_000)];
    expect(all).toHaveLength(1);
    expected = all[0]!;
  });
  afterAll(async () => {
    await d?.dispose();
  });

  test("loads the cases of a population, chunk by chunk, into the four tables", async () => {
    const progress: number[] = [];
    const counts = await loadSagsforloeb(d, sagsforloebChunks(pop, { today: TODAY, seed: "test" }, 70), {
      pgUrl: d.url,
      batchSize: 400,
      onProgress: (c) => progress.push(c.borgere),
    });
    expect(counts).toEqual({
      borgere: 300,
      haendelser: expected.haendelser.length,
      jobplan: expected.jobplan.length,
      notater: expected.notater.length,
      dokumenter: expected.dokumenter.length,
      method: engine === "postgres" ? "copy" : "insert",
    });
    expect(progress).toEqual([70, 140, 210, 280, 300]);
    expect(expected.notater.length).toBeGreaterThan(300 * 15);
    expect(expected.dokumenter.length).toBeGreaterThan(20);
    expect(await count("sag_haendelse", "0265")).toBe(expected.haendelser.length);
    expect(await count("jobplan_punkt", "0265")).toBe(expected.jobplan.length);
    expect(await count("notat", "0265")).toBe(expected.notater.length);
    expect(await count("dokument", "0265")).toBe(expected.dokumenter.length);
  });

  test("rows come back as generated: dates, timestamps, nulls, numbers, booleans, text with newlines, bytes", async () => {
    const ev = expected.haendelser.find((e) => e.type === "TILBUD_START")!;
    const row = await d.db.selectFrom("sag_haendelse").selectAll().where("id", "=", ev.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      type: ev.type,
      dato: ev.dato,
      uger: ev.uger,
      kanal: null,
      beskrivelse: ev.beskrivelse,
    });
    expect(new Date(row.registreret).getTime()).toBe(Date.parse(ev.registreret));

    const p = expected.jobplan.find((x) => x.aftalt_med_borger === false)!;
    const prow = await d.db.selectFrom("jobplan_punkt").selectAll().where("id", "=", p.id).executeTakeFirstOrThrow();
    expect(prow).toMatchObject({ titel: p.titel, status: p.status, aftalt_med_borger: false, start: p.start });

    const n = expected.notater[123]!;
    const nrow = await d.db.selectFrom("notat").selectAll().where("id", "=", n.id).executeTakeFirstOrThrow();
    expect(nrow).toMatchObject({ tekst: n.tekst, emne: n.emne, forfatter_navn: n.forfatter_navn, retter_id: null });

    const doc = expected.dokumenter.find((x) => x.tekst.includes("\n"))!;
    const drow = await d.db.selectFrom("dokument").selectAll().where("id", "=", doc.id).executeTakeFirstOrThrow();
    expect(drow.tekst).toBe(doc.tekst);
    expect(Buffer.from(drow.indhold!).toString("utf8")).toBe(doc.tekst);
    expect(drow.stoerrelse).toBe(Buffer.from(drow.indhold!).length);
    expect(createHash("sha256").update(Buffer.from(drow.indhold!)).digest("hex")).toBe(drow.sha256);
    expect(drow.helbred).toBe(doc.helbred);
  });

  test("Danish full-text search over the notes finds inflected forms (soeg @@ to_tsquery('danish', …))", async () => {
    const hits = async (q: string) =>
      Number(
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from notat where soeg @@ to_tsquery('danish', ${q})`.execute(d.db)
        ).rows[0]!.n,
      );
    const samtale = await hits("samtale");
    expect(samtale).toBeGreaterThan(expected.notater.length * 0.3);
    // "samtale" is stemmed, so the hits include notes that only say "samtalen" or "samtaler"
    const onlyInflected = expected.notater.filter(
      (x) => /\bsamtal(en|er|erne)\b/i.test(`${x.emne} ${x.tekst}`) && !/\bsamtale\b/i.test(`${x.emne} ${x.tekst}`),
    );
    expect(onlyInflected.length).toBeGreaterThan(0);
    const found = await sql<{ id: string }>`
      select id from notat where id in (${sql.join(onlyInflected.slice(0, 50).map((x) => x.id))})
      and soeg @@ to_tsquery('danish', 'samtale')`.execute(d.db);
    expect(found.rows.length).toBe(Math.min(50, onlyInflected.length));
    expect(await hits("lægeerklæring")).toBeGreaterThan(0);
    expect(await hits("udeblevet")).toBeGreaterThan(0);
    const docs = await sql<{ n: number }>`
      select count(*)::int as n from dokument where soeg @@ to_tsquery('danish', 'lægeerklæring')`.execute(d.db);
    expect(docs.rows[0]!.n).toBeGreaterThan(0);
  });

  test("another municipality through the INSERT path, from single cases, beside the first", async () => {
    const koege = generatePopulation({
      kommunekode: "0259",
      citizens: 60,
      seed: "test",
      postnumre: await postnumre("0259"),
      today: TODAY,
    });
    await loadPopulation(d, koege, vault);
    const forfattere = koege.caseworkers.map((w) => ({ id: w.id, navn: w.navn }));
    const single = koege.citizens.map((c) => sagsforloebFor(c, { today: TODAY, seed: "test", forfattere }));
    const counts = await loadSagsforloeb(d, single, { batchSize: 50 });
    expect(counts).toMatchObject({
      borgere: 60,
      notater: single.reduce((s, c) => s + c.notater.length, 0),
      method: "insert",
    });
    expect(await count("notat", "0259")).toBe(counts.notater);
    expect(await count("notat", "0265")).toBe(expected.notater.length);
  });

  test("a failing load leaves nothing behind (one transaction)", async () => {
    const before = await count("notat", "0265");
    const one = sagsforloebFor(pop.citizens[0]!, {
      today: TODAY,
      seed: "again",
      forfattere: pop.caseworkers.map((w) => ({ id: w.id, navn: w.navn })),
    });
    // new ids for the first citizen's notes, but its events' ids exist already: the second chunk fails
    const fresh = { ...one, notater: one.notater.map((n) => ({ ...n, id: `ffffffff${n.id.slice(8)}` })) };
    const rows = [{ ...fresh, haendelser: [] }, fresh];
    await expect(loadSagsforloeb(d, rows, { pgUrl: d.url })).rejects.toThrow();
    expect(await count("notat", "0265")).toBe(before);
  });
});
