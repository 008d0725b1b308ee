import { createRequire } from "node:module";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO, DEMO_CITIZENS } from "../../seed/demo.ts";
import { DEMO_DIALOG } from "../../seed/dialog.ts";
import { indsigtEksempler } from "../../seed/indsigt.ts";
import { startTestApp, type TestApp, type TestSession } from "../../testing/app.ts";
import { engines } from "../../testing/databases.ts";

const mette = DEMO_CITIZENS.find((c) => c.subject === "borger-mette")!;
const ahmad = DEMO_CITIZENS.find((c) => c.subject === "borger-ahmad")!;
const IDAG = "2026-11-23";
const R = indsigtEksempler(DEMO.roskilde, IDAG);
const K = indsigtEksempler(DEMO.koege, IDAG);

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by the expectations themselves
const body = (r: { json: unknown }) => r.json as Record<string, any>;

// The legacy build is the one for Node; importing the worker first lets pdf.js run in this thread.
async function pdfTekst(bytes: Uint8Array): Promise<{ sider: number; tekst: string }> {
  const arbejder = "pdfjs-dist/legacy/build/pdf.worker.mjs";
  await import(/* @vite-ignore */ arbejder);
  const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pakke = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const dok = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: `${pakke}/standard_fonts/`,
  }).promise;
  let tekst = "";
  for (let n = 1; n <= dok.numPages; n++) {
    const indhold = await (await dok.getPage(n)).getTextContent();
    for (const del of indhold.items) if ("str" in del) tekst += `${del.str}${del.hasEOL ? "\n" : " "}`;
  }
  const sider = dok.numPages;
  await dok.destroy();
  return { sider, tekst: tekst.replace(/\s+/g, " ") };
}

