import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { DEMO_SAG } from "../../seed/sag.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;
const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
type Makro = { id: string; titel: string; kategori: string; tekst: string; aktiv: boolean };

describe.each(engines())("the administrator's macro texts on %s", (engine) => {
  let t: TestApp;
  let admin: TestSession;
  let jk: TestSession;
  const caseworkerTitles = async () =>
    (body(await t.call(jk, "GET", "/api/medarbejder/makrotekster")) as unknown as Makro[]).map((m) => m.titel);

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    admin = await t.login("medarbejder", "admin-jens");
    jk = await t.login("medarbejder", "jk-lone");
  });
  afterAll(() => t?.close());

  test("the administrator lists the municipality's macros with the placeholder catalogue", async () => {
    const res = await t.call(admin, "GET", "/api/admin/makrotekster");
    expect(res.status).toBe(200);
    const makroer = body(res).makrotekster as Makro[];
    expect(makroer.map((m) => m.id)).toContain(DEMO_SAG[DEMO.roskilde]!.makroId);
    expect(makroer.map((m) => m.id)).not.toContain(DEMO_SAG[DEMO.koege]!.makroId);
    expect(makroer.every((m) => m.aktiv)).toBe(true);
    expect(body(res).felter).toContainEqual({ navn: "navn", beskrivelse: "Borgerens fulde navn" });
    expect(body(res).kategorier).toContain("samtale");
  });

  test("a new macro is at once in the caseworkers' list, and fills from the case", async () => {
    const res = await t.call(admin, "POST", "/api/admin/makrotekster", {
      titel: "Aftale om praktik",
      kategori: "tilbud",
      tekst: "{{fornavn}} har sagt ja til praktik. Aftalt den {{dato}}.\n\n{{sagsbehandler}}",
    });
    expect(res.status).toBe(201);
    expect(body(res)).toMatchObject({ titel: "Aftale om praktik", kategori: "tilbud", aktiv: true });
    expect(await caseworkerTitles()).toContain("Aftale om praktik");
  });

  test("the same idempotency key creates the macro once", async () => {
    const noegle = randomUUID();
    const input = { titel: "Dobbeltklik", kategori: "notat", tekst: "Notat om {{navn}}.", idempotensnoegle: noegle };
    const first = await t.call(admin, "POST", "/api/admin/makrotekster", input);
    const second = await t.call(admin, "POST", "/api/admin/makrotekster", input);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(body(second).id).toBe(body(first).id);
    expect((await caseworkerTitles()).filter((x) => x === "Dobbeltklik")).toHaveLength(1);
  });

  test("a text with unknown placeholders is refused with a Danish message naming them", async () => {
    const res = await t.call(admin, "POST", "/api/admin/makrotekster", {
      titel: "Forkert",
      kategori: "notat",
      tekst: "Kære {{borger}}, dit CPR-nummer er {{cpr}}. Mvh {{sagsbehandler}}",
    });
    expect(res.status).toBe(400);
    expect(body(res).code).toBe("VALIDATION_FAILED");
    expect(body(res).errors).toEqual([
      {
        path: "body.tekst",
        message: "Teksten bruger felter, som Jobunivers ikke kender: {{borger}}, {{cpr}}. Brug kun felterne i listen.",
      },
    ]);
    expect(await caseworkerTitles()).not.toContain("Forkert");

    const missing = await t.call(admin, "POST", "/api/admin/makrotekster", { titel: " ", kategori: "brev", tekst: "" });
    expect(missing.status).toBe(400);
    expect(
      body(missing)
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.kategori", "body.tekst", "body.titel"]);
  });

  test("the administrator corrects a macro; a deactivated one is gone for caseworkers but kept, and can come back", async () => {
    const created = body(
      await t.call(admin, "POST", "/api/admin/makrotekster", {
        titel: "Midlertidig",
        kategori: "telefon",
        tekst: "Telefonsamtale med {{navn}}.",
      }),
    ) as Makro;
    const url = `/api/admin/makrotekster/${created.id}`;

    const bad = await t.call(admin, "PUT", url, { tekst: "Telefonsamtale med {{navnet}}." });
    expect(bad.status).toBe(400);
    expect(body(bad).errors[0].message).toContain("{{navnet}}");

    const renamed = await t.call(admin, "PUT", url, { titel: "Telefonnotat, kort", tekst: "Ringede til {{navn}}." });
    expect(renamed.status).toBe(200);
    expect(body(renamed)).toMatchObject({
      titel: "Telefonnotat, kort",
      kategori: "telefon",
      tekst: "Ringede til {{navn}}.",
    });
    expect(await caseworkerTitles()).toContain("Telefonnotat, kort");

    const off = await t.call(admin, "PUT", url, { aktiv: false });
    expect(body(off)).toMatchObject({ id: created.id, aktiv: false });
    expect(await caseworkerTitles()).not.toContain("Telefonnotat, kort");
    const fill = await t.call(jk, "GET", `/api/medarbejder/borgere/${ahmad.id}/makrotekster/${created.id}`);
    expect(fill.status).toBe(404);
    const listed = body(await t.call(admin, "GET", "/api/admin/makrotekster")).makrotekster as Makro[];
    expect(listed.find((m) => m.id === created.id)).toMatchObject({ aktiv: false });

    await t.call(admin, "PUT", url, { aktiv: true });
    expect(await caseworkerTitles()).toContain("Telefonnotat, kort");
  });

  test("Køge's administrator can neither see nor change Roskilde's macros", async () => {
    const koege = await t.login("medarbejder", "admin-koege");
    const list = body(await t.call(koege, "GET", "/api/admin/makrotekster")).makrotekster as Makro[];
    expect(list.map((m) => m.id)).toContain(DEMO_SAG[DEMO.koege]!.makroId);
    expect(list.map((m) => m.id)).not.toContain(DEMO_SAG[DEMO.roskilde]!.makroId);
    expect(list.map((m) => m.titel)).not.toContain("Aftale om praktik");

    const roskildes = `/api/admin/makrotekster/${DEMO_SAG[DEMO.roskilde]!.makroId}`;
    const change = await t.call(koege, "PUT", roskildes, { titel: "Overtaget", aktiv: false });
    expect(change.status).toBe(404);
    const still = (body(await t.call(admin, "GET", "/api/admin/makrotekster")).makrotekster as Makro[]).find(
      (m) => m.id === DEMO_SAG[DEMO.roskilde]!.makroId,
    );
    expect(still).toMatchObject({ titel: "Referat af jobsamtale", aktiv: true });
  });

  test("a caseworker may not use the administrator's routes", async () => {
    expect((await t.call(jk, "GET", "/api/admin/makrotekster")).status).toBe(403);
    const post = await t.call(jk, "POST", "/api/admin/makrotekster", { titel: "X", kategori: "notat", tekst: "X" });
    expect(post.status).toBe(403);
    const put = await t.call(jk, "PUT", `/api/admin/makrotekster/${DEMO_SAG[DEMO.roskilde]!.makroId}`, {
      aktiv: false,
    });
    expect(put.status).toBe(403);
    expect(put.json.code).toBe("FORBIDDEN");
  });
});
