import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CITIZENS, DEMO_USERS } from "../../seed/demo.ts";
import { DEMO_SAG } from "../../seed/sag.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const jonas = DEMO_CITIZENS.find((c) => c.subject === "borger-jonas")!;
const lone = DEMO_USERS.find((u) => u.subject === "jk-lone")!;
const peter = DEMO_USERS.find((u) => u.subject === "jk-peter")!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

type Row = { id: string; naesteFrist: { regelId: string; status: string; henvisning: { lov: string } } | null };

describe.each(engines())("the case file on %s", (engine) => {
  let t: TestApp;
  let jk: TestSession;
  const logEntries = async (borgerId: string) =>
    t.db
      .selectFrom("adgangslog")
      .select(["handling", "ressource", "formaal", "aktoer_navn"])
      .where("borger_id", "=", borgerId)
      .orderBy("id")
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    jk = await t.login("medarbejder", "jk-lone");
  });
  afterAll(() => t?.close());

  describe("Min sagsstamme", () => {
    test("lists the caseworker's citizens with the next legal obligation, overdue ones first, and live counts", async () => {
      const res = await t.call(jk, "GET", "/api/medarbejder/sagsstamme");
      expect(res.status).toBe(200);
      const rows = body(res).raekker as Row[];
      expect(rows.map((r) => r.id).sort()).toEqual([mette.id, ahmad.id].sort());
      // Ahmad has had 2 of the 4 jobsamtaler LAB § 31 requires in his first 6 months (ended 18 November 2026), and his
      // request for access to records of two weeks ago (seed/indsigt.ts) is unanswered: its deadline came first.
      expect(rows[0]).toMatchObject({
        id: ahmad.id,
        naesteFrist: { status: "forfalden", henvisning: { lov: "Offentlighedsloven" } },
      });
      expect(body(res).taelling).toMatchObject({ alle: 2, forfaldne: 1, afventer_borger: 1, afventer_mig: 1 });
    });

    test("a ready-made filter and the free filters narrow the list; the counts follow the free filters", async () => {
      const overdue = await t.call(jk, "GET", "/api/medarbejder/sagsstamme?filter=forfaldne");
      expect((body(overdue).raekker as Row[]).map((r) => r.id)).toEqual([ahmad.id]);
      const dagpenge = await t.call(jk, "GET", "/api/medarbejder/sagsstamme?maalgruppe=DAGPENGE&aldersgruppe=30-39");
      expect((body(dagpenge).raekker as Row[]).map((r) => r.id)).toEqual([mette.id]);
      expect(body(dagpenge).taelling.alle).toBe(1);
      const bad = await t.call(jk, "GET", "/api/medarbejder/sagsstamme?filter=alt&postnr=40");
      expect(bad.status).toBe(400);
      expect(
        body(bad)
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(["query.filter", "query.postnr"]);
    });

    test("a caseworker cannot open a colleague's caseload; a manager chooses whose to see", async () => {
      const other = await t.call(jk, "GET", `/api/medarbejder/sagsstamme?sagsbehandler=${peter.id}`);
      expect(other.status).toBe(403);
      const leder = await t.login("ledelse", "leder-birgitte");
      const none = await t.call(leder, "GET", "/api/medarbejder/sagsstamme");
      expect(body(none)).toMatchObject({ sagsbehandler: null, raekker: [] });
      expect(body(none).medarbejdere.map((m: { navn: string }) => m.navn)).toContain("Lone Sørensen");
      const lones = await t.call(leder, "GET", `/api/medarbejder/sagsstamme?sagsbehandler=${lone.id}`);
      expect(body(lones).total).toBe(2);
    });
  });

  describe("the case", () => {
    test("shows the obligations the law puts on the case, each with its rule, paragraph and a plain explanation", async () => {
      const res = await t.call(jk, "GET", `/api/medarbejder/borgere/${ahmad.id}/sag?formaal=SAGSBEHANDLING`);
      expect(res.status).toBe(200);
      const overdue = body(res).forpligtelser.filter((f: { status: string }) => f.status === "forfalden");
      expect(overdue.length).toBeGreaterThan(0);
      for (const f of body(res).forpligtelser) {
        expect(f.henvisning.paragraf).toMatch(/§/);
        expect(f.forklaring.length).toBeGreaterThan(20);
      }
      // The missed conversation gives a proposal, never a decision.
      expect(body(res).forslag.map((f: { regelId: string }) => f.regelId)).toContain("SAN-KH-MISS");
      expect(body(res).plan.some((p: { aftaltMedBorger: boolean }) => p.aftaltMedBorger)).toBe(true);
      expect(body(res).tidslinje.length).toBeGreaterThan(5);
      expect(body(res).ydelser[0].maalgruppe.kode).toBe("KONTANTHJAELP_JOBPARAT");
      expect((await logEntries(ahmad.id)).at(-1)).toMatchObject({ handling: "Åbnet sag", formaal: "Sagsbehandling" });
    });

    test("needs a purpose, and a citizen of another municipality is not found (and not logged)", async () => {
      expect((await t.call(jk, "GET", `/api/medarbejder/borgere/${ahmad.id}/sag`)).status).toBe(400);
      const foreign = await t.call(jk, "GET", `/api/medarbejder/borgere/${jonas.id}/sag?formaal=SAGSBEHANDLING`);
      expect(foreign.status).toBe(404);
      expect(await logEntries(jonas.id)).toEqual([]);
    });
  });

  describe("journal notes", () => {
    test("a macro text is filled from the case: name, target group, deadlines with their law", async () => {
      const m = await t.call(
        jk,
        "GET",
        `/api/medarbejder/borgere/${ahmad.id}/makrotekster/${DEMO_SAG["0265"]!.makroId}`,
      );
      expect(m.status).toBe(200);
      expect(body(m).tekst).toContain("Jobsamtale med Ahmad Hassan (Jobparat kontanthjælpsmodtager)");
      expect(body(m).tekst).toMatch(/LAB § 31/);
      expect(body(m).ukendte).toEqual([]);
    });

    test("saving is idempotent: a retry with the same key saves one note", async () => {
      const key = randomUUID();
      const note = {
        emne: "Telefonnotat",
        tekst: "Ahmad ringede og meldte afbud.",
        kategori: "telefon",
        idempotensnoegle: key,
      };
      const a = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/notater`, note);
      const b = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/notater`, note);
      expect(a.status).toBe(201);
      expect(body(b).id).toBe(body(a).id);
      const n = await t.db.selectFrom("notat").select("id").where("idempotens", "=", key).execute();
      expect(n).toHaveLength(1);
    });

    test("a saved note cannot be changed; a correction keeps the original, and only the newest can be corrected", async () => {
      const original = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/notater`, {
        emne: "Samtale",
        tekst: "Ahmad mødte op kl. 10.",
        idempotensnoegle: randomUUID(),
      });
      await expect(
        sql`update notat set tekst = 'ændret' where id = ${body(original).id}`.execute(t.db),
      ).rejects.toThrow(/kan ikke ændres/);
      await expect(sql`delete from notat where id = ${body(original).id}`.execute(t.db)).rejects.toThrow();
      const fix = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/notater`, {
        emne: "Samtale",
        tekst: "Ahmad mødte op kl. 11.",
        retter: body(original).id,
        idempotensnoegle: randomUUID(),
      });
      expect(fix.status).toBe(201);
      expect(body(fix).retter).toBe(body(original).id);
      const again = await t.call(jk, "POST", `/api/medarbejder/borgere/${ahmad.id}/notater`, {
        emne: "Samtale",
        tekst: "kl. 12",
        retter: body(original).id,
        idempotensnoegle: randomUUID(),
      });
      expect(again.status).toBe(409);
      expect(body(again).code).toBe("NOTE_ALREADY_CORRECTED");
      const sag = await t.call(jk, "GET", `/api/medarbejder/borgere/${ahmad.id}/sag?formaal=SAGSBEHANDLING`);
      const orig = body(sag).notater.find((n: { id: string }) => n.id === body(original).id);
      expect(orig).toMatchObject({ tekst: "Ahmad mødte op kl. 10.", erRettet: true });
      const elsewhere = await t.call(jk, "POST", `/api/medarbejder/borgere/${mette.id}/notater`, {
        emne: "x",
        tekst: "y",
        retter: body(fix).id,
        idempotensnoegle: randomUUID(),
      });
      expect(body(elsewhere).code).toBe("NOTE_NOT_IN_CASE");
    });
  });

  describe("documents", () => {
    const upload = (s: TestSession, borgerId: string, over: Record<string, unknown> = {}) =>
      t.call(s, "POST", `/api/medarbejder/borgere/${borgerId}/dokumenter`, {
        titel: "Lægeerklæring fra egen læge",
        kategori: "laegeerklaering",
        filnavn: "erklaering.txt",
        indhold: Buffer.from("Borgeren har kroniske rygsmerter og kan ikke løfte tungt.").toString("base64"),
        idempotensnoegle: randomUUID(),
        ...over,
      });

    test("text is extracted for search; a medical document needs a purpose to open, and the opening is logged", async () => {
      const up = await upload(jk, ahmad.id);
      expect(up.status).toBe(201);
      expect(body(up)).toMatchObject({ helbred: true, mimetype: "text/plain" });
      const without = await t.call(jk, "GET", `/api/medarbejder/dokumenter/${body(up).id}`);
      expect(without.status).toBe(400);
      expect(body(without).code).toBe("HEALTH_PURPOSE_REQUIRED");
      const withPurpose = await t.call(jk, "GET", `/api/medarbejder/dokumenter/${body(up).id}?formaal=SAMTALE`);
      expect(withPurpose.status).toBe(200);
      expect(withPurpose.text).toContain("rygsmerter");
      expect((await logEntries(ahmad.id)).at(-1)).toMatchObject({
        handling: "Åbnet helbredsdokument",
        ressource: "sag/dokument/helbred",
      });
    });

    test("a file that is not an accepted type is refused with a Danish message", async () => {
      const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex").toString("base64");
      const res = await upload(jk, ahmad.id, { filnavn: "scan.pdf", indhold: png, kategori: "andet" });
      expect(res.status).toBe(415);
      expect(body(res).code).toBe("DOCUMENT_TYPE_UNSUPPORTED");
      expect(body(res).title).toMatch(/Filtypen kan ikke modtages/);
    });
  });

  describe("search", () => {
    type Hit = { id: string; type: string; borger: { id: string }; uddrag: { tekst: string; fremhaevet: boolean }[] };

    test("Danish words are found in their inflected forms, with highlighted snippets", async () => {
      const res = await t.call(jk, "POST", "/api/medarbejder/soeg", { q: "udeblive samtale" });
      expect(res.status).toBe(200);
      const hit = (body(res).hits as Hit[]).find((h) => h.borger.id === ahmad.id && h.type === "notat");
      expect(hit).toBeDefined();
      expect(hit!.uddrag.some((s) => s.fremhaevet && /udeblev/i.test(s.tekst))).toBe(true);
    });

    test("within one case, and logged for every citizen shown", async () => {
      const res = await t.call(jk, "POST", "/api/medarbejder/soeg", { q: "ryg", borgerId: ahmad.id });
      expect((body(res).hits as Hit[]).length).toBeGreaterThan(0);
      expect((body(res).hits as Hit[]).every((h) => h.borger.id === ahmad.id)).toBe(true);
      expect((await logEntries(ahmad.id)).at(-1)).toMatchObject({ handling: "Fundet ved søgning i sager" });
    });

    test("names are found despite typos", async () => {
      const res = await t.call(jk, "POST", "/api/medarbejder/soeg", { q: "Ahmd Hasan" });
      expect(body(res).borgere.map((b: { id: string }) => b.id)).toContain(ahmad.id);
    });

    test("a year filters on the date: the demo's medical certificates are from 2026, so 'lægeerklæring 2025' finds none", async () => {
      const res = await t.call(jk, "POST", "/api/medarbejder/soeg", { q: "lægeerklæring 2025" });
      expect(body(res).aar).toBe(2025);
      expect(body(res).hits).toEqual([]);
    });

    test("another municipality's notes are never found, and its citizens cannot be searched", async () => {
      const sara = await t.login("medarbejder", "jk-sara");
      const res = await t.call(sara, "POST", "/api/medarbejder/soeg", { q: "samtale" });
      expect((body(res).hits as Hit[]).some((h) => [ahmad.id, mette.id].includes(h.borger.id))).toBe(false);
      const foreign = await t.call(sara, "POST", "/api/medarbejder/soeg", { q: "samtale", borgerId: ahmad.id });
      expect(foreign.status).toBe(404);
    });

    test("an empty query gets a clear error", async () => {
      const res = await t.call(jk, "POST", "/api/medarbejder/soeg", { q: "  " });
      expect(res.status).toBe(400);
    });
  });
});
