import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generatePopulation } from "../../../../tools/population/model.ts";
import { loadPopulation } from "../../../../tools/population/load.ts";
import { loadConfig } from "../config.ts";
import { vurderEffekt } from "../modules/marked/effekt.ts";
import { createCprVault } from "../platform/crypto/cpr-vault.ts";
import { engines, freshDatabase, type TestDatabase } from "../testing/databases.ts";
import { seedMarkedHistorik } from "./marked-historik.ts";

const ROSKILDE = "0265";
const TODAY = "2026-11-23";
const vault = createCprVault(loadConfig({ LOG_LEVEL: "silent" }).cpr);

describe.each(engines())("the marketplace's historic outcomes for the demo on %s", (engine) => {
  let t: TestDatabase;
  const L = randomUUID();
  const godkendte = Array.from({ length: 4 }, () => randomUUID());
  const indsendt = randomUUID();
  let svar: Awaited<ReturnType<typeof seedMarkedHistorik>>;

  beforeAll(async () => {
    t = await freshDatabase(engine);
    const postnumre = (
      await t.db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", ROSKILDE).execute()
    ).map((r) => r.postnr);
    // the municipality's own population first, as in the demo (its CPR numbers must not be dealt again)
    await loadPopulation(
      t,
      generatePopulation({ kommunekode: ROSKILDE, citizens: 400, seed: `demo-${ROSKILDE}`, postnumre, today: TODAY }),
      vault,
    );
    await t.db
      .insertInto("leverandoer")
      .values({ id: L, kommunekode: ROSKILDE, navn: "Kursus A/S", cvr: null })
      .execute();
    const udbud = (id: string, status: "godkendt" | "indsendt", maalgrupper: string[] = []) => ({
      id,
      kommunekode: ROSKILDE,
      leverandoer_id: L,
      titel: `Forløb ${id.slice(0, 4)}`,
      beskrivelse: "Et forløb til historiske data.",
      art: "online" as const,
      sprog: ["da"],
      niveau: "begynder" as const,
      varighed_uger: 6,
      timer_pr_uge: 10,
      maalgrupper,
      pris_tokens: 100,
      status,
      oprettet: "2026-01-01T00:00:00Z",
      opdateret: "2026-01-01T00:00:00Z",
    });
    await t.db
      .insertInto("udbud")
      .values([
        ...godkendte.map((id, i) => udbud(id, "godkendt", i === 3 ? ["DAGPENGE"] : [])),
        udbud(indsendt, "indsendt"),
      ])
      .execute();
    svar = await seedMarkedHistorik(t, vault, ROSKILDE, 400, TODAY);
  });
  afterAll(() => t?.dispose());

  test("adds the citizens without a caseworker, with their benefit events", async () => {
    expect(svar.borgere).toBe(400);
    const uden = await t.db
      .selectFrom("borger")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kommunekode", "=", ROSKILDE)
      .where("sagsbehandler_id", "is", null)
      .executeTakeFirstOrThrow();
    expect(Number(uden.n)).toBe(400);
    const starter = await t.db
      .selectFrom("sag_haendelse")
      .select(["type", "art", "dato"])
      .where("type", "in", ["YDELSE_START", "YDELSE_OPHOER"])
      .execute();
    expect(starter.filter((h) => h.type === "YDELSE_START")).toHaveLength(400);
    const ophoer = starter.filter((h) => h.type === "YDELSE_OPHOER");
    expect(ophoer.length).toBeGreaterThan(0);
    expect(ophoer.every((h) => (h.art === "job" || h.art === "uddannelse") && h.dato < TODAY)).toBe(true);
    expect(svar.haendelser).toBe(starter.length);
  });

  test("enrolments only in approved offers open to the citizen, free, marked as history", async () => {
    const rows = await t.db
      .selectFrom("tilmelding")
      .innerJoin("borger", "borger.id", "tilmelding.borger_id")
      .select(["udbud_id", "idempotens", "kilde", "tokens", "status", "afsluttet", "borger.maalgruppe"])
      .execute();
    expect(rows).toHaveLength(svar.tilmeldinger);
    // about 40 % of the citizens take an offer
    expect(rows.length).toBeGreaterThan(400 * 0.25);
    expect(rows.length).toBeLessThan(400 * 0.55);
    for (const r of rows) {
      expect(godkendte).toContain(r.udbud_id);
      if (r.udbud_id === godkendte[3]) expect(r.maalgruppe).toBe("DAGPENGE");
      expect(r.idempotens).toMatch(/^historik:/);
      expect(r.kilde).toBe("borger");
      expect(r.tokens).toBe(0);
      expect(r.status === "gennemfoert" || r.status === "afbrudt" ? r.afsluttet !== null : true).toBe(true);
    }
    expect(rows.filter((r) => r.status === "gennemfoert").length).toBeGreaterThan(rows.length / 2);
  });

  test("ends with the effect figures computed, some of them with enough data", async () => {
    const effekter = await t.db.selectFrom("udbud_effekt").selectAll().where("kommunekode", "=", ROSKILDE).execute();
    expect(effekter).toHaveLength(svar.effekter);
    expect(effekter.some((e) => vurderEffekt(e).status === "nok_data")).toBe(true);
  });

  test("a second call finds the history and adds nothing", async () => {
    expect(await seedMarkedHistorik(t, vault, ROSKILDE, 400, TODAY)).toEqual({
      borgere: 0,
      tilmeldinger: 0,
      haendelser: 0,
      effekter: 0,
    });
  });
});