describe.each(engines())("full access to the own case and withholding on %s", (engine) => {
  let t: TestApp;
  let borger: TestSession;
  let lone: TestSession;
  let sara: TestSession;

  const hent = async (s: TestSession, sti: string) => {
    const res = await fetch(`${t.url}${sti}`, { headers: { cookie: s.jar.header() } });
    return {
      status: res.status,
      type: res.headers.get("content-type"),
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    borger = await t.login("borger", "borger-mette");
    lone = await t.login("medarbejder", "jk-lone");
    sara = await t.login("medarbejder", "jk-sara");
  }, 120_000);
  afterAll(() => t?.close());

  test("every note, document, letter and dialog message of the citizen is in her list, readable or withheld with its decision", async () => {
    // a dialog message withheld by a decision, so the invariant is also tried on a withheld one
    const seneste = await t.db
      .selectFrom("dialog_besked")
      .select("id")
      .where("traad_id", "=", DEMO_DIALOG[DEMO.roskilde]!.traadId)
      .where("fra", "=", "jobcenter")
      .executeTakeFirstOrThrow();
    const undtag = await t.call(lone, "POST", `/api/medarbejder/borgere/${mette.id}/indsigt/undtagelser`, {
      art: "dialogbesked",
      genstandId: seneste.id,
      begrundelse: "Beskeden nævner en anden borgers forhold.",
      hjemmel: "FVL-15B-ANDRE",
      idempotensnoegle: randomUUID(),
    });
    expect(undtag.status).toBe(201);
    const [notater, dokumenter, beskeder, dialog] = await Promise.all([
      t.db.selectFrom("notat").select("id").where("borger_id", "=", mette.id).execute(),
      t.db.selectFrom("dokument").select("id").where("borger_id", "=", mette.id).execute(),
      t.db.selectFrom("besked").select("id").where("borger_id", "=", mette.id).execute(),
      t.db.selectFrom("dialog_besked").select("id").where("borger_id", "=", mette.id).execute(),
    ]);
    const aktive = await t.db
      .selectFrom("indsigt_undtagelse")
      .select(["genstand_art", "genstand_id", "id"])
      .where("borger_id", "=", mette.id)
      .where("ophaevet", "is", null)
      .execute();
    expect(notater.length).toBeGreaterThan(2);
    expect(beskeder.length).toBeGreaterThan(0);
    expect(dialog.length).toBeGreaterThan(1);
    expect(aktive.some((a) => a.genstand_art === "dialogbesked")).toBe(true);

    const res = await t.call(borger, "GET", "/api/borger/sag");
    expect(res.status).toBe(200);
    const punkter: { art: string; id: string; undtaget: { id: string; hjemmel: { henvisning: object } } | null }[] =
      body(res).punkter;
    const forventet = [
      ...notater.map((n) => `notat:${n.id}`),
      ...dokumenter.map((d) => `dokument:${d.id}`),
      ...beskeder.map((b) => `besked:${b.id}`),
      ...dialog.map((m) => `dialogbesked:${m.id}`),
    ].sort();
    expect(punkter.map((p) => `${p.art}:${p.id}`).sort()).toEqual(forventet);
    for (const p of punkter) {
      const u = aktive.find((a) => a.genstand_art === p.art && a.genstand_id === p.id);
      if (u) {
        expect(p.undtaget?.id).toBe(u.id);
        expect(p.undtaget?.hjemmel.henvisning).toMatchObject({ lov: "Forvaltningsloven" });
      } else expect(p.undtaget).toBeNull();
    }
    // newest first
    const datoer = body(res).punkter.map((p: { dato: string }) => p.dato);
    expect([...datoer].sort().reverse()).toEqual(datoer);
    // filter by kind: the letters are the messages and the letter documents
    const breve = await t.call(borger, "GET", "/api/borger/sag?art=brev");
    expect(body(breve).punkter.length).toBeGreaterThanOrEqual(beskeder.length);
    expect(body(breve).punkter.every((p: { visningsart: string }) => p.visningsart === "brev")).toBe(true);
    // the dialog's messages are their own kind, counted and filterable
    const beskederIDialogen = await t.call(borger, "GET", "/api/borger/sag?art=dialog");
    expect(body(beskederIDialogen).punkter.length).toBe(dialog.length);
    expect(body(res).antal.dialog).toBe(dialog.length);
    // lifted again, so the other tests see the seeded state
    const ophaev = await t.call(lone, "POST", `/api/medarbejder/indsigt/undtagelser/${body(undtag).id}/ophaev`, {
      begrundelse: "Prøvet.",
    });
    expect(ophaev.status).toBe(200);
  });

  test("a dialog message reads with its thread's subject, sender, time, text and attachments; withheld, only why", async () => {
    const d = DEMO_DIALOG[DEMO.roskilde]!;
    const liste = body(await t.call(borger, "GET", "/api/borger/sag?art=dialog")).punkter as {
      id: string;
      dialog: { traadId: string; fra: string; afsender: string };
    }[];
    const fraJobcentret = liste.find((p) => p.dialog.traadId === d.traadId && p.dialog.fra === "jobcenter")!;
    expect(fraJobcentret).toMatchObject({
      art: "dialogbesked",
      visningsart: "dialog",
      titel: "Ferie i februar",
      dialog: { afsender: "Lone Sørensen", bilag: ["Vejledning om ferie.pdf"] },
      undtaget: null,
    });
    expect(liste.some((p) => p.dialog.fra === "borger" && p.dialog.afsender === "Mette Nielsen")).toBe(true);
    const en = await t.call(borger, "GET", `/api/borger/sag/dialogbesked/${fraJobcentret.id}`);
    expect(body(en)).toMatchObject({ af: "Lone Sørensen", titel: "Ferie i februar" });
    expect(body(en).tekst).toMatch(/ferieaftale/);

    const pdf = await hent(borger, `/api/borger/sag/dialogbesked/${fraJobcentret.id}/pdf`);
    expect(pdf.type).toBe("application/pdf");
    const pdfTeksten = (await pdfTekst(pdf.bytes)).tekst;
    expect(pdfTeksten).toContain("Besked i dialogen");
    expect(pdfTeksten).toContain("Ferie i februar");
    expect(pdfTeksten).toContain("Fra jobcentret, Lone Sørensen");
    expect(pdfTeksten).toContain("Vedhæftede filer: Vejledning om ferie.pdf");

    const u = await t.call(lone, "POST", `/api/medarbejder/borgere/${mette.id}/indsigt/undtagelser`, {
      art: "dialogbesked",
      genstandId: fraJobcentret.id,
      begrundelse: "Beskeden nævner en anden borgers forhold.",
      hjemmel: "FVL-15B-ANDRE",
      idempotensnoegle: randomUUID(),
    });
    expect(u.status).toBe(201);
    const undtaget = body(await t.call(borger, "GET", `/api/borger/sag/dialogbesked/${fraJobcentret.id}`));
    expect(undtaget.tekst).toBeNull();
    expect(undtaget.dialog.bilag).toEqual([]);
    expect(undtaget.undtaget.hjemmel.id).toBe("FVL-15B-ANDRE");
    const hele = (await pdfTekst((await hent(borger, "/api/borger/sag/pdf")).bytes)).tekst;
    expect(hele).toContain("Besked i dialogen: Ferie i februar (undtaget)");
    expect(hele).not.toContain("Send mig gerne en kopi af din ferieaftale");
    // the caseworker's section lists the decision with the message's subject
    const sag = body(await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}/indsigt?formaal=SAGSBEHANDLING`));
    expect(sag.undtagelser.find((x: { id: string }) => x.id === body(u).id)).toMatchObject({
      art: "dialogbesked",
      titel: "Ferie i februar",
    });
    // another municipality's message does not exist for her
    const koege = await t.db
      .selectFrom("dialog_besked")
      .select("id")
      .where("traad_id", "=", DEMO_DIALOG[DEMO.koege]!.traadId)
      .executeTakeFirstOrThrow();
    expect((await t.call(borger, "GET", `/api/borger/sag/dialogbesked/${koege.id}`)).status).toBe(404);
    await t.call(lone, "POST", `/api/medarbejder/indsigt/undtagelser/${body(u).id}/ophaev`, { begrundelse: "Prøvet." });
  });

  test("a withheld note shows its reason and basis but not its text; a readable one shows its text", async () => {
    const undtaget = await t.call(borger, "GET", `/api/borger/sag/notat/${R.undtagetNotatId}`);
    expect(undtaget.status).toBe(200);
    expect(body(undtaget).tekst).toBeNull();
    expect(body(undtaget).undtaget.begrundelse).toMatch(/anden persons/);
    expect(body(undtaget).undtaget.hjemmel.id).toBe("FVL-15B-ANDRE");
    const aaben = await t.call(borger, "GET", `/api/borger/sag/notat/${R.undtagNotatId}`);
    expect(body(aaben).tekst).toMatch(/følge op/);
    // another municipality's note does not exist for her
    expect((await t.call(borger, "GET", `/api/borger/sag/notat/${K.undtagNotatId}`)).status).toBe(404);
  });

  test("withholding is a recorded decision, once per item; lifting it is recorded and the item is readable again", async () => {
    const noegle = randomUUID();
    const input = {
      art: "notat",
      genstandId: R.internNotatId,
      begrundelse: "Internt arbejdsdokument til teammødet.",
      hjemmel: "FVL-12-INTERN",
      idempotensnoegle: noegle,
    };
    const [a, b] = await Promise.all([
      t.call(lone, "POST", `/api/medarbejder/borgere/${mette.id}/indsigt/undtagelser`, input),
      t.call(lone, "POST", `/api/medarbejder/borgere/${mette.id}/indsigt/undtagelser`, input),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(body(a).id).toBe(body(b).id);
    // a second decision on the same item is refused
    const igen = await t.call(lone, "POST", `/api/medarbejder/borgere/${mette.id}/indsigt/undtagelser`, {
      ...input,
      idempotensnoegle: randomUUID(),
    });
    expect(igen.status).toBe(400);
    // an unknown basis is refused at the edge
    const ukendt = await t.call(lone, "POST", `/api/medarbejder/borgere/${mette.id}/indsigt/undtagelser`, {
      ...input,
      hjemmel: "UKENDT",
      idempotensnoegle: randomUUID(),
    });
    expect(ukendt.status).toBe(400);
    expect(body(await t.call(borger, "GET", `/api/borger/sag/notat/${R.internNotatId}`)).tekst).toBeNull();

    const ophaevet = await t.call(lone, "POST", `/api/medarbejder/indsigt/undtagelser/${body(a).id}/ophaev`, {
      begrundelse: "Teammødet er holdt; notatet kan ses.",
    });
    expect(ophaevet.status).toBe(200);
    expect(body(ophaevet).ophaevetAf).toBe("Lone Sørensen");
    const igenOphaevet = await t.call(lone, "POST", `/api/medarbejder/indsigt/undtagelser/${body(a).id}/ophaev`, {
      begrundelse: "En gang til.",
    });
    expect(body(igenOphaevet).ophaevet).toBe(body(ophaevet).ophaevet);
    expect(body(await t.call(borger, "GET", `/api/borger/sag/notat/${R.internNotatId}`)).tekst).toMatch(/teammødet/);

    // the caseworker's view keeps the lifted decision with who lifted it and why
    const sag = await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}/indsigt?formaal=SAGSBEHANDLING`);
    const u = body(sag).undtagelser.find((x: { id: string }) => x.id === body(a).id);
    expect(u).toMatchObject({
      besluttetAf: "Lone Sørensen",
      ophaevetBegrundelse: "Teammødet er holdt; notatet kan ses.",
    });
    expect(body(sag).hjemler.length).toBeGreaterThanOrEqual(4);
  });

  test("staff reads of the citizen's access are logged; the citizen's own reads are not", async () => {
    const foer = await t.db.selectFrom("adgangslog").select("id").where("borger_id", "=", mette.id).execute();
    await t.call(borger, "GET", "/api/borger/sag");
    await hent(borger, "/api/borger/sag/pdf");
    const mellem = await t.db.selectFrom("adgangslog").select("id").where("borger_id", "=", mette.id).execute();
    expect(mellem.length).toBe(foer.length);
    await t.call(lone, "GET", `/api/medarbejder/borgere/${mette.id}/indsigt?formaal=SAGSBEHANDLING`);
    const log = await t.db
      .selectFrom("adgangslog")
      .select(["handling", "ressource", "formaal", "aktoer_navn"])
      .where("borger_id", "=", mette.id)
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(log).toEqual({
      handling: "Åbnet indsigt og aktindsigt",
      ressource: "sag/indsigt",
      formaal: "Sagsbehandling",
      aktoer_navn: "Lone Sørensen",
    });
  });

  test("everything as one PDF: a cover with the jobcentre and contents, every item, withheld ones as withheld", async () => {
    const liste = body(await t.call(borger, "GET", "/api/borger/sag")).punkter as { titel: string }[];
    const res = await hent(borger, "/api/borger/sag/pdf");
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/pdf");
    expect(new TextDecoder().decode(res.bytes.slice(0, 5))).toBe("%PDF-");
    const dok = await PDFDocument.load(res.bytes);
    // one cover page, then at least one page per item (a PDF document brings its own pages after a title page)
    expect(dok.getPageCount()).toBeGreaterThanOrEqual(liste.length + 1);
    const { tekst, sider } = await pdfTekst(res.bytes);
    expect(sider).toBe(dok.getPageCount());
    expect(tekst).toContain("Jobcenter Roskilde");
    expect(tekst).toContain("Indhold");
    expect(tekst).toContain("Undtaget fra din indsigt");
    expect(tekst).toContain("Forvaltningsloven § 15 b");
    expect(tekst).toContain("Aftale om opfølgning");
    expect(tekst).not.toContain("fortalte om en kollegas forhold");
    expect(tekst).toContain(`Side ${sider} af ${sider}`);

    const et = await hent(borger, `/api/borger/sag/notat/${R.undtagNotatId}/pdf`);
    expect(et.type).toBe("application/pdf");
    const etTekst = await pdfTekst(et.bytes);
    expect(etTekst.sider).toBe(1);
    expect(etTekst.tekst).toContain("følge op på jobsøgningen");
  });

  test("tenant isolation: Køge's caseworker cannot see or withhold in a Roskilde case", async () => {
    expect(
      (await t.call(sara, "GET", `/api/medarbejder/borgere/${mette.id}/indsigt?formaal=SAGSBEHANDLING`)).status,
    ).toBe(404);
    const res = await t.call(sara, "POST", `/api/medarbejder/borgere/${ahmad.id}/indsigt/undtagelser`, {
      art: "notat",
      genstandId: R.undtagNotatId,
      begrundelse: "x",
      hjemmel: "FVL-12-INTERN",
      idempotensnoegle: randomUUID(),
    });
    expect(res.status).toBe(404);
    expect(
      (
        await t.call(sara, "POST", `/api/medarbejder/indsigt/undtagelser/${R.undtagelseId}/ophaev`, {
          begrundelse: "x",
        })
      ).status,
    ).toBe(404);
  });
});
