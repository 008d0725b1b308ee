import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { engines, freshDatabase, type TestDatabase } from "../../testing/databases.ts";
import { pendingMigrations } from "./database.ts";
import { withTenant } from "./tenant.ts";

describe.each(engines())("database on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
  });
  afterAll(() => t?.dispose());

  test("migrations are applied and none are pending", async () => {
    expect(await pendingMigrations(t.db)).toEqual([]);
  });

  test("all 98 municipalities are seeded with their real codes, plus Christiansø flagged as not a municipality", async () => {
    const rows = await t.db.selectFrom("kommune").selectAll().execute();
    expect(rows.filter((r) => r.er_kommune)).toHaveLength(98);
    expect(rows.find((r) => r.kommunekode === "0101")?.navn).toBe("Københavns Kommune");
    expect(rows.find((r) => r.kommunekode === "0851")?.navn).toBe("Aalborg Kommune");
    expect(rows.find((r) => r.kommunekode === "0411")?.er_kommune).toBe(false);
  });

  test("Danish full-text search and trigram similarity work", async () => {
    const r = await sql<{ v: string; s: number }>`select to_tsvector('danish', 'udeblev fra samtalen')::text as v,
      similarity('Jensen', 'Jensn') as s`.execute(t.db);
    expect(r.rows[0]!.v).toContain("samtal");
    expect(r.rows[0]!.s).toBeGreaterThan(0.3);
  });

  test("a query that forgets its municipality filter still sees only its own municipality's rows", async () => {
    await t.db
      .insertInto("virksomhed")
      .values([
        { kommunekode: "0265", cvr: "11111111", navn: "Roskilde Bageri ApS" },
        { kommunekode: "0259", cvr: "22222222", navn: "Køge Havn A/S" },
      ])
      .execute();
    const seen = await withTenant(t.db, "0265", (tx) => tx.selectFrom("virksomhed").select("navn").execute());
    expect(seen.map((r) => r.navn)).toEqual(["Roskilde Bageri ApS"]);
    await expect(
      withTenant(t.db, "0265", (tx) =>
        tx.insertInto("virksomhed").values({ kommunekode: "0259", cvr: "33333333", navn: "Snyd" }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
