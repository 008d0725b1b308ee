import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { markedAdminIds as adm } from "#contracts/testids-marked-admin.ts";
import { markedApiIds as api } from "#contracts/testids-marked-api.ts";
import { markedBorgerIds as borger } from "#contracts/testids-marked-borger.ts";
import { markedMedarbejderIds as sag } from "#contracts/testids-marked-medarbejder.ts";
import { markedLeverandoerIds as ids } from "#contracts/testids-marked-leverandoer.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  openCase,
  settled,
  testIds,
  useJourney,
} from "./support.ts";

/** A date some days from today, as yyyy-mm-dd in Danish time (the server's clock is the real one here). */
const omDage = (n: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() + n * 86_400_000));

/** "køre gaffeltruck" in the demo ESCO taxonomy, by the last part of its URI. */
const GAFFELTRUCK = "28cb374e-6261-4133-8371-f9a5470145da";
/** Mette's running enrolment on the provider's CV course (seed/marked.ts). */
const METTES_TILMELDING = "00000000-0000-4000-8000-000000003101";
/** Mette (seed/demo.ts). */
const METTE = "00000000-0000-4000-8000-000000000301";

interface ApiUdbud {
  id: string;
  titel: string;
  status: string;
}
interface ApiTokens {
  regnskab: { borgernesSaldo: number; kommunensSaldo: number; bevaret: boolean };
  regler: { id: string; maalgruppe: string; tokens: number }[];
}

async function udfyldModul(
  page: Page,
  i: number,
  m: { titel: string; form: string; dag: number; fra: string; til: string; sted?: string; kapacitet: string },
) {
  await page.getByTestId(ids.form.modul.titel(i)).fill(m.titel);
  await page.getByTestId(ids.form.modul.form(i)).selectOption(m.form);
  await page.getByTestId(ids.form.modul.startDato(i)).fill(omDage(m.dag));
  await page.getByTestId(ids.form.modul.startKl(i)).fill(m.fra);
  // the end day follows the start day
  expect(await page.getByTestId(ids.form.modul.slutDato(i)).inputValue()).toBe(omDage(m.dag));
  await page.getByTestId(ids.form.modul.slutKl(i)).fill(m.til);
  if (m.sted) await page.getByTestId(ids.form.modul.sted(i)).fill(m.sted);
  await page.getByTestId(ids.form.modul.kapacitet(i)).fill(m.kapacitet);
}

/**
 * The marketplace's supply side: the provider creates a blended course and sends it for approval (first refused by the
 * server's rule that a blended course needs a physical module), the municipality's administrator approves it, creates
 * a grant rule and grants its tokens now, and the provider sees the course approved and reports on an enrolment.
 */
