import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { engines, freshDatabase, type TestDatabase } from "../../testing/databases.ts";
import { genberegnEffekter, laesEffekter } from "./effekt-store.ts";

const ROSKILDE = "0265";
const KOEGE = "0259";
const NU = new Date("2026-11-23T09:00:00Z");

describe.each(engines())("recomputing the offers' effect on %s", (engine) => {
  let t: TestDatabase;
  const L = randomUUID(); // provider in Roskilde
  const LK = randomUUID(); // provider in Køge
  const U = randomUUID(); // Roskilde's offer
  const V = randomUUID(); // Roskilde's offer nobody has completed (an old row for it must go)
  const UK = randomUUID(); // Køge's offer
  const [A, B, X1, X2, Z, K] = Array.from({ length: 6 }, (): string => randomUUID()) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];

  beforeAll(async () => {
    t = await freshDatabase(engine);
    const db = t.db;
    await db
      .insertInto("leverandoer")
      .values([
        { id: L, kommunekode: ROSKILDE, navn: "Kursus A/S", cvr: null },
        { id: LK, kommunekode: KOEGE, navn: "Kursus Køge", cvr: null },
      ])
      .execute();
    const borger = (id: string, kommunekode: string) => ({
      id,
      kommunekode,
      cpr_krypteret: "x",
      cpr_noegle_id: "test",
      cpr_hash: id,
      fornavn: "Test",
      efternavn: "Borger",
      foedselsdato: "1990-01-01",
      koen: "K" as const,
      maalgruppe: "DAGPENGE",
      uddannelse: "GRUNDSKOLE",
    });
    await db
      .insertInto("borger")
      .values([...[A, B, X1, X2, Z].map((id) => borger(id, ROSKILDE)), borger(K, KOEGE)])
      .execute();
    const udbud = (id: string, kommunekode: string, leverandoer_id: string) => ({
      id,
      kommunekode,
      leverandoer_id,
      titel: "Lagerkursus",
      beskrivelse: "Et kursus i lagerarbejde for ledige.",
      art: "online" as const,
      sprog: ["da"],
      niveau: "begynder" as const,
      varighed_uger: 4,
      timer_pr_uge: 10,
      pris_tokens: 100,
      status: "godkendt" as const,
      oprettet: "2025-12-01T00:00:00Z",
      opdateret: "2025-12-01T00:00:00Z",
    });
    await db
      .insertInto("udbud")
      .values([udbud(U, ROSKILDE, L), udbud(V, ROSKILDE, L), udbud(UK, KOEGE, LK)])
      .execute();
    const haendelse = (borger_id: string, kommunekode: string, type: string, dato: string, art: string | null) => ({
      id: randomUUID(),
      kommunekode,
      borger_id,
      type,
      dato,
      maalgruppe: type === "YDELSE_START" ? "DAGPENGE" : null,
      kanal: null,
      art,
      uger: null,
      kategori: null,
      beskrivelse: null,
      registreret: `${dato}T08:00:00Z`,
      registreret_af: null,
    });
    await db
      .insertInto("sag_haendelse")
      .values([
        haendelse(A, ROSKILDE, "YDELSE_START", "2026-01-05", null),
        haendelse(A, ROSKILDE, "YDELSE_OPHOER", "2026-04-15", "job"),
        haendelse(B, ROSKILDE, "YDELSE_START", "2026-01-05", null),
        // exactly 13 weeks after B's completion on the Danish calendar (5 March), one day late on UTC's (4 March)
        haendelse(B, ROSKILDE, "YDELSE_OPHOER", "2026-06-04", "uddannelse"),
        haendelse(X1, ROSKILDE, "YDELSE_START", "2025-12-01", null),
        haendelse(X1, ROSKILDE, "YDELSE_OPHOER", "2026-05-01", "job"),
        haendelse(X2, ROSKILDE, "YDELSE_START", "2026-02-01", null),
        haendelse(X2, ROSKILDE, "SAMTALE_AFHOLDT", "2026-03-01", "jobsamtale"),
        haendelse(Z, ROSKILDE, "YDELSE_START", "2026-01-01", null),
        haendelse(Z, ROSKILDE, "YDELSE_OPHOER", "2026-04-01", "job"),
        haendelse(K, KOEGE, "YDELSE_START", "2026-01-01", null),
      ])
      .execute();
    const tilmelding = (
      udbud_id: string,
      borger_id: string,
      kommunekode: string,
      status: "gennemfoert" | "afbrudt",
      afsluttet: string,
    ) => ({
      id: randomUUID(),
      kommunekode,
      udbud_id,
      borger_id,
      kilde: "borger" as const,
      status,
      start: "2026-02-02",
      slut: "2026-03-01",
      tilmeldt: "2026-02-01T10:00:00Z",
      tilmeldt_af: null,
      startet: "2026-02-02T10:00:00Z",
      afsluttet,
      afmeldt_aarsag: null,
      idempotens: randomUUID(),
    });
    await db
      .insertInto("tilmelding")
      .values([
        tilmelding(U, A, ROSKILDE, "gennemfoert", "2026-03-04T10:00:00Z"),
        tilmelding(U, B, ROSKILDE, "gennemfoert", "2026-03-04T23:30:00Z"), // 00:30 on 5 March in Denmark
        tilmelding(U, Z, ROSKILDE, "afbrudt", "2026-02-20T10:00:00Z"),
        tilmelding(UK, K, KOEGE, "gennemfoert", "2026-03-04T10:00:00Z"),
      ])
      .execute();
    const gammel = (udbud_id: string, kommunekode: string) => ({
      kommunekode,
      udbud_id,
      maalgruppe: "DAGPENGE",
      beregnet: "2026-01-01T00:00:00Z",
      gennemfoert: 99,
      i_arbejde_13: 1,
      observeret_13: 99,
      i_arbejde_26: 1,
      observeret_26: 99,
      kontrol_andel_13: 0.5,
      kontrol_andel_26: 0.5,
      kontrol_antal: 10,
    });
    await db
      .insertInto("udbud_effekt")
      .values([gammel(V, ROSKILDE), gammel(U, ROSKILDE), gammel(UK, KOEGE)])
      .execute();
  });
  afterAll(() => t?.dispose());

  test("replaces the municipality's rows with the figures of the method", async () => {
    const svar = await withTenant(t.db, ROSKILDE, (tx) => genberegnEffekter(tx, ROSKILDE, NU));
    expect(svar).toEqual({ raekker: 1 });
    const rows = await withTenant(t.db, ROSKILDE, (tx) => laesEffekter(tx));
    expect(rows).toHaveLength(1);
    const [r] = rows;
    // A and B completed; both in work or education at 13 and 26 weeks (B exactly on the day: the completion day is
    // Danish). The comparison on Monday 2 March: X1 (in work on 1 June and 31 August) and X2 (not); Z is enrolled.
    expect(r).toMatchObject({
      udbud_id: U,
      maalgruppe: "DAGPENGE",
      gennemfoert: 2,
      i_arbejde_13: 2,
      observeret_13: 2,
      i_arbejde_26: 2,
      observeret_26: 2,
      kontrol_andel_13: 0.5,
      kontrol_andel_26: 0.5,
      kontrol_antal: 2,
    });
    expect(new Date(r!.beregnet).toISOString()).toBe(NU.toISOString());
  });

  test("recomputing again gives the same rows, not more", async () => {
    await withTenant(t.db, ROSKILDE, (tx) => genberegnEffekter(tx, ROSKILDE, NU));
    const rows = await t.db.selectFrom("udbud_effekt").selectAll().where("kommunekode", "=", ROSKILDE).execute();
    expect(rows.map((r) => r.udbud_id)).toEqual([U]);
  });

  test("another municipality's rows and data are neither read nor touched", async () => {
    const koege = await withTenant(t.db, KOEGE, (tx) => laesEffekter(tx));
    expect(koege).toHaveLength(1);
    expect(koege[0]).toMatchObject({ udbud_id: UK, gennemfoert: 99 });
    // and from Roskilde, Køge's offer is not visible even by id
    expect(await withTenant(t.db, ROSKILDE, (tx) => laesEffekter(tx, [UK]))).toEqual([]);
  });

  test("reading the rows of some offers", async () => {
    expect((await withTenant(t.db, ROSKILDE, (tx) => laesEffekter(tx, [U, V]))).map((r) => r.udbud_id)).toEqual([U]);
    expect(await withTenant(t.db, ROSKILDE, (tx) => laesEffekter(tx, []))).toEqual([]);
  });

  test("the rows cannot be written for another municipality from inside one", async () => {
    await expect(withTenant(t.db, ROSKILDE, (tx) => genberegnEffekter(tx, KOEGE, NU))).rejects.toThrow();
  });
});
