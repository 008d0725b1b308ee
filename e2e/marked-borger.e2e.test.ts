import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { markedBorgerIds as ids } from "#contracts/testids-marked-borger.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  settled,
  testIds,
  useJourney,
  demoId,
} from "./support.ts";

/** The demo's fixed ids (seed/ids.ts demoId): offers and Mette's enrolments in Roskilde (seed/marked.ts). */
const DIGITALE_KOMPETENCER = demoId(3001);
const EXCEL = demoId(3003);
const LINKEDIN = demoId(3005);
const SOSU = demoId(3006);
const KUNDESERVICE = demoId(3007);
const HYGIEJNE = demoId(3008);
/** Mette's running enrolment (LinkedIn, 40 % done) and the one she can cancel (Excel, 25 tokens, enrolled 3 days ago). */
const TILMELDING_LINKEDIN = demoId(3101);
const TILMELDING_EXCEL = demoId(3102);

interface ApiTilmelding {
  id: string;
  udbudId: string;
  status: string;
}

/**
 * The citizen's marketplace in the browser: the card on Min side, the offers with their filters, one offer with its
 * modules and effect, enrolling (once, however often the button is clicked) with the receipt and the new balance, the
 * refusal when the tokens are not enough, "Mine forløb" with the progress, cancelling with the municipality's refund
 * reason and the ledger entry; axe on every state and reflow at 320 px.
 */
