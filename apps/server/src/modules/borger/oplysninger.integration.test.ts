import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO_DIALOG } from "../../seed/dialog.ts";
import { DEMO } from "../../seed/demo.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const R = DEMO_DIALOG[DEMO.roskilde]!;
const K = DEMO_DIALOG[DEMO.koege]!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
const gruppe = (o: Record<string, any>, g: string) => o.grupper.find((x: { gruppe: string }) => x.gruppe === g);

describe.each(engines())("verifying own details on %s", (engine) => {
  let t: TestApp;
  let mette: TestSession;
  let lone: TestSession;
  let leder: TestSession;
  let sara: TestSession;
  const roskilde = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(t.db, DEMO.roskilde, fn);

  beforeAll(async () => {
    t = await startTestApp(engine);
    [mette, lone, leder, sara] = await Promise.all([
      t.login("borger", "borger-mette"),
      t.login("medarbejder", "jk-lone"),
      t.login("ledelse", "leder-birgitte"),
      t.login("medarbejder", "jk-sara"),
    ]);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  test("a phone correction applies at once in the citizen register and is flagged for the caseworker until handled", async () => {
    const fejl = await t.call(mette, "POST", "/api/borger/oplysninger/kontakt", {
      handling: "rettet",
      data: { telefon: "1234", email: "mette.nielsen@example.dk" },
      idempotensnoegle: randomUUID(),
    });
    expect(fejl.status).toBe(400);
    expect(body(fejl).errors).toEqual([
      { path: "body.data.telefon", message: "Skriv et dansk telefonnummer med 8 cifre, fx 22 33 44 55." },
    ]);

    const r = await t.call(mette, "POST", "/api/borger/oplysninger/kontakt", {
      handling: "rettet",
      data: { telefon: "+45 87654321", email: "mette.nielsen@example.dk" },
      idempotensnoegle: randomUUID(),
    });
    expect(r.status).toBe(201);
    expect(body(r).indberetning).toMatchObject({
      handling: "rettet",
      straks: true,
      data: { telefon: "87 65 43 21" },
      tidligere: { telefon: "22 33 44 55" },
      behandlet: null,
    });
    const b = await roskilde((tx) =>
      tx.selectFrom("borger").select("telefon").where("id", "=", R.borgerId).executeTakeFirstOrThrow(),
    );
    expect(b.telefon).toBe("87 65 43 21");

    // Lone is told, sees it flagged in the case and in her list, and marks it handled (logged)
    const note = await roskilde((tx) =>
      tx
        .selectFrom("medarbejder_notifikation")
        .select("tekst")
        .where("art", "=", "oplysning_rettet")
        .where("medarbejder_id", "=", R.sagsbehandler.id)
        .execute(),
    );
    expect(note.map((n) => n.tekst)).toContain("Mette Nielsen har rettet sine oplysninger om kontaktoplysninger");
    const liste = body(await t.call(lone, "GET", "/api/medarbejder/oplysninger/til-behandling")) as { id: string }[];
    expect(liste.map((x) => x.id)).toContain(body(r).indberetning.id);
    const sag = body(
      await t.call(lone, "GET", `/api/medarbejder/borgere/${R.borgerId}/oplysninger?formaal=SAGSBEHANDLING`),
    );
    expect(sag.tilBehandling.map((x: { id: string }) => x.id)).toContain(body(r).indberetning.id);
    // an immediate correction cannot be declined (the citizen decides it)
    const afvis = await t.call(lone, "POST", `/api/medarbejder/oplysninger/${body(r).indberetning.id}/behandl`, {
      udfald: "afvist",
      bemaerkning: "Nej",
    });
    expect(afvis.status).toBe(400);
    const ok = await t.call(lone, "POST", `/api/medarbejder/oplysninger/${body(r).indberetning.id}/behandl`, {});
    expect(body(ok)).toMatchObject({ udfald: "godkendt", behandletAf: "Lone Sørensen" });
    const efter = body(await t.call(lone, "GET", `/api/medarbejder/borgere/${R.borgerId}/oplysninger`));
    expect(efter.tilBehandling.map((x: { id: string }) => x.id)).not.toContain(body(r).indberetning.id);
    const log = await roskilde((tx) =>
      tx
        .selectFrom("adgangslog")
        .select("handling")
        .where("borger_id", "=", R.borgerId)
        .where("ressource", "=", "borger/oplysninger")
        .execute(),
    );
    expect(log.map((l) => l.handling)).toEqual(
      expect.arrayContaining(["Læst egne oplysninger", "Behandlet rettelse", "Vist i dialog-indbakke"]),
    );
  });

  test("an education correction waits for the caseworker; approved, it changes the register; the history is kept", async () => {
    const r = body(
      await t.call(mette, "POST", "/api/borger/oplysninger/uddannelse", {
        handling: "rettet",
        data: { niveau: "LANG_VIDEREGAAENDE", tekst: "cand.merc." },
        idempotensnoegle: randomUUID(),
      }),
    );
    expect(r.indberetning).toMatchObject({ straks: false, behandlet: null });
    expect(gruppe(r, "uddannelse")).toMatchObject({
      vaerdi: { niveau: "MELLEMLANG_VIDEREGAAENDE" },
      afventer: { id: r.indberetning.id },
    });
    // a newer correction of the same group replaces the one that waits
    const nyere = body(
      await t.call(mette, "POST", "/api/borger/oplysninger/uddannelse", {
        handling: "rettet",
        data: { niveau: "LANG_VIDEREGAAENDE", tekst: "cand.merc.aud." },
        idempotensnoegle: randomUUID(),
      }),
    );
    expect(gruppe(nyere, "uddannelse").afventer.id).toBe(nyere.indberetning.id);
    // a manager may read but not handle
    expect((await t.call(leder, "GET", `/api/medarbejder/borgere/${R.borgerId}/oplysninger`)).status).toBe(200);
    expect(
      (await t.call(leder, "POST", `/api/medarbejder/oplysninger/${nyere.indberetning.id}/behandl`, {})).status,
    ).toBe(403);
    // declining needs a note
    const utenNote = await t.call(lone, "POST", `/api/medarbejder/oplysninger/${nyere.indberetning.id}/behandl`, {
      udfald: "afvist",
    });
    expect(body(utenNote).errors[0]).toMatchObject({ path: "body.bemaerkning" });
    await t.call(lone, "POST", `/api/medarbejder/oplysninger/${nyere.indberetning.id}/behandl`, { udfald: "godkendt" });
    const b = await roskilde((tx) =>
      tx.selectFrom("borger").select("uddannelse").where("id", "=", R.borgerId).executeTakeFirstOrThrow(),
    );
    expect(b.uddannelse).toBe("LANG_VIDEREGAAENDE");
    const egne = body(await t.call(mette, "GET", "/api/borger/oplysninger"));
    expect(gruppe(egne, "uddannelse")).toMatchObject({
      vaerdi: { niveau: "LANG_VIDEREGAAENDE", tekst: "cand.merc.aud." },
      afventer: null,
    });
    const historik = egne.historik.filter((i: { gruppe: string }) => i.gruppe === "uddannelse");
    expect(historik.map((i: { udfald: string | null }) => i.udfald)).toEqual(["godkendt", "afvist"]);
  });

  test("a double submit of a confirmation is one record, also at once", async () => {
    const noegle = randomUUID();
    const send = () =>
      t.call(mette, "POST", "/api/borger/oplysninger/sprog", { handling: "bekraeftet", idempotensnoegle: noegle });
    const svar = await Promise.all([send(), send(), send()]);
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201]);
    expect(new Set(svar.map((s) => body(s).indberetning.id)).size).toBe(1);
    const n = await roskilde((tx) =>
      tx.selectFrom("oplysning_indberetning").select("id").where("idempotens", "=", noegle).execute(),
    );
    expect(n).toHaveLength(1);
    expect(body(svar[0]!).indberetning.data).toEqual({
      sprog: [
        { sprog: "dansk", niveau: "modersmaal" },
        { sprog: "engelsk", niveau: "flydende" },
      ],
    });
  });

  test("another municipality sees none of it", async () => {
    expect((await t.call(sara, "GET", `/api/medarbejder/borgere/${R.borgerId}/oplysninger`)).status).toBe(404);
    expect((await t.call(sara, "POST", `/api/medarbejder/oplysninger/${R.rettelseId}/behandl`, {})).status).toBe(404);
    const sete = await withTenant(t.db, DEMO.koege, (tx) =>
      tx.selectFrom("oplysning_indberetning").select("id").execute(),
    );
    expect(sete.map((x) => x.id)).toContain(K.rettelseId);
    expect(sete.map((x) => x.id)).not.toContain(R.rettelseId);
  });
});
