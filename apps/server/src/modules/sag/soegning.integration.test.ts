import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withSystem, withTenant } from "../../platform/db/tenant.ts";
import { engines, freshDatabase, type TestDatabase } from "../../testing/databases.ts";
import { dagFraIso, isoFraDag } from "../regler/kalender.ts";
import { soegISager } from "./soegning.ts";
import { KANDIDATER } from "./store.ts";

/**
 * The search's passes on more data than the demo has: a rare word is ranked among all its matches; a word with more
 * matches than the first pass takes is ranked among its newest, in a window that widens until the page is full.
 */
describe.each(engines())("search passes on %s", (engine) => {
  let d: TestDatabase;
  const TODAY = "2026-11-23";
  const KK = "0265";
  const borgerId = randomUUID();
  const NOW = new Date(`${TODAY}T10:00:00Z`);
  const ACTOR = { userId: randomUUID(), name: "Test", role: "jobkonsulent" as const, kommunekode: KK };

  beforeAll(async () => {
    d = await freshDatabase(engine);
    await withSystem(d.db, async (tx) => {
      await tx
        .insertInto("borger")
        .values({
          id: borgerId,
          kommunekode: KK,
          cpr_krypteret: "x",
          cpr_noegle_id: "k",
          cpr_hash: randomUUID(),
          fornavn: "Test",
          efternavn: "Testesen",
          foedselsdato: "1980-01-01",
          koen: "K",
          maalgruppe: "DAGPENGE",
          uddannelse: "GRUNDSKOLE",
        })
        .execute();
      // A common word on every note, one note a day going back; a rare word on three old notes.
      const n = KANDIDATER + 200;
      const rows = Array.from({ length: n }, (_, i) => ({
        id: randomUUID(),
        kommunekode: KK,
        borger_id: borgerId,
        dato: isoFraDag(dagFraIso(TODAY) - Math.floor(i / 10)),
        kategori: "notat",
        emne: "Opfølgning",
        tekst: `Borgeren fortalte om jobsøgningen.${i >= n - 3 ? " Truckcertifikatet er fornyet." : ""}`,
        forfatter_id: null,
        forfatter_navn: "Test",
        oprettet: new Date(`${TODAY}T10:00:00Z`),
        makro_id: null,
        retter_id: null,
        idempotens: null,
      }));
      for (let i = 0; i < rows.length; i += 500)
        await tx
          .insertInto("notat")
          .values(rows.slice(i, i + 500))
          .execute();
    });
  });
  afterAll(() => d?.dispose());

  test("a rare word is looked for everywhere, however old", async () => {
    const r = await withTenant(d.db, KK, (tx) => soegISager(tx, ACTOR, { q: "truckcertifikat", side: 1 }, NOW));
    expect(r.hits).toHaveLength(3);
    expect(r.vindueDage).toBeNull();
  });

  test("a common word is ranked among its newest matches, in the narrowest window that fills the page", async () => {
    const r = await withTenant(d.db, KK, (tx) => soegISager(tx, ACTOR, { q: "jobsøgning", side: 1 }, NOW));
    expect(r.vindueDage).toBe(3);
    expect(r.hits).toHaveLength(20);
    expect(r.hits.every((h) => h.dato >= "2026-11-21")).toBe(true);
  });

  test("dates given by the caseworker reach older matches of a common word", async () => {
    const r = await withTenant(d.db, KK, (tx) =>
      soegISager(tx, ACTOR, { q: "jobsøgning", fra: "2026-01-01", til: "2026-06-30", side: 1 }, NOW),
    );
    expect(r.hits.length).toBe(20);
    expect(r.hits.every((h) => h.dato >= "2026-01-01" && h.dato <= "2026-06-30")).toBe(true);
  });
});