describe("borgeren finder et forløb, tilmelder sig og afmelder et andet", () => {
  const journey = useJourney();

  /** An element's text, with the non-breaking space of "40 %" as a plain one. */
  const tekst = async (page: Page, testId: string) =>
    ((await page.getByTestId(testId).textContent()) ?? "").replace(/\s/g, " ");

  test("Mette tilmelder sig Kundeservice og salg i butik, ser kvitteringen og afmelder sig Excel-forløbet", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");

    // Min side: the card with her tokens (100 granted, 10 + 25 spent) and her running enrolments with progress.
    const kort = page.getByTestId(ids.minSide.card);
    await expect.poll(() => tekst(page, ids.minSide.saldo)).toContain("65 tokens");
    expect(await kort.locator("h2").textContent()).toBe("Kurser og forløb");
    await kort.getByTestId(ids.minSide.aktiv(TILMELDING_LINKEDIN)).waitFor();
    expect(await tekst(page, ids.minSide.aktiv(TILMELDING_LINKEDIN))).toContain("40 %");
    expect(await kort.getByRole("progressbar").count()).toBe(2);
    // the conversations card and the details are still there
    await page.getByTestId(testIds.borger.details).waitFor();
    await expectNoSeriousA11yViolations(page, "Min side med kurser og forløb");

    // The marketplace: her balance, the suggestions, and the 9 approved offers open to her target group.
    await page.getByTestId(ids.minSide.markedLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/marked");
    await settled(page);
    await h1(page, "Kurser og forløb");
    expect(await tekst(page, ids.marked.saldo)).toContain("65 tokens");
    await page.getByTestId(ids.marked.forslag).waitFor();
    await expect.poll(() => tekst(page, ids.marked.antal)).toBe("9 forløb er åbne for dig");
    expect(await page.getByTestId(ids.marked.tilmeldt(EXCEL)).textContent()).toBe("Du er tilmeldt");
    expect(await page.getByTestId(ids.marked.tilmeldt(LINKEDIN)).count()).toBe(1);
    expect(await tekst(page, ids.marked.pris(DIGITALE_KOMPETENCER))).toBe("Gratis (abonnement)");
    expect(await tekst(page, ids.marked.pris(KUNDESERVICE))).toBe("20 tokens");
    // a blended offer shows its next date and the free seats
    expect(await tekst(page, ids.marked.naeste(SOSU))).toMatch(/kl\. 0?9\.00 – 16 ledige pladser$/);
    await expectNoSeriousA11yViolations(page, "markedspladsen");

    // Filter on the kind: the list shows the four online offers, and the count is announced (a live region).
    expect(await page.getByTestId(ids.marked.antal).getAttribute("aria-live")).toBe("polite");
    await page.getByTestId(ids.marked.art).selectOption("online");
    await page.getByTestId(ids.marked.soeg).click();
    await page.waitForURL((u) => u.searchParams.get("art") === "online");
    await expect.poll(() => tekst(page, ids.marked.antal)).toBe("4 forløb passer til din søgning");
    const vist = await page.locator(`[data-testid^="citizen-market-offer-link-"]`).allTextContents();
    expect(vist.sort()).toEqual(
      [
        "Byggeledelse i praksis: tid, økonomi og kvalitet",
        "Excel og kontorsoftware fra bunden",
        "Hygiejne og fødevaresikkerhed i storkøkken",
        "Kundeservice og salg i butik",
      ].sort(),
    );
    await page.getByTestId(ids.marked.kort(HYGIEJNE)).waitFor();
    await expectNoSeriousA11yViolations(page, "markedspladsen filtreret på online");
    // a search with no hits says so; the filter stays in the form
    await page.getByTestId(ids.marked.q).fill("noget der ikke findes");
    await page.getByTestId(ids.marked.soeg).click();
    await page.getByTestId(ids.marked.tom).waitFor();
    expect(await tekst(page, ids.marked.antal)).toBe("0 forløb passer til din søgning");
    expect(await page.getByTestId(ids.marked.art).inputValue()).toBe("online");
    await page.getByTestId(ids.marked.q).fill("kundeservice");
    await page.getByTestId(ids.marked.soeg).click();
    await expect.poll(() => tekst(page, ids.marked.antal)).toBe("1 forløb passer til din søgning");

    // The offer: description, skills, the honest effect text, the price and the balance after enrolling.
    await page.getByTestId(ids.marked.link(KUNDESERVICE)).click();
    await page.waitForURL((u) => u.pathname === `/borger/marked/${KUNDESERVICE}`);
    await settled(page);
    await h1(page, "Kundeservice og salg i butik");
    expect(await tekst(page, ids.udbud.beskrivelse)).toContain("reklamationer");
    expect(await tekst(page, ids.udbud.fakta)).toContain("Digital Læring Danmark A/S");
    expect(await page.getByTestId(ids.udbud.kompetencer).locator("li").count()).toBeGreaterThan(0);
    expect(await tekst(page, ids.udbud.effekt)).toContain("Ikke nok data endnu");
    expect(await tekst(page, ids.udbud.pris)).toBe("20 tokens");
    await expect.poll(() => tekst(page, ids.udbud.saldo)).toBe("65 tokens");
    expect(await tekst(page, ids.udbud.saldoEfter)).toBe("45 tokens");
    await expectNoSeriousA11yViolations(page, "udbuddet før tilmelding");

    // Enrol with a double click: one request, one enrolment; the receipt says she can start now.
    const noegler: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname === "/api/borger/marked/tilmeldinger")
        noegler.push((r.postDataJSON() as { idempotensnoegle: string }).idempotensnoegle);
    });
    await page.getByTestId(ids.udbud.tilmeld).dblclick();
    const kvittering = page.getByTestId(ids.udbud.kvittering);
    await kvittering.waitFor();
    expect(await kvittering.locator("h3").textContent()).toBe("Du er tilmeldt");
    expect(await tekst(page, ids.udbud.kvitteringStart)).toContain("Du kan starte nu");
    expect(await tekst(page, ids.udbud.kvitteringSaldo)).toBe("Du har nu 45 tokens tilbage.");
    expect(new Set(noegler).size).toBe(1);
    const mine = (await (await page.request.get("/api/borger/marked/tilmeldinger")).json()) as ApiTilmelding[];
    const ny = mine.filter((x) => x.udbudId === KUNDESERVICE);
    expect(ny).toHaveLength(1);
    expect(ny[0]!.status).toBe("startet");
    await expectNoSeriousA11yViolations(page, "kvitteringen for tilmeldingen");

    // Not enough tokens (45 left, 60 needed): the hint before, and the server's Danish problem on trying.
    await page.goto(`/borger/marked/${SOSU}`);
    await settled(page);
    await h1(page, /social- og sundhedshjælper/);
    await expect.poll(() => tekst(page, ids.udbud.saldo)).toBe("45 tokens");
    await page.getByTestId(ids.udbud.ikkeNok).waitFor();
    expect(await page.getByTestId(ids.udbud.moduler).locator("article").count()).toBe(2);
    expect(await tekst(page, ids.udbud.moduler)).toContain("Kursushuset Sjælland, Københavnsvej 100, 4000 Roskilde");
    await page.getByTestId(ids.udbud.tilmeld).click();
    await page.getByTestId(testIds.problem.summary).waitFor();
    expect(await tekst(page, testIds.problem.summary)).toContain("Du har ikke tokens nok til forløbet.");
    await expectNoSeriousA11yViolations(page, "tilmelding afvist: ikke tokens nok");

    // Mine forløb: the new enrolment has started; cancel the Excel course with the confirm step.
    await page.goto("/borger/forloeb");
    await settled(page);
    await h1(page, "Mine forløb");
    const nyId = ny[0]!.id;
    await page.getByTestId(ids.forloeb.kort(nyId)).waitFor();
    expect(await tekst(page, ids.forloeb.status(nyId))).toBe("Startet");
    expect(await tekst(page, ids.forloeb.fremskridt(TILMELDING_LINKEDIN))).toContain("40 %");
    expect(await tekst(page, ids.forloeb.saldo)).toContain("45 tokens");
    // what the provider has reported
    await page.getByTestId(ids.forloeb.rapporterVis(TILMELDING_LINKEDIN)).click();
    await expect.poll(() => tekst(page, ids.forloeb.rapporter(TILMELDING_LINKEDIN))).toContain("Fremskridt (40 %)");
    await expectNoSeriousA11yViolations(page, "Mine forløb");

    await page.getByTestId(ids.forloeb.afmeld(TILMELDING_EXCEL)).click();
    const form = page.getByTestId(ids.forloeb.afmeldForm(TILMELDING_EXCEL));
    await form.waitFor();
    expect(await form.textContent()).toContain("Du betalte 25 tokens");
    await expectNoSeriousA11yViolations(page, "afmelding: bekræft");
    await page.getByTestId(ids.forloeb.afmeldAarsag(TILMELDING_EXCEL)).fill("Jeg har fået et job.");
    await page.getByTestId(ids.forloeb.afmeldBekraeft(TILMELDING_EXCEL)).click();
    await page.getByTestId(ids.forloeb.afmeldt).waitFor();
    expect(await tekst(page, ids.forloeb.afmeldtGrund)).toMatch(
      /^Du får alle 25 tokens tilbage, fordi du afmelder dig inden for 14 dage/,
    );
    expect(await tekst(page, ids.forloeb.afmeldt)).toContain("Der er sat 25 tokens tilbage på din konto.");
    await expect.poll(() => tekst(page, ids.forloeb.status(TILMELDING_EXCEL))).toBe("Afmeldt");
    await expect.poll(() => tekst(page, ids.forloeb.saldo)).toContain("70 tokens");
    // the ledger: the refund on top, with its reason and the balance after it
    const foerste = page.getByTestId(ids.forloeb.poster).locator("tbody tr").first();
    const celler = await foerste.locator("th, td").allTextContents();
    expect(celler[1]).toContain("Du får alle 25 tokens tilbage");
    expect(celler[2]).toBe("+25");
    expect(celler[3]).toBe("70");
    expect(await page.getByTestId(ids.forloeb.poster).textContent()).toContain(
      "Tilmelding: Kundeservice og salg i butik",
    );
    await expectNoSeriousA11yViolations(page, "Mine forløb efter afmelding");
  });

  test("på en lille skærm (320 px) kan markedspladsen, et forløb og Mine forløb læses uden at rulle sidelæns", async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await loginAs(page, "borger", "borger-mette");
    await page.getByTestId(ids.minSide.card).waitFor();
    await expectNoHorizontalScroll(page, "Min side med kurser og forløb");
    await page.getByTestId(ids.minSide.markedLink).click();
    await settled(page);
    await page.getByTestId(ids.marked.liste).waitFor();
    await expectNoHorizontalScroll(page, "markedspladsen");
    await expectNoSeriousA11yViolations(page, "markedspladsen på en lille skærm");
    await page.getByTestId(ids.marked.link(SOSU)).click();
    await settled(page);
    await page.getByTestId(ids.udbud.moduler).waitFor();
    await expectNoHorizontalScroll(page, "forløbet");
    await page.goto("/borger/forloeb");
    await settled(page);
    await page.getByTestId(ids.forloeb.poster).waitFor();
    await expectNoHorizontalScroll(page, "Mine forløb");
    await expectNoSeriousA11yViolations(page, "Mine forløb på en lille skærm");
  });
});
