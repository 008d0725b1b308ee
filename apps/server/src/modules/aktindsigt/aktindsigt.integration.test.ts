import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { demoId } from "../../seed/ids.ts";
import { indsigtEksempler } from "../../seed/indsigt.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const R = indsigtEksempler(DEMO.roskilde, "2026-11-23");
const K = indsigtEksempler(DEMO.koege, "2026-11-23");
const LONE = demoId(101);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("aktindsigt on %s", (engine) => {
  let t: TestApp;
  let borger: TestSession;
  let lone: TestSession;
  let sara: TestSession;
  let udsatId = "";

  beforeAll(async () => {
    t = await startTestApp(engine);
    borger = await t.login("borger", "borger-mette");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
  }, 120_000);
  afterAll(() => t?.close());

  test("a double submit creates one request, with the deadline of 7 working days, a case event and a notification", async () => {
    const noegle = randomUUID();
    const input = {
      oenske: "Alle notater og breve fra oktober og november.",
      periodeFra: "2026-10-01",
      periodeTil: "2026-11-30",
      form: "minside",
      idempotensnoegle: noegle,
    };
    const svar = await Promise.all([
      t.call(borger, "POST", "/api/borger/aktindsigt", input),
      t.call(borger, "POST", "/api/borger/aktindsigt", input),
      t.call(borger, "POST", "/api/borger/aktindsigt", input),
    ]);
    expect(svar.map((s) => s.status)).toEqual([201, 201, 201]);
    expect(new Set(svar.map((s) => body(s).id)).size).toBe(1);
    const rows = await t.db.selectFrom("aktindsigt_anmodning").select("id").where("idempotens", "=", noegle).execute();
    expect(rows).toHaveLength(1);
    // received Monday 23 November 2026: 7 working days later is Wednesday 2 December
    expect(body(svar[0]!)).toMatchObject({ frist: "2026-12-02", status: "modtaget", tilstand: "aaben" });
    expect(body(svar[0]!).regel.henvisninger[0]).toMatchObject({ lov: "Offentlighedsloven", paragraf: "§ 36" });
    const events = await t.db
      .selectFrom("sag_haendelse")
      .select("type")
      .where("borger_id", "=", mette.id)
      .where("type", "=", "AKTINDSIGT_ANMODNING")
      .execute();
    expect(events).toHaveLength(1);
    const note = await t.db
      .selectFrom("medarbejder_notifikation")
      .select(["tekst"])
      .where("medarbejder_id", "=", LONE)
      .where("art", "=", "aktindsigt")
      .where("borger_id", "=", mette.id)
      .execute();
    expect(note).toHaveLength(1);
    expect(note[0]!.tekst).toContain("2. december 2026");
    // the caseworker sees it as a deadline in the case (the rule AKT in the engine)
    const sag = await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}/sag?formaal=SAGSBEHANDLING`);
    expect(body(sag).forpligtelser.find((f: { regelId: string; status: string }) => f.regelId === "AKT")).toMatchObject(
      { frist: "2026-12-02" },
    );
    // and both sides list it
    expect(body(await t.call(borger, "GET", "/api/borger/aktindsigt")).map((a: { id: string }) => a.id)).toContain(
      body(svar[0]!).id,
    );
  });

  test("a letter about a delay moves the expected date, keeps the deadline and reaches the citizen as a letter", async () => {
    const a = body(
      await t.call(borger, "POST", "/api/borger/aktindsigt", {
        oenske: "Alle dokumenter.",
        idempotensnoegle: randomUUID(),
      }),
    );
    const for_tidligt = await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/udsaet`, {
      begrundelse: "Mange dokumenter.",
      forventet: "2026-12-01",
      idempotensnoegle: randomUUID(),
    });
    expect(for_tidligt.status).toBe(400);
    const noegle = randomUUID();
    const input = {
      begrundelse: "Sagen har mange dokumenter, der skal gennemgås.",
      forventet: "2026-12-14",
      idempotensnoegle: noegle,
    };
    const [u1, u2] = await Promise.all([
      t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/udsaet`, input),
      t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/udsaet`, input),
    ]);
    expect([u1.status, u2.status]).toEqual([200, 200]);
    expect(body(u1)).toMatchObject({
      status: "udsat",
      frist: "2026-12-02",
      forventet: "2026-12-14",
      svarSenest: "2026-12-14",
    });
    expect(body(u2).udsaettelser).toHaveLength(1);
    const breve = await t.db
      .selectFrom("besked")
      .select(["emne", "dokument_id"])
      .where("borger_id", "=", mette.id)
      .where("art", "=", "aktindsigt_udsaettelse")
      .execute();
    expect(breve).toHaveLength(1);
    expect(breve[0]!.dokument_id).toBe(body(u1).udsaettelser[0].dokumentId);
    // it is in Min sag as a letter
    const minSag = body(await t.call(borger, "GET", "/api/borger/sag?art=brev")).punkter;
    expect(minSag.some((p: { titel: string }) => p.titel === "Dit svar på aktindsigt bliver forsinket")).toBe(true);
    udsatId = a.id;
  });

  test("an answer grants the case as a PDF with a decision, a note and a letter; partial when something is withheld", async () => {
    const a = body(
      await t.call(borger, "POST", "/api/borger/aktindsigt", {
        oenske: "Hele min sag.",
        idempotensnoegle: randomUUID(),
      }),
    );
    const noegle = randomUUID();
    const input = { tekst: "Du får aktindsigt i hele din sag, bortset fra det undtagne.", idempotensnoegle: noegle };
    const [s1, s2] = await Promise.all([
      t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/svar`, input),
      t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/svar`, input),
    ]);
    expect([s1.status, s2.status]).toEqual([200, 200]);
    // Mette's case has a note withheld by a decision in force: the answer is partial
    expect(body(s1)).toMatchObject({ status: "besvaret", tilstand: "besvaret", svar: { udfald: "delvis" } });
    const anden = await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/svar`, {
      ...input,
      idempotensnoegle: randomUUID(),
    });
    expect(anden.status).toBe(400);
    const dok = await t.db
      .selectFrom("dokument")
      .select(["kategori", "mimetype"])
      .where("id", "=", body(s1).svar.dokumentId)
      .executeTakeFirstOrThrow();
    expect(dok).toEqual({ kategori: "afgoerelse", mimetype: "application/pdf" });
    const noter = await t.db
      .selectFrom("notat")
      .select("emne")
      .where("borger_id", "=", mette.id)
      .where("emne", "=", "Afgørelse om aktindsigt")
      .execute();
    expect(noter).toHaveLength(1);
    // the citizen sees the answer, and the decision is in Min sag
    const mine = body(await t.call(borger, "GET", "/api/borger/aktindsigt")).find((x: { id: string }) => x.id === a.id);
    expect(mine.svar).toMatchObject({ udfald: "delvis", af: "Lone Sørensen" });
    const afgoerelser = body(await t.call(borger, "GET", "/api/borger/sag?art=afgoerelse")).punkter;
    expect(afgoerelser.map((p: { id: string }) => p.id)).toContain(body(s1).svar.dokumentId);
    // a selection without anything withheld is full access
    const b = body(
      await t.call(borger, "POST", "/api/borger/aktindsigt", { oenske: "Mit CV.", idempotensnoegle: randomUUID() }),
    );
    const fuld = await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${b.id}/svar`, {
      tekst: "Her er dit CV.",
      udvalg: [{ art: "notat", id: R.undtagNotatId }],
      idempotensnoegle: randomUUID(),
    });
    expect(body(fuld).svar.udfald).toBe("fuld");
  });

  test("an answer's selection can grant dialog messages; another municipality's message cannot be selected", async () => {
    const [egen, fremmed] = await Promise.all([
      t.db.selectFrom("dialog_besked").select("id").where("borger_id", "=", mette.id).executeTakeFirstOrThrow(),
      t.db.selectFrom("dialog_besked").select("id").where("kommunekode", "=", DEMO.koege).executeTakeFirstOrThrow(),
    ]);
    const a = body(
      await t.call(borger, "POST", "/api/borger/aktindsigt", {
        oenske: "Mine beskeder med jobcentret.",
        idempotensnoegle: randomUUID(),
      }),
    );
    const forkert = await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/svar`, {
      tekst: "Her er beskeden.",
      udvalg: [{ art: "dialogbesked", id: fremmed.id }],
      idempotensnoegle: randomUUID(),
    });
    expect(forkert.status).toBe(400);
    const svar = await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${a.id}/svar`, {
      tekst: "Her er beskeden.",
      udvalg: [{ art: "dialogbesked", id: egen.id }],
      idempotensnoegle: randomUUID(),
    });
    expect(svar.status).toBe(200);
    expect(body(svar).svar.udfald).toBe("fuld");
  });

  test("tenant isolation and audit: Køge cannot answer Roskilde's requests; each caseworker action is logged", async () => {
    expect(
      (
        await t.call(sara, "POST", `/api/medarbejder/aktindsigt/${R.udsaetAnmodningId}/udsaet`, {
          begrundelse: "x",
          forventet: "2026-12-20",
          idempotensnoegle: randomUUID(),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${K.svarAnmodningId}/svar`, {
          tekst: "x",
          idempotensnoegle: randomUUID(),
        })
      ).status,
    ).toBe(404);
    await t.call(lone, "POST", `/api/medarbejder/aktindsigt/${R.svarAnmodningId}/svar`, {
      tekst: "Du får aktindsigt.",
      idempotensnoegle: randomUUID(),
    });
    const log = await t.db
      .selectFrom("adgangslog")
      .select(["handling", "aktoer_navn"])
      .where("borger_id", "=", ahmad.id)
      .where("handling", "=", "Besvaret aktindsigt")
      .execute();
    expect(log).toEqual([{ handling: "Besvaret aktindsigt", aktoer_navn: "Lone Sørensen" }]);
    // Ahmad's request from 16 days ago is overdue
    const sag = body(await t.call(lone, "GET", `/api/medarbejder/borgere/${ahmad.id}/indsigt?formaal=SAGSBEHANDLING`));
    expect(sag.anmodninger.some((a: { tilstand: string }) => a.tilstand === "overskredet")).toBe(true);
  });

  test("overdue: a delayed request is overdue the day after its expected date (last: the clock moves on)", async () => {
    t.clock.advanceMinutes(60 * 24 * 21); // 14 December 2026, the expected date
    let mette2 = await t.login("borger", "borger-mette");
    let a = body(await t.call(mette2, "GET", "/api/borger/aktindsigt")).find((x: { id: string }) => x.id === udsatId);
    expect(a.tilstand).toBe("aaben");
    t.clock.advanceMinutes(60 * 24);
    mette2 = await t.login("borger", "borger-mette");
    a = body(await t.call(mette2, "GET", "/api/borger/aktindsigt")).find((x: { id: string }) => x.id === udsatId);
    expect(a).toMatchObject({ tilstand: "overskredet", frist: "2026-12-02", svarSenest: "2026-12-14" });
  });
});
