import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { minsideEksempler } from "../../seed/minside.ts";
import { CookieJar, startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { BISIDDER_MAKS_FORKERTE } from "./model.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

describe.each(engines())("Min side on %s", (engine) => {
  let t: TestApp;
  let m: TestSession;
  let jonas: TestSession;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: "500" } });
    m = await t.login("borger", "borger-mette");
    jonas = await t.login("borger", "borger-jonas");
  }, 120_000);
  afterAll(() => t?.close());

  /** A browser without any login: the companion. */
  const companion = (): TestSession => ({ jar: new CookieJar(), csrf: "", landedOn: "" });

  /** The companion opens the link: the page's data, and the CSRF token the code form posts with. */
  async function aabn(c: TestSession, link: string) {
    const r = await t.call(c, "GET", `/api/offentlig${link}`);
    if (r.status === 200) c.csrf = body(r).csrfToken;
    return r;
  }

  async function giv(navn: string, dage = 14, key = crypto.randomUUID()) {
    const r = await t.call(m, "POST", "/api/borger/bisiddere", { navn, dage, idempotensnoegle: key });
    expect(r.status, r.text).toBe(201);
    return body(r) as { adgang: { id: string; status: string; gyldigTil: string }; link: string; kode: string };
  }

  const adgangslog = async () =>
    body(await t.call(m, "GET", "/api/borger/adgangslog")) as unknown as {
      aktoerNavn: string;
      aktoerRolle: string;
      handling: string;
    }[];

  test("the overview names target group, benefit, caseworker, the published plan and the next conversation, and no CPR number", async () => {
    const r = await t.call(m, "GET", "/api/borger/overblik");
    expect(r.status, r.text).toBe(200);
    const o = body(r);
    expect(o.borger).toMatchObject({
      navn: "Mette Nielsen",
      maalgruppe: { kode: "DAGPENGE" },
      ydelseStart: mette.ydelse_start,
      sagsbehandler: { navn: expect.any(String) },
    });
    expect(o.plan.offentliggjort).toBe("2026-11-11");
    expect(o.plan.maal.map((p: { titel: string }) => p.titel)).toContain("Job som projektleder i byggebranchen");
    expect(o.plan.aktiviteter.length).toBeGreaterThanOrEqual(2);
    expect(o.plan.aktiviteter.every((p: { aftalt: boolean }) => typeof p.aftalt === "boolean")).toBe(true);
    expect(o.jobcenter).toMatchObject({ navn: "Jobcenter Roskilde", telefon: expect.any(String) });
    expect(o.jobcenter.aabningstider.length).toBeGreaterThan(0);
    if (o.naesteSamtale) {
      expect(new Date(o.naesteSamtale.start).getTime()).toBeGreaterThan(t.clock.now().getTime());
      expect(typeof o.naesteSamtale.kanAendres).toBe("boolean");
    }
    expect(r.text).not.toContain(mette.cpr.slice(0, 6));
    expect(JSON.stringify(o)).not.toMatch(/"cpr/i);
  });

  test("each obligation says in plain words why it applies, with its paragraph and the date the rule applies from", async () => {
    const o = body(await t.call(m, "GET", "/api/borger/overblik"));
    const plan = o.forpligtelser.find((f: { regelId: string }) => f.regelId === "MINPLAN");
    expect(plan, JSON.stringify(o.forpligtelser)).toMatchObject({
      henvisning: { lov: "LAB", paragraf: "§ 42" },
      gyldigFra: "2024-01-01",
      status: "opfyldt",
      opfyldt: "2026-11-11",
      gaelderFra: "2026-11-10",
    });
    expect(plan.hvorfor).toContain("LAB § 42");
    expect(plan.hvorfor).toContain("har gældt siden 1. januar 2024");
    expect(plan.hvorfor).toContain("fordi du havde din første jobsamtale i forløbet 10. november 2026");

    // Jonas (sygedagpenge) has open follow-up conversations: his are the citizen's to book, in the samtale module's words
    const j = body(await t.call(jonas, "GET", "/api/borger/overblik"));
    const egne = j.forpligtelser.filter((f: { hvem: string }) => f.hvem === "borger");
    expect(egne.length, JSON.stringify(j.forpligtelser)).toBeGreaterThan(0);
    for (const f of egne) {
      expect(["kommende", "forfalden"]).toContain(f.status);
      expect(f.hvorfor).toMatch(/^Loven siger, at /);
      expect(f.hvorfor).toContain(`${f.henvisning.lov} ${f.henvisning.paragraf}`);
      expect(f.hvorfor).toMatch(/Reglen gælder for dig/);
    }
  });

  test("giving access is saved once: a retry answers the first grant without link or code, a double submit makes one", async () => {
    const key = crypto.randomUUID();
    const first = await giv("Sofie Dam", 7, key);
    expect(first.link).toMatch(/^\/bisidder\/0265-[A-Za-z0-9_-]{43}$/);
    expect(first.kode).toMatch(/^\d{4} \d{4}$/);
    const again = await giv("Sofie Dam", 7, key);
    expect(again.adgang.id).toBe(first.adgang.id);
    expect(again.link).toBeNull();
    expect(again.kode).toBeNull();

    const dobbelt = crypto.randomUUID();
    const [a, b] = await Promise.all([giv("Ole Dam", 7, dobbelt), giv("Ole Dam", 7, dobbelt)]);
    expect(a.adgang.id).toBe(b.adgang.id);
    expect([a.kode, b.kode].filter(Boolean)).toHaveLength(1);
    const rows = await withTenant(t.db, DEMO.roskilde, (tx) =>
      tx
        .selectFrom("bisidder_adgang")
        .select(["id", "token_hash", "kode_hash"])
        .where("idempotens", "=", dobbelt)
        .execute(),
    );
    expect(rows).toHaveLength(1);
    // only hashes are stored
    expect(rows[0]!.kode_hash).not.toContain(a.kode ?? b.kode);
  });

  test("the companion redeems the code once, reads the overview (logged for the citizen), and is refused after revocation", async () => {
    const g = await giv("Hanne Berg");
    const c = companion();
    const foer = body(await aabn(c, g.link));
    expect(foer).toMatchObject({ status: "afventer", overblik: null, jobcenter: { navn: "Jobcenter Roskilde" } });

    const ok = await t.call(c, "POST", `/api/offentlig${g.link}/kode`, { kode: g.kode });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers.get("set-cookie")).toMatch(/ju_bisidder=.*HttpOnly/i);
    // single use: the same code again, from another browser, is refused
    const anden = companion();
    await aabn(anden, g.link);
    const igen = await t.call(anden, "POST", `/api/offentlig${g.link}/kode`, { kode: g.kode });
    expect(igen.status).toBe(410);
    expect(body(igen).code).toBe("BISIDDER_ADGANG_LUKKET");

    const laest = await aabn(c, g.link);
    expect(body(laest)).toMatchObject({ status: "aktiv", session: { bisidder: "Hanne Berg" } });
    expect(body(laest).overblik.borger.navn).toBe("Mette Nielsen");
    expect(laest.text).not.toContain(mette.cpr.slice(0, 6));
    // the other browser, with no session, sees no data
    expect(body(await aabn(anden, g.link)).overblik).toBeNull();

    const log = (await adgangslog()).filter((e) => e.aktoerNavn === "Hanne Berg");
    expect(log.map((e) => e.handling).sort()).toEqual([
      "Bisidder læste overblikket",
      "Bisidder åbnede adgangen med engangskode",
    ]);
    expect(log.every((e) => e.aktoerRolle === "Bisidder")).toBe(true);

    const liste = body(await t.call(m, "GET", "/api/borger/bisiddere")).adgange;
    expect(liste.find((a: { id: string }) => a.id === g.adgang.id)).toMatchObject({
      status: "aktiv",
      sidstBrugt: expect.any(String),
    });

    const tilbage = await t.call(m, "POST", `/api/borger/bisiddere/${g.adgang.id}/tilbagekald`);
    expect(body(tilbage).status).toBe("tilbagekaldt");
    const efter = body(await aabn(c, g.link));
    expect(efter).toMatchObject({ status: "tilbagekaldt", overblik: null, session: null });
    // the chain of the access log still holds after the companion's entries
    const { verifyChain } = await import("../../platform/audit/chain.ts");
    const kaede = await t.db
      .selectFrom("adgangslog")
      .selectAll()
      .where("kommunekode", "=", DEMO.roskilde)
      .orderBy("id")
      .execute();
    expect(verifyChain(kaede.map((r) => ({ ...r, id: Number(r.id), tidspunkt: new Date(r.tidspunkt) }))).ok).toBe(true);
  });

  test("a grant ends at its expiry, and a session after a few hours (the test clock)", async () => {
    const g = await giv("Lise Kort", 1);
    const c = companion();
    await aabn(c, g.link);
    expect((await t.call(c, "POST", `/api/offentlig${g.link}/kode`, { kode: g.kode })).status).toBe(200);
    t.clock.advanceMinutes(4 * 60 + 1);
    // the session has ended, the grant is still open
    expect(body(await aabn(c, g.link))).toMatchObject({ status: "aktiv", overblik: null });
    t.clock.advanceMinutes(20 * 60);
    expect(body(await aabn(c, g.link))).toMatchObject({ status: "udloebet", overblik: null });
    // the citizens' own login sessions have ended with the day that passed
    m = await t.login("borger", "borger-mette");
    jonas = await t.login("borger", "borger-jonas");
    expect((await t.call(m, "POST", `/api/borger/bisiddere/${g.adgang.id}/ny-kode`)).status).toBe(410);
  });

  test(`${BISIDDER_MAKS_FORKERTE} wrong codes lock the grant until the citizen issues a new code`, async () => {
    const g = await giv("Bo Frost");
    const c = companion();
    await aabn(c, g.link);
    const forkert = g.kode.startsWith("0") ? `1${g.kode.slice(1)}` : `0${g.kode.slice(1)}`;
    for (let i = 1; i <= BISIDDER_MAKS_FORKERTE; i++) {
      const r = await t.call(c, "POST", `/api/offentlig${g.link}/kode`, { kode: forkert });
      expect(r.status).toBe(400);
      expect(body(r).errors[0]).toMatchObject({ path: "body.kode" });
    }
    expect(body(await aabn(c, g.link)).status).toBe("spaerret");
    expect((await t.call(c, "POST", `/api/offentlig${g.link}/kode`, { kode: g.kode })).status).toBe(410);

    const ny = body(await t.call(m, "POST", `/api/borger/bisiddere/${g.adgang.id}/ny-kode`));
    expect(ny.adgang.status).toBe("afventer");
    expect((await t.call(c, "POST", `/api/offentlig${g.link}/kode`, { kode: g.kode })).status).toBe(400);
    expect((await t.call(c, "POST", `/api/offentlig${g.link}/kode`, { kode: ny.kode })).status).toBe(200);
  });

  test("a token is looked up only in its own municipality: another municipality's code in front gives 404", async () => {
    const g = await giv("Anna Vest");
    const koege = g.link.replace("/bisidder/0265-", "/bisidder/0259-");
    const c = companion();
    expect((await aabn(c, koege)).status).toBe(404);
    await aabn(c, g.link); // a valid page first, for the form's CSRF token
    expect((await t.call(c, "POST", `/api/offentlig${koege}/kode`, { kode: g.kode })).status).toBe(404);
    expect((await aabn(c, `/bisidder/9999-${"a".repeat(43)}`)).status).toBe(404);
    // and neither Jonas (Køge) nor Ahmad (Mette's own municipality) can revoke Mette's grant or give it a new code
    expect((await t.call(jonas, "POST", `/api/borger/bisiddere/${g.adgang.id}/tilbagekald`)).status).toBe(404);
    const ahmad = await t.login("borger", "borger-ahmad");
    expect((await t.call(ahmad, "POST", `/api/borger/bisiddere/${g.adgang.id}/tilbagekald`)).status).toBe(404);
    expect((await t.call(ahmad, "POST", `/api/borger/bisiddere/${g.adgang.id}/ny-kode`)).status).toBe(404);
    const liste = body(await t.call(m, "GET", "/api/borger/bisiddere")).adgange;
    expect(liste.find((a: { id: string }) => a.id === g.adgang.id).status).toBe("afventer");
    // the demo's tokens are valid in their own municipality
    const demo = minsideEksempler(DEMO.koege, "2026-11-23").bisidderToken;
    expect((await aabn(c, `/bisidder/${demo}`)).status).toBe(200);
  });
});