describe("markedspladsen fra ende til anden: leverandøren opretter et forløb, kommunen godkender det og tildeler tokens, borgeren tilmelder sig, leverandøren melder gennemført via API'et", () => {
  const journey = useJourney();
  const titel = `Lagerassistent med truckcertifikat ${Date.now()}`;
  let id = "";
  let tilmeldingId = "";

  test("Hanne creates a blended offer: refused without a physical module, then sent for approval", async () => {
    const lev = await journey.newPage();
    await loginAs(lev, "leverandoer", "lev-hanne");
    await expectNoSeriousA11yViolations(lev, "leverandørens forside");

    // From the home page's card to the list, and on to a new offer.
    await lev.getByTestId(ids.home.udbud).click();
    await lev.waitForURL((u) => u.pathname === "/leverandoer/udbud");
    await settled(lev);
    await h1(lev, "Mine udbud");
    await lev.getByTestId(ids.liste.list).waitFor();
    await expectNoSeriousA11yViolations(lev, "mine udbud");
    await lev.getByTestId(ids.liste.ny).click();
    await lev.waitForURL((u) => u.pathname === "/leverandoer/udbud/ny");
    await settled(lev);
    await h1(lev, "Opret et udbud");
    await expectNoSeriousA11yViolations(lev, "nyt udbud");

    // Section 1: about the course.
    await lev.getByTestId(ids.form.titel).fill(titel);
    await lev
      .getByTestId(ids.form.beskrivelse)
      .fill("Teori om lagerarbejde og sikkerhed online, og en praktisk dag med køretræning og truckcertifikat.");
    await lev.locator('label[for="udbud-art-blended"]').click();
    expect(await lev.getByTestId(ids.form.art("blended")).isChecked()).toBe(true);
    await lev.getByTestId(ids.form.niveau).selectOption("begynder");
    await lev.locator('label[for="udbud-sprog-en"]').click();
    await lev.getByTestId(ids.form.varighed).fill("4");
    await lev.getByTestId(ids.form.timer).fill("10");
    // Section 2: a skill found by a search, and a target group.
    await lev.getByTestId(ids.form.kompetenceSoeg).fill("gaffel");
    await lev.getByTestId(ids.form.kompetence(GAFFELTRUCK)).check();
    await lev.getByTestId(ids.form.kompetenceSoeg).fill("");
    // the chosen skill stays in view when the search is emptied
    expect(await lev.getByTestId(ids.form.kompetence(GAFFELTRUCK)).isChecked()).toBe(true);
    await lev.getByTestId(ids.form.maalgruppe("DAGPENGE")).check();
    // Section 3: the price.
    await lev.getByTestId(ids.form.pris).fill("30");
    // Section 4: only a digital module – the server's rule refuses it.
    await lev.getByTestId(ids.form.moduler).waitFor();
    await lev.getByTestId(ids.form.tilfoejModul).click();
    await udfyldModul(lev, 0, {
      titel: "Teori online",
      form: "digital",
      dag: 10,
      fra: "09:00",
      til: "12:00",
      kapacitet: "20",
    });
    await lev.getByTestId(ids.form.indsend).click();
    const fejl = lev.getByTestId(testIds.problem.summary);
    await fejl.waitFor();
    expect(await fejl.textContent()).toContain("Et fysisk eller blandet forløb skal have mindst ét fysisk modul");
    expect(await lev.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(testIds.problem.summary);
    // the message is also beside the modules, and the summary links to them
    expect(await lev.getByTestId(ids.form.moduler).textContent()).toContain("mindst ét fysisk modul");
    expect(await fejl.locator("a").first().getAttribute("href")).toBe("#modul-0-titel");
    await expectNoSeriousA11yViolations(lev, "nyt udbud med fejl");

    // A physical module with its place, and the offer is sent for approval.
    await lev.getByTestId(ids.form.tilfoejModul).click();
    await udfyldModul(lev, 1, {
      titel: "Køretræning og certifikatprøve",
      form: "fysisk",
      dag: 14,
      fra: "09:00",
      til: "15:00",
      sted: "Kursushuset Sjælland, Københavnsvej 100, 4000 Roskilde",
      kapacitet: "12",
    });
    await lev.getByTestId(ids.form.indsend).click();
    const kvittering = lev.getByTestId(ids.form.receipt);
    await kvittering.waitFor();
    expect(await kvittering.textContent()).toContain("Udbuddet er sendt til godkendelse");
    await expectNoSeriousA11yViolations(lev, "kvittering for udbuddet");

    // The list shows it as submitted.
    await lev.getByTestId(ids.form.receiptListe).click();
    await lev.waitForURL((u) => u.pathname === "/leverandoer/udbud");
    await settled(lev);
    const egne = (await (await lev.request.get("/api/leverandoer/udbud")).json()) as ApiUdbud[];
    const nyt = egne.find((u) => u.titel === titel);
    expect(nyt, "the new offer is in the provider's list").toBeDefined();
    id = nyt!.id;
    expect(nyt!.status).toBe("indsendt");
    await lev.getByTestId(ids.liste.card(id)).waitFor();
    expect(await lev.getByTestId(ids.liste.status(id)).textContent()).toBe("Indsendt");
    // the next module and its seats are shown on the card
    expect(await lev.getByTestId(ids.liste.card(id)).textContent()).toContain("12 ledige");

    // A phone: the list reflows without scrolling sideways.
    await lev.setViewportSize({ width: 320, height: 740 });
    await expectNoHorizontalScroll(lev, "mine udbud på en telefon");
    await expectNoSeriousA11yViolations(lev, "mine udbud på en telefon");
  });

  test("Jens approves the offer after a rejection without a reason is refused", async () => {
    expect(id, "the offer was created").not.toBe("");
    // The administrator in Roskilde opens the marketplace and the offer.
    const admin = await journey.newPage();
    await loginAs(admin, "medarbejder", "admin-jens");
    await admin.getByTestId(adm.homeLink).click();
    await admin.waitForURL((u) => u.pathname === "/admin/marked");
    await settled(admin);
    await h1(admin, "Markedsplads: udbud og tokens");
    await admin.getByTestId(adm.udbud.row(id)).waitFor();
    await expectNoSeriousA11yViolations(admin, "udbud til godkendelse");
    await admin.getByTestId(adm.udbud.aabn(id)).click();
    const detalje = admin.getByTestId(adm.udbud.detalje);
    await admin.getByTestId(adm.udbud.moduler).waitFor();
    expect(await detalje.textContent()).toContain("køre gaffeltruck");
    expect(await admin.getByTestId(adm.udbud.moduler).locator("tbody tr").count()).toBe(2);
    await expectNoSeriousA11yViolations(admin, "udbud åbnet");

    // A rejection needs a reason of at least 10 characters (said before anything is sent).
    await admin.locator('label[for="admin-offer-decision-afvist"]').click();
    await admin.getByTestId(adm.udbud.begrundelse).fill("For kort");
    await admin.getByTestId(adm.udbud.send).click();
    expect(await admin.getByTestId(testIds.problem.summary).textContent()).toContain("mindst 10 tegn");
    await expectNoSeriousA11yViolations(admin, "afvisning uden begrundelse");

    // It is approved instead.
    await admin.locator('label[for="admin-offer-decision-godkendt"]').click();
    await admin.getByTestId(adm.udbud.send).click();
    const godkendt = admin.getByTestId(adm.udbud.receipt);
    await godkendt.waitFor();
    expect(await godkendt.textContent()).toContain("Udbuddet er godkendt");
    await expect.poll(() => admin.getByTestId(adm.udbud.row(id)).count()).toBe(0);
    await expectNoSeriousA11yViolations(admin, "udbud godkendt");
  });

  test("Jens creates a grant rule for a target group and grants its tokens now", async () => {
    const admin = await journey.newPage();
    await loginAs(admin, "medarbejder", "admin-jens");
    await admin.goto("/admin/marked");
    await settled(admin);
    // Tokens: the ledger balances; a new grant rule, granted now.
    await admin.getByTestId(adm.tab("tokens")).click();
    await admin.waitForURL((u) => u.searchParams.get("fane") === "tokens");
    await admin.getByTestId(adm.tokens.regnskab).waitFor();
    expect(await admin.getByTestId(adm.tokens.bevaret).textContent()).toContain("Regnskabet stemmer");
    await expectNoSeriousA11yViolations(admin, "tokens");
    const foer = (await (await admin.request.get("/api/admin/marked/tokens")).json()) as ApiTokens;

    await admin.getByTestId(adm.tokens.regler.maalgruppe).selectOption("DAGPENGE");
    await admin.getByTestId(adm.tokens.regler.tokens).fill("25");
    await admin.getByTestId(adm.tokens.regler.udloeb).fill("180");
    await admin.getByTestId(adm.tokens.regler.send).click();
    const oprettet = admin.getByTestId(adm.tokens.regler.receipt);
    await oprettet.waitFor();
    expect(await oprettet.textContent()).toContain("Reglen er oprettet");
    const efterRegel = (await (await admin.request.get("/api/admin/marked/tokens")).json()) as ApiTokens;
    const regel = efterRegel.regler.find((r) => !foer.regler.some((x) => x.id === r.id));
    expect(regel).toMatchObject({ maalgruppe: "DAGPENGE", tokens: 25 });
    await admin.getByTestId(adm.tokens.regler.row(regel!.id)).waitFor();
    await expectNoSeriousA11yViolations(admin, "ny tildelingsregel");

    await admin.getByTestId(adm.tokens.regler.tildel(regel!.id)).click();
    const resultat = admin.getByTestId(adm.tokens.regler.resultat);
    await resultat.waitFor();
    const tekst = (await resultat.textContent()) ?? "";
    const m = /(\d+) borgere? i målgruppen Dagpengemodtager fik 25 tokens/.exec(tekst);
    expect(m, tekst).not.toBeNull();
    const antal = Number(m![1]);
    expect(antal).toBeGreaterThan(0);
    const efter = (await (await admin.request.get("/api/admin/marked/tokens")).json()) as ApiTokens;
    expect(efter.regnskab.borgernesSaldo - foer.regnskab.borgernesSaldo).toBe(antal * 25);
    expect(efter.regnskab.bevaret).toBe(true);
    await expectNoSeriousA11yViolations(admin, "tokens tildelt");
  });

  test("Hanne sees the offer approved, read-only with its modules and seats", async () => {
    expect(id, "the offer was created").not.toBe("");
    const lev = await journey.newPage();
    await loginAs(lev, "leverandoer", "lev-hanne");
    await lev.goto("/leverandoer/udbud");
    await settled(lev);
    await lev.getByTestId(ids.liste.card(id)).waitFor();
    expect(await lev.getByTestId(ids.liste.status(id)).textContent()).toBe("Godkendt");
    await lev.getByTestId(ids.liste.aabn(id)).click();
    await lev.waitForURL((u) => u.pathname === `/leverandoer/udbud/${id}`);
    await settled(lev);
    await h1(lev, titel);
    await lev.getByTestId(ids.form.visning).waitFor();
    expect(await lev.getByTestId(ids.form.form).count()).toBe(0);
    expect(await lev.getByTestId(ids.form.modulTabel).textContent()).toContain("12 ledige af 12");
    await expectNoSeriousA11yViolations(lev, "godkendt udbud");
  });

  test("Mette finds the new course, enrols with her tokens and starts its digital part at once", async () => {
    expect(id, "the offer was approved").not.toBe("");
    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");
    await mette.goto("/borger/marked");
    await settled(mette);
    const saldoFoer = (await (await mette.request.get("/api/borger/marked/tokens")).json()) as { saldo: number };
    await mette.getByTestId(borger.marked.q).fill("truckcertifikat");
    await mette.getByTestId(borger.marked.art).selectOption("blended");
    await mette.getByTestId(borger.marked.soeg).click();
    await mette.getByTestId(borger.marked.kort(id)).waitFor();
    await expectNoSeriousA11yViolations(mette, "markedspladsen filtreret");
    await mette.getByTestId(borger.marked.link(id)).click();
    await mette.waitForURL((u) => u.pathname === `/borger/marked/${id}`);
    await settled(mette);
    await h1(mette, titel);
    expect(await mette.getByTestId(borger.udbud.moduler).textContent()).toContain("Kursushuset Sjælland");
    await expectNoSeriousA11yViolations(mette, "forløbet");
    await mette.getByTestId(borger.udbud.tilmeld).click();
    const kvittering = mette.getByTestId(borger.udbud.kvittering);
    await kvittering.waitFor();
    expect(await mette.getByTestId(borger.udbud.kvitteringStart).textContent()).toContain("Du kan starte nu");
    const tilmeldinger = (await (await mette.request.get("/api/borger/marked/tilmeldinger")).json()) as {
      id: string;
      udbudId: string;
      status: string;
    }[];
    const t = tilmeldinger.find((x) => x.udbudId === id);
    expect(t?.status).toBe("startet");
    tilmeldingId = t!.id;
    const saldoEfter = (await (await mette.request.get("/api/borger/marked/tokens")).json()) as { saldo: number };
    expect(saldoFoer.saldo - saldoEfter.saldo).toBe(30);
    await expectNoSeriousA11yViolations(mette, "tilmeldt");
  });

  test("Hanne's course system reports the completion through the provider API with a key made on the API page", async () => {
    expect(tilmeldingId, "Mette enrolled").not.toBe("");
    const lev = await journey.newPage();
    await loginAs(lev, "leverandoer", "lev-hanne");
    await lev.getByTestId(ids.home.api).click();
    await lev.waitForURL((u) => u.pathname === "/leverandoer/api");
    await settled(lev);
    await lev.getByTestId(api.noegler.navn).fill("Kursusplatformen");
    await lev.getByTestId(api.noegler.scope("rapporter:skriv")).check();
    await lev.getByTestId(api.noegler.scope("tilmeldinger:laes")).check();
    await lev.getByTestId(api.noegler.opret).click();
    await lev.getByTestId(api.noegler.hemmelighed).waitFor();
    const noegle = await lev.getByTestId(api.noegler.hemmelighedVaerdi).inputValue();
    const headers = { authorization: `Bearer ${noegle}`, "idempotency-key": `afslut-${tilmeldingId}` };
    const dato = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date());
    const svar = await lev.request.post(`/api/v1/leverandoer/tilmeldinger/${tilmeldingId}/rapporter`, {
      headers,
      data: { art: "gennemfoert", dato },
    });
    expect(svar.status(), await svar.text()).toBeLessThan(300);
    // the course system retries (its own network failed): the same answer, one report
    const igen = await lev.request.post(`/api/v1/leverandoer/tilmeldinger/${tilmeldingId}/rapporter`, {
      headers,
      data: { art: "gennemfoert", dato },
    });
    expect(igen.status()).toBe(svar.status());
    const en = (await (
      await lev.request.get(`/api/v1/leverandoer/tilmeldinger/${tilmeldingId}`, { headers })
    ).json()) as {
      status: string;
      rapporter: unknown[];
    };
    expect(en.status).toBe("gennemfoert");
    expect(en.rapporter).toHaveLength(1);
  });

  test("Mette's overview and her case show the completed course; Lone sees suggestions with their reasons", async () => {
    expect(tilmeldingId, "Mette enrolled").not.toBe("");
    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");
    await mette.goto("/borger/forloeb");
    await settled(mette);
    await mette.getByTestId(borger.forloeb.kort(tilmeldingId)).waitFor();
    expect(await mette.getByTestId(borger.forloeb.status(tilmeldingId)).textContent()).toBe("Gennemført");
    await expectNoSeriousA11yViolations(mette, "mine forløb med et gennemført");

    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, METTE, "forloeb");
    await lone.getByTestId(sag.tilmeldinger.item(tilmeldingId)).waitFor();
    expect(await lone.getByTestId(sag.tilmeldinger.status(tilmeldingId)).textContent()).toContain("Gennemført");
    // Mette's job goal (projektleder i byggebranchen) maps to an ESCO occupation; a course teaching its skills is
    // suggested, and the reason names them
    const forslag = lone.getByTestId(sag.forslag.list);
    await forslag.waitFor();
    const grunde = await forslag.locator('[data-testid^="case-offers-suggestion-reason-"]').allTextContents();
    expect(grunde.length).toBeGreaterThan(0);
    for (const g of grunde) expect(g.trim().length).toBeGreaterThan(20);
    await expectNoSeriousA11yViolations(lone, "sagens forløb med forslag");
  });

  test("Hanne reports progress on an enrolment and sees the result", async () => {
    const lev = await journey.newPage();
    await loginAs(lev, "leverandoer", "lev-hanne");
    await lev.getByTestId(ids.home.tilmeldinger).click();
    await lev.waitForURL((u) => u.pathname === "/leverandoer/tilmeldinger");
    await settled(lev);
    await h1(lev, "Tilmeldte");
    await lev.getByTestId(ids.tilmeldinger.row(METTES_TILMELDING)).waitFor();
    await expectNoSeriousA11yViolations(lev, "tilmeldte");

    await lev.getByTestId(ids.tilmeldinger.rapporter(METTES_TILMELDING)).click();
    await lev.getByTestId(ids.tilmeldinger.form).waitFor();
    await lev.locator('label[for="report-kind-fremskridt"]').click();
    await lev.getByTestId(ids.tilmeldinger.procent).fill("65");
    await lev.getByTestId(ids.tilmeldinger.bemaerkning).fill("Har lavet modul 1 og 2.");
    await expectNoSeriousA11yViolations(lev, "indberetning");
    await lev.getByTestId(ids.tilmeldinger.send).click();
    const resultat = lev.getByTestId(ids.tilmeldinger.resultat);
    await resultat.waitFor();
    expect(await resultat.textContent()).toContain("65 % gennemført");
    await expect.poll(() => lev.getByTestId(ids.tilmeldinger.fremskridt(METTES_TILMELDING)).textContent()).toBe("65 %");
    await expectNoSeriousA11yViolations(lev, "indberetning modtaget");
  });
});
