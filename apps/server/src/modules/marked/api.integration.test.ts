import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_CITIZENS } from "../../seed/demo.ts";
import { demoId as id } from "../../seed/ids.ts";
import { danishDate } from "../../platform/time.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";
import { MAKS_FORSOEG, verificerSignatur } from "./webhook.ts";

/** The demo marketplace (seed/marked.ts): Kursushuset Sjælland (lev-hanne, Roskilde) and Sprogskolen Køge. */
const UDBUD_ON_DEMAND = id(3001); // Kursushuset, free in the subscription, starts at once
const UDBUD_EXCEL = id(3003); // Kursushuset, online, 25 tokens
const UDBUD_ANDEN = id(3007); // another provider in Roskilde
const UDBUD_KOEGE = id(4003);
const METTE_FORLOEB = id(3101); // Mette's running enrolment on Kursushuset's LinkedIn course
const JONAS_FORLOEB = id(4101); // Jonas's enrolment in Køge
const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const ALLE = ["udbud:laes", "tilmeldinger:laes", "rapporter:skriv"];

interface Svar {
  status: number;
  headers: Headers;
  json: Record<string, unknown> & Record<string, unknown>[];
  text: string;
}

describe.each(engines())("the provider API on %s", (engine) => {
  let t: TestApp;
  let hanne: TestSession;
  let koege: TestSession;
  let noegle: string;
  let noegleId: string;

  /** A call to the provider API with a key (no cookies). */
  async function api(
    method: string,
    path: string,
    opts: { key?: string | null; body?: unknown; raw?: string; idem?: string; headers?: Record<string, string> } = {},
  ): Promise<Svar> {
    const key = opts.key === undefined ? noegle : opts.key;
    const res = await fetch(`${t.url}/api/v1${path}`, {
      method,
      headers: {
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(opts.body !== undefined || opts.raw !== undefined ? { "content-type": "application/json" } : {}),
        ...(opts.idem ? { "idempotency-key": opts.idem } : {}),
        ...opts.headers,
      },
      body: opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json: json as Svar["json"], text };
  }

  async function nyNoegle(s: TestSession, scopes: string[], navn = "Test") {
    const r = await t.call(s, "POST", "/api/leverandoer/api-noegler", { id: randomUUID(), navn, scopes });
    expect(r.status, r.text).toBe(201);
    return r.json as unknown as { id: string; noegle: string; praefiks: string };
  }

  const antal = async (
    tabel: "tilmelding_rapport" | "api_idempotens" | "sag_haendelse",
    hvor: Record<string, string>,
  ) => {
    let q = t.db.selectFrom(tabel).select((eb) => eb.fn.countAll<number>().as("n"));
    for (const [k, v] of Object.entries(hvor)) q = q.where(k as never, "=", v as never);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    hanne = await t.login("leverandoer", "lev-hanne");
    koege = await t.login("leverandoer", "lev-koege");
  }, 120_000);
  afterAll(() => t?.close());

  test("a key is made through the portal: the whole key is answered once, the list never shows it", async () => {
    const k = await nyNoegle(hanne, ALLE, "Kursusplatform");
    expect(k.noegle).toMatch(/^jbu_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(k.noegle.startsWith(`jbu_${k.praefiks}_`)).toBe(true);
    noegle = k.noegle;
    noegleId = k.id;

    const liste = await t.call(hanne, "GET", "/api/leverandoer/api-noegler");
    expect(liste.status).toBe(200);
    const raekke = (liste.json.noegler as { id: string; noegle: string | null; navn: string; scopes: string[] }[]).find(
      (n) => n.id === k.id,
    )!;
    expect(raekke).toMatchObject({ navn: "Kursusplatform", scopes: ALLE, noegle: null });
    expect(liste.text).not.toContain(k.noegle.slice(14));
    // only the hash is stored
    const row = await t.db.selectFrom("api_noegle").select("hash").where("id", "=", k.id).executeTakeFirstOrThrow();
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hash).not.toContain(k.noegle.slice(14));

    // a bad name or an unknown scope is refused with the field named
    const fejl = await t.call(hanne, "POST", "/api/leverandoer/api-noegler", {
      id: randomUUID(),
      navn: "x",
      scopes: ["alt"],
    });
    expect(fejl.status).toBe(400);
    expect((fejl.json.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(["body.navn", "body.scopes.0"]);
  });

  test("the API reads the provider's own offers and enrolments, never another provider's or municipality's", async () => {
    const udbud = await api("GET", "/leverandoer/udbud");
    expect(udbud.status, udbud.text).toBe(200);
    const ids = (udbud.json as unknown as { id: string }[]).map((u) => u.id);
    expect(ids).toContain(UDBUD_EXCEL);
    expect(ids).not.toContain(UDBUD_ANDEN);
    expect(ids).not.toContain(UDBUD_KOEGE);
    expect((await api("GET", `/leverandoer/udbud/${UDBUD_EXCEL}`)).json).toMatchObject({
      id: UDBUD_EXCEL,
      moduler: [],
    });
    expect((await api("GET", `/leverandoer/udbud/${UDBUD_ANDEN}`)).status).toBe(404);
    expect((await api("GET", `/leverandoer/udbud/${UDBUD_KOEGE}`)).status).toBe(404);

    const tilmeldinger = await api("GET", "/leverandoer/tilmeldinger");
    expect(tilmeldinger.status).toBe(200);
    const t3101 = (tilmeldinger.json as unknown as { id: string; deltager: { navn: string } }[]).find(
      (x) => x.id === METTE_FORLOEB,
    );
    expect(t3101?.deltager.navn).toBe(`${mette.fornavn} ${mette.efternavn}`);
    const filtreret = await api("GET", `/leverandoer/tilmeldinger?status=gennemfoert&udbudId=${UDBUD_EXCEL}`);
    expect(filtreret.status).toBe(200);
    expect((filtreret.json as unknown as { status: string }[]).every((x) => x.status === "gennemfoert")).toBe(true);
    const enkelt = await api("GET", `/leverandoer/tilmeldinger/${METTE_FORLOEB}`);
    expect(enkelt.json).toMatchObject({ id: METTE_FORLOEB, rapporter: expect.any(Array) });

    // the citizen sees in her access log that the provider's key read her enrolment
    const log = await t.db
      .selectFrom("adgangslog")
      .select(["aktoer_navn", "handling"])
      .where("borger_id", "=", mette.id)
      .where("handling", "=", "Leverandør hentede tilmelding via API")
      .execute();
    expect(log.length).toBeGreaterThan(0);
    expect(log[0]!.aktoer_navn).toContain("Kursusplatform");

    // Køge's enrolment is not found with Roskilde's key, and Køge's key does not find Roskilde's
    expect((await api("GET", `/leverandoer/tilmeldinger/${JONAS_FORLOEB}`)).status).toBe(404);
    const koegeNoegle = (await nyNoegle(koege, ALLE)).noegle;
    const kryds = await api("GET", `/leverandoer/tilmeldinger/${METTE_FORLOEB}`, { key: koegeNoegle });
    expect(kryds.status).toBe(404);
    expect(kryds.headers.get("content-type")).toContain("application/problem+json");
    const rapportKryds = await api("POST", `/leverandoer/tilmeldinger/${METTE_FORLOEB}/rapporter`, {
      key: koegeNoegle,
      idem: randomUUID(),
      body: { art: "fremmoede", dato: danishDate(t.clock.now()) },
    });
    expect(rapportKryds.status).toBe(404);
    expect((await api("GET", "/leverandoer/tilmeldinger", { key: koegeNoegle })).json).not.toContainEqual(
      expect.objectContaining({ id: METTE_FORLOEB }),
    );
  });

  test("completion reported by API ends a formal tilbud on the case, once, however often it is sent", async () => {
    const lone = await t.login("medarbejder", "jk-lone");
    const idag = danishDate(t.clock.now());
    const tilbud = await t.call(lone, "POST", `/api/medarbejder/borgere/${ahmad.id}/marked/tilbud`, {
      udbudId: UDBUD_EXCEL,
      start: idag,
      idempotensnoegle: randomUUID(),
    });
    expect(tilbud.status, tilbud.text).toBe(201);
    const tilmeldingId = tilbud.json.id as string;
    const afsluttetFoer = await antal("sag_haendelse", { borger_id: ahmad.id, type: "TILBUD_AFSLUTTET" });

    const idem = randomUUID();
    const body = { art: "gennemfoert", dato: idag, bemaerkning: "Bestod den afsluttende opgave" };
    const foerste = await api("POST", `/leverandoer/tilmeldinger/${tilmeldingId}/rapporter`, { idem, body });
    expect(foerste.status, foerste.text).toBe(201);
    expect(foerste.json).toMatchObject({
      id: tilmeldingId,
      status: "gennemfoert",
      fremskridt: 100,
      formeltTilbud: true,
    });
    expect(foerste.headers.get("idempotent-replayed")).toBeNull();

    // the same request again (e.g. after a timeout): the same answer, nothing written twice
    const igen = await api("POST", `/leverandoer/tilmeldinger/${tilmeldingId}/rapporter`, {
      idem,
      body: { dato: idag, bemaerkning: "Bestod den afsluttende opgave", art: "gennemfoert" },
    });
    expect(igen.status).toBe(201);
    expect(igen.headers.get("idempotent-replayed")).toBe("true");
    expect(igen.json).toEqual(foerste.json);
    expect(await antal("tilmelding_rapport", { tilmelding_id: tilmeldingId })).toBe(1);

    // the same key with another request is refused
    const konflikt = await api("POST", `/leverandoer/tilmeldinger/${tilmeldingId}/rapporter`, {
      idem,
      body: { ...body, art: "afbrudt" },
    });
    expect(konflikt.status).toBe(422);
    expect(konflikt.json.code).toBe("IDEMPOTENS_KONFLIKT");

    // the case and the plan followed, without anyone typing it again
    expect(await antal("sag_haendelse", { borger_id: ahmad.id, type: "TILBUD_AFSLUTTET" })).toBe(afsluttetFoer + 1);
    const punkt = await t.db
      .selectFrom("jobplan_punkt")
      .select("status")
      .where("id", "=", tilmeldingId)
      .executeTakeFirstOrThrow();
    expect(punkt.status).toBe("gennemfoert");
    const rapport = await t.db
      .selectFrom("tilmelding_rapport")
      .select(["kilde", "af_navn"])
      .where("tilmelding_id", "=", tilmeldingId)
      .executeTakeFirstOrThrow();
    expect(rapport).toEqual({ kilde: "api", af_navn: "API-nøgle Kursusplatform" });

    // a report on an ended enrolment is refused
    const efter = await api("POST", `/leverandoer/tilmeldinger/${tilmeldingId}/rapporter`, {
      idem: randomUUID(),
      body: { art: "fremmoede", dato: idag },
    });
    expect(efter.status).toBe(409);
    expect(efter.json.code).toBe("TILMELDING_AFSLUTTET");
  });

  test("a bad payload is refused with precise errors and changes nothing", async () => {
    const sti = `/leverandoer/tilmeldinger/${METTE_FORLOEB}/rapporter`;
    const rapporterFoer = await antal("tilmelding_rapport", { tilmelding_id: METTE_FORLOEB });
    const idemFoer = await antal("api_idempotens", {});
    const idem = randomUUID();

    const daarlig = await api("POST", sti, {
      idem,
      body: { art: "fremskridt", dato: "23-11-2026", fremskridt: 140, point: 3 },
    });
    expect(daarlig.status).toBe(400);
    expect(daarlig.headers.get("content-type")).toContain("application/problem+json");
    expect(daarlig.json).toMatchObject({
      code: "VALIDATION_FAILED",
      status: 400,
      type: expect.stringContaining("validation-failed"),
    });
    const stier = (daarlig.json.errors as { path: string; message: string }[]).map((e) => e.path).sort();
    expect(stier).toEqual(["body.dato", "body.fremskridt", "body.point"]);
    expect(daarlig.json.detail).toMatch(/intet er ændret/);

    const udenFremskridt = await api("POST", sti, {
      idem,
      body: { art: "fremskridt", dato: danishDate(t.clock.now()) },
    });
    expect(udenFremskridt.status).toBe(400);
    expect(udenFremskridt.json.errors).toEqual([
      { path: "body.fremskridt", message: "Angiv fremskridt i procent, når art er fremskridt" },
    ]);

    const ikkeJson = await api("POST", sti, { idem, raw: "{art:" });
    expect(ikkeJson.status).toBe(400);
    expect(ikkeJson.json.detail).toMatch(/ikke gyldig JSON/);

    const udenNoegle = await api("POST", sti, { body: { art: "fremmoede", dato: danishDate(t.clock.now()) } });
    expect(udenNoegle.status).toBe(400);
    expect(udenNoegle.json.code).toBe("IDEMPOTENS_MANGLER");

    const fremtid = await api("POST", sti, { idem, body: { art: "fremmoede", dato: "2099-01-01" } });
    expect(fremtid.status).toBe(422);
    expect(fremtid.json.code).toBe("RAPPORT_FREMTID");

    const ukendtId = await api("POST", "/leverandoer/tilmeldinger/ikke-et-id/rapporter", {
      idem,
      body: { art: "fremmoede", dato: "2026-11-23" },
    });
    expect(ukendtId.status).toBe(400);
    expect(ukendtId.json.errors).toEqual([{ path: "params.id", message: expect.stringContaining("UUID") }]);

    const ukendtFilter = await api("GET", "/leverandoer/tilmeldinger?status=faerdig");
    expect(ukendtFilter.status).toBe(400);
    expect((ukendtFilter.json.errors as { path: string }[])[0]!.path).toBe("query.status");

    expect(await antal("tilmelding_rapport", { tilmelding_id: METTE_FORLOEB })).toBe(rapporterFoer);
    expect(await antal("api_idempotens", {})).toBe(idemFoer);

    // a refused request does not use up its key: corrected, the same key goes through
    const rettet = await api("POST", sti, {
      idem,
      body: { art: "fremskridt", dato: danishDate(t.clock.now()), fremskridt: 60 },
    });
    expect(rettet.status, rettet.text).toBe(201);
    expect(rettet.json).toMatchObject({ fremskridt: 60 });
  });

  test("keys: a missing, wrong or revoked key is 401, a missing scope 403, a rotated key replaces the old", async () => {
    const ingen = await api("GET", "/leverandoer/udbud", { key: null });
    expect(ingen.status).toBe(401);
    expect(ingen.json.code).toBe("API_NOEGLE_UGYLDIG");
    expect(ingen.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const forkert = `${noegle.slice(0, 14)}${"A".repeat(43)}`;
    expect((await api("GET", "/leverandoer/udbud", { key: forkert })).status).toBe(401);
    // a session cookie is no way in
    const medCookie = await api("GET", "/leverandoer/udbud", { key: null, headers: { cookie: hanne.jar.header() } });
    expect(medCookie.status).toBe(401);

    const kunUdbud = await nyNoegle(hanne, ["udbud:laes"], "Kun udbud");
    expect((await api("GET", "/leverandoer/udbud", { key: kunUdbud.noegle })).status).toBe(200);
    const scope = await api("GET", "/leverandoer/tilmeldinger", { key: kunUdbud.noegle });
    expect(scope.status).toBe(403);
    expect(scope.json).toMatchObject({
      code: "API_NOEGLE_SCOPE",
      detail: expect.stringContaining("tilmeldinger:laes"),
    });
    const skriv = await api("POST", `/leverandoer/tilmeldinger/${METTE_FORLOEB}/rapporter`, {
      key: kunUdbud.noegle,
      idem: randomUUID(),
      body: { art: "fremmoede", dato: danishDate(t.clock.now()) },
    });
    expect(skriv.status).toBe(403);

    const tilbage = await t.call(hanne, "POST", `/api/leverandoer/api-noegler/${kunUdbud.id}/tilbagekald`);
    expect(tilbage.status).toBe(200);
    expect(tilbage.json.tilbagekaldt).toBeTruthy();
    expect((await api("GET", "/leverandoer/udbud", { key: kunUdbud.noegle })).status).toBe(401);

    const nyId = randomUUID();
    const roteret = await t.call(hanne, "POST", `/api/leverandoer/api-noegler/${noegleId}/roter`, { nyId });
    expect(roteret.status, roteret.text).toBe(201);
    expect(roteret.json).toMatchObject({
      id: nyId,
      navn: "Kursusplatform",
      scopes: ALLE,
      noegle: expect.stringMatching(/^jbu_/),
    });
    expect((await api("GET", "/leverandoer/udbud")).status).toBe(401);
    const gammel = noegle;
    noegle = roteret.json.noegle as string;
    expect((await api("GET", "/leverandoer/udbud")).status).toBe(200);
    expect(noegle).not.toBe(gammel);
    // a retry of the rotation answers the same new key (without the secret again)
    const igen = await t.call(hanne, "POST", `/api/leverandoer/api-noegler/${noegleId}/roter`, { nyId });
    expect(igen.json).toMatchObject({ id: nyId, noegle: null });
    // a revoked key cannot be rotated again into another key
    const roterIgen = await t.call(hanne, "POST", `/api/leverandoer/api-noegler/${noegleId}/roter`, {
      nyId: randomUUID(),
    });
    expect(roterIgen.json.code).toBe("API_NOEGLE_TILBAGEKALDT");
    const liste = await t.call(hanne, "GET", "/api/leverandoer/api-noegler");
    const sidstBrugt = (liste.json.noegler as { id: string; sidstBrugt: string | null }[]).find(
      (n) => n.id === nyId,
    )?.sidstBrugt;
    expect(sidstBrugt).toBeTruthy();
    // another provider's key is not found
    expect((await t.call(koege, "POST", `/api/leverandoer/api-noegler/${nyId}/tilbagekald`)).status).toBe(404);
  });

  test("the API is described in OpenAPI 3.1 with the bearer key, the scopes, idempotency and the webhooks", async () => {
    const r = await fetch(`${t.url}/api/v1/openapi.json`);
    expect(r.status).toBe(200);
    const spec = (await r.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters?: { $ref?: string; name?: string }[]; requestBody?: unknown; security: unknown }>
      >;
      components: { securitySchemes: Record<string, { scheme: string }> };
      webhooks: Record<string, unknown>;
    };
    expect(spec.openapi).toBe("3.1.0");
    expect(spec.components.securitySchemes.noegle!.scheme).toBe("bearer");
    const post = spec.paths["/api/v1/leverandoer/tilmeldinger/{id}/rapporter"]!.post!;
    expect(post.requestBody).toBeTruthy();
    expect(post.security).toEqual([{ noegle: ["rapporter:skriv"] }]);
    expect(post.parameters).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
    expect(spec.paths["/api/v1/leverandoer/tilmeldinger"]!.get!.parameters!.map((p) => p.name)).toEqual([
      "udbudId",
      "status",
    ]);
    expect(Object.keys(spec.webhooks)).toEqual(["tilmelding.oprettet", "tilmelding.afmeldt", "ping"]);
  });

  describe("webhooks", () => {
    let server: Server;
    let modtager = "";
    const modtaget: { headers: IncomingHttpHeaders; body: string }[] = [];
    let svar = 200;

    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = "";
        req.on("data", (c) => {
          body += c;
        });
        req.on("end", () => {
          modtaget.push({ headers: req.headers, body });
          res.statusCode = svar;
          res.end();
        });
      });
      await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
      modtager = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jobunivers`;
    });
    afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

    const log = async () =>
      (await t.call(hanne, "GET", "/api/leverandoer/webhook/leveringer")).json as unknown as {
        id: string;
        haendelse: string;
        status: string;
        forsoeg: number;
        sidsteStatus: number | null;
        sidsteFejl: string | null;
        naesteForsoeg: string | null;
      }[];

    test("an enrolment is delivered signed, retried with back-off after a failure, and visible in the log", async () => {
      const ugyldig = await t.call(hanne, "PUT", "/api/leverandoer/webhook", {
        url: "http://example.org/hook",
        aktiv: true,
      });
      expect(ugyldig.status).toBe(400);
      expect((ugyldig.json.errors as { path: string }[])[0]!.path).toBe("body.url");

      const opsat = await t.call(hanne, "PUT", "/api/leverandoer/webhook", { url: modtager, aktiv: true });
      expect(opsat.status, opsat.text).toBe(200);
      const hemmelighed = opsat.json.hemmelighed as string;
      expect(hemmelighed).toMatch(/^whsec_/);
      const hentet = await t.call(hanne, "GET", "/api/leverandoer/webhook");
      expect(hentet.json).toMatchObject({ webhook: { url: modtager, aktiv: true }, hemmelighed: null });

      const mette_ = await t.login("borger", "borger-mette");
      const tilmeld = await t.call(mette_, "POST", "/api/borger/marked/tilmeldinger", {
        udbudId: UDBUD_ON_DEMAND,
        idempotensnoegle: randomUUID(),
      });
      expect(tilmeld.status, tilmeld.text).toBe(201);
      const tilmeldingId = tilmeld.json.id as string;

      // the receiver is down the first time
      svar = 503;
      expect(await t.koerWebhooks()).toBe(1);
      let l = (await log()).find((x) => x.haendelse === "tilmelding.oprettet")!;
      expect(l).toMatchObject({
        status: "fejlet",
        forsoeg: 1,
        sidsteStatus: 503,
        sidsteFejl: "Modtageren svarede HTTP 503",
      });
      expect(new Date(l.naesteForsoeg!).getTime()).toBe(t.clock.now().getTime() + 60_000);
      // not due yet: nothing is sent
      expect(await t.koerWebhooks()).toBe(0);

      svar = 200;
      t.clock.advanceMinutes(1);
      expect(await t.koerWebhooks()).toBe(1);
      l = (await log()).find((x) => x.id === l.id)!;
      expect(l).toMatchObject({
        status: "leveret",
        forsoeg: 2,
        sidsteStatus: 200,
        sidsteFejl: null,
        naesteForsoeg: null,
      });

      expect(modtaget).toHaveLength(2);
      const [a, b] = modtaget;
      expect(a!.headers["jobunivers-levering"]).toBe(l.id);
      expect(b!.headers["jobunivers-levering"]).toBe(l.id);
      expect(b!.headers["jobunivers-haendelse"]).toBe("tilmelding.oprettet");
      expect(b!.headers["content-type"]).toBe("application/json");
      const sig = b!.headers["jobunivers-signatur"] as string;
      expect(sig).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verificerSignatur(hemmelighed, sig, b!.body, { now: t.clock.now() })).toBe(true);
      expect(
        verificerSignatur(hemmelighed, sig, b!.body.replace("tilmelding", "tilmeldinx"), { now: t.clock.now() }),
      ).toBe(false);
      expect(verificerSignatur("whsec_forkert", sig, b!.body, { now: t.clock.now() })).toBe(false);
      expect(JSON.parse(b!.body)).toMatchObject({
        id: l.id,
        haendelse: "tilmelding.oprettet",
        data: { tilmeldingId, udbudId: UDBUD_ON_DEMAND, status: "startet" },
      });

      // the cancellation is delivered too
      const afmeld = await t.call(mette_, "POST", `/api/borger/marked/tilmeldinger/${tilmeldingId}/afmeld`, {});
      expect(afmeld.status, afmeld.text).toBe(200);
      expect(await t.koerWebhooks()).toBe(1);
      const sidste = modtaget.at(-1)!;
      expect(sidste.headers["jobunivers-haendelse"]).toBe("tilmelding.afmeldt");
      expect(JSON.parse(sidste.body).data).toMatchObject({ tilmeldingId });
      expect((await log())[0]).toMatchObject({ haendelse: "tilmelding.afmeldt", status: "leveret" });
    });

    test("a receiver that keeps failing is given up after the last attempt; a new secret signs from then on", async () => {
      svar = 500;
      expect((await t.call(hanne, "POST", "/api/leverandoer/webhook/test")).status).toBe(202);
      for (let i = 0; i < MAKS_FORSOEG; i++) {
        expect(await t.koerWebhooks()).toBe(1);
        t.clock.advanceMinutes(24 * 60);
      }
      expect(await t.koerWebhooks()).toBe(0);
      // a week has passed on the clock: the session has long expired
      hanne = await t.login("leverandoer", "lev-hanne");
      const ping = (await log()).find((x) => x.haendelse === "ping")!;
      expect(ping).toMatchObject({ status: "opgivet", forsoeg: MAKS_FORSOEG, sidsteStatus: 500, naesteForsoeg: null });

      svar = 200;
      const ny = await t.call(hanne, "POST", "/api/leverandoer/webhook/hemmelighed");
      const hemmelighed = ny.json.hemmelighed as string;
      expect(hemmelighed).toMatch(/^whsec_/);
      await t.call(hanne, "POST", "/api/leverandoer/webhook/test");
      expect(await t.koerWebhooks()).toBe(1);
      const sidste = modtaget.at(-1)!;
      expect(
        verificerSignatur(hemmelighed, sidste.headers["jobunivers-signatur"] as string, sidste.body, {
          now: t.clock.now(),
        }),
      ).toBe(true);

      // switched off: no more deliveries are queued, and a test event is refused
      await t.call(hanne, "PUT", "/api/leverandoer/webhook", { url: modtager, aktiv: false });
      const slukket = await t.call(hanne, "POST", "/api/leverandoer/webhook/test");
      expect(slukket.json.code).toBe("WEBHOOK_SLAAET_FRA");
    });
  });
});
