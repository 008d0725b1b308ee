import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { escoIds } from "#contracts/testids-esco.ts";
import { jobIds } from "#contracts/testids-job.ts";
import { jobordreIds as ids } from "#contracts/testids-jobordre.ts";
import {
  demoId,
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  settled,
  tekst,
  testIds,
  tjekOgsaaPaaTelefon,
  useJourney,
} from "./support.ts";
import { loadConfig } from "../apps/server/src/config.ts";
import { kandidatPseudonym, pseudonymNoegle } from "../apps/server/src/modules/job/match-service.ts";

/** Ahmad Hassan (borger-ahmad): his CV has carpentry experience (seed/cv.ts). */
const AHMAD = demoId(302);

/** Ahmad's candidate code on an order, as the journey's server computes it (its keyed-hash key is the development key). */
function pseudonym(ordreId: string, borgerId: string) {
  const key = loadConfig({}).cpr.hashKey;
  return kandidatPseudonym(
    ordreId,
    borgerId,
    pseudonymNoegle((x) => createHmac("sha256", key).update(x).digest("base64url")),
  );
}

/** A realistic Danish carpenter's job ad, pasted into the wizard. */
const ANNONCE = `Tømrer til renovering og tilbygninger i Roskilde-området

Roskilde Tømrer & Snedker ApS har travlt og søger en tømrer, gerne med nogle års erfaring, til vores hold på 8 svende.
Vi laver renovering af parcelhuse og rækkehuse, tilbygninger, tagarbejde og udskiftning af vinduer og døre for
private og boligforeninger.

Dine opgaver:
- opsætning af gipsvægge og lofter
- montering af vinduer, døre og køkkener
- gulvlægning og trægulve
- tagkonstruktioner og spær
- læse og forstå tegninger, opmåling og afsætning

Vi forventer, at du kan bruge håndværktøj og el-værktøj sikkert, følger reglerne for sikkerhed på byggepladsen og kan
samarbejde med kolleger og kunder. Kørekort B er en fordel.

Vi tilbyder løn efter overenskomst, firmabil og et godt kollegaskab. Vi vil gerne ansætte med løntilskud i en periode,
hvis du har været ledig et stykke tid.`;

/** A date `dage` days from today, as the date input takes it (yyyy-mm-dd). */
const omDage = (dage: number) => new Date(Date.now() + dage * 86_400_000).toISOString().slice(0, 10);

/** Picks an occupation in H2's combobox by typing and clicking the suggestion with exactly that title. */
async function vaelgErhverv(page: Page, testId: string, titel: string) {
  await page.getByTestId(testId).fill(titel);
  const valg = page.getByTestId(`${testId}-forslag`).filter({ hasText: new RegExp(`^${titel}`) });
  await valg.first().click();
  await page.getByTestId(`${testId}-valgt`).waitFor();
}

async function naeste(page: Page, nr: number) {
  await page.getByTestId(ids.guide.naeste).click();
  await expect.poll(() => tekst(page, ids.guide.trin)).toContain(`Trin ${nr} af 5`);
}

/**
 * The employer's self-service job order (issue 5, "done means"): Anders creates a supported job order (løntilskud)
 * from a pasted carpenter's ad, accepts the suggested skills, reads the scheme's conditions and paragraph, publishes
 * and gets the order number; the order page shows its status history. The company consultant creates an order on a
 * company's behalf. Axe at every state, the wizard once at phone width.
 */
describe("virksomheden opretter selv en jobordre", () => {
  const journey = useJourney();

  test("Anders opretter en jobordre med løntilskud ud fra en jobannonce og udgiver den", async () => {
    const page = await journey.newPage();
    await loginAs(page, "virksomhed", "virk-anders");
    await page.goto("/virksomhed/ordrer");
    await settled(page);
    await h1(page, "Mine jobordrer");
    await page.getByTestId(ids.liste.tabel).waitFor();
    await expectNoSeriousA11yViolations(page, "Mine jobordrer");

    await page.getByTestId(ids.liste.opret).click();
    await page.waitForURL((u) => u.pathname === "/virksomhed/ordrer/ny");
    await h1(page, "Opret jobordre");
    await expectNoSeriousA11yViolations(page, "guide trin 1");

    // 1) what the person will do: the title, the occupation, and the ad's skills
    await page.getByTestId(ids.guide.naeste).click();
    await page.getByTestId(testIds.problem.summary).waitFor();
    await expectNoSeriousA11yViolations(page, "guide trin 1 med fejl");
    await page.getByTestId(ids.guide.titel).fill("Tømrer til renovering og tilbygninger");
    await vaelgErhverv(page, ids.guide.erhverv, "tømrer");
    await page.getByTestId(ids.guide.annonce).fill(ANNONCE);
    await page.getByTestId(ids.guide.findKompetencer).click();
    await expect.poll(() => tekst(page, ids.guide.annonceFundet)).toMatch(/Vi fandt \d+ kompetencer/);
    await tjekOgsaaPaaTelefon(page, "guide trin 1 udfyldt");

    // 2) the suggested skills are chosen: accept them as they are
    await naeste(page, 2);
    await page.getByTestId(escoIds.vaelger.valgte).waitFor();
    // the ad's skills are chosen and marked as required; each can be made nice-to-have
    expect(await page.locator('[data-testid^="jobordre-skill-required-"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId(ids.guide.essentiel(0)).isChecked()).toBe(true);
    await page.getByTestId(ids.guide.koerekort("B")).check();
    await expectNoSeriousA11yViolations(page, "guide trin 2 kompetencer");

    // 3) hours, place, start
    await naeste(page, 3);
    await page.getByTestId(ids.guide.postnr).fill("4000");
    await page.getByTestId(ids.guide.arbejdssted).fill("Industrivej 12, Roskilde");
    await page.getByTestId(ids.guide.start).fill(omDage(21));
    await expectNoSeriousA11yViolations(page, "guide trin 3");

    // 4) supported: løntilskud, with its conditions and paragraph
    await naeste(page, 4);
    await page.getByTestId(ids.guide.art("loentilskud")).check();
    await expect.poll(() => tekst(page, ids.guide.ordning("loentilskud"))).toContain("LAB");
    expect(await page.locator("main").textContent()).toContain("merbeskæftigelse");
    await expectNoSeriousA11yViolations(page, "guide trin 4 ordninger");

    // 5) review and publish: a receipt with the order number
    await naeste(page, 5);
    expect(await tekst(page, ids.guide.oversigt)).toContain("Løntilskud");
    await expectNoSeriousA11yViolations(page, "guide trin 5 oversigt");
    await page.getByTestId(ids.guide.udgiv).click();
    await page.getByTestId(ids.guide.kvittering).waitFor();
    expect(await tekst(page, ids.guide.nummer)).toMatch(/JO-[0-9A-F]{8}/);
    await expectNoSeriousA11yViolations(page, "kvittering");

    // the order page: open, with its history
    await page.getByTestId(ids.guide.tilOrdren).click();
    await page.waitForURL((u) => /^\/virksomhed\/ordrer\/[0-9a-f-]{36}$/.test(u.pathname));
    await settled(page);
    await h1(page, "Tømrer til renovering og tilbygninger");
    expect(await tekst(page, ids.side.status)).toContain("Åben");
    expect(await tekst(page, ids.side.historik)).toContain("Anders Møller");
    await tjekOgsaaPaaTelefon(page, "jobordren");

    // the anonymised candidates with explanations: Ahmad is among them, without his name
    const ordreId = new URL(page.url()).pathname.split("/").at(-1)!;
    const kid = pseudonym(ordreId, AHMAD);
    const kort = page.getByTestId(jobIds.kandidater.kort(kid));
    await kort.waitFor();
    expect(await tekst(page, jobIds.kandidater.hvorfor(kid))).not.toBe("");
    expect(await kort.textContent()).not.toContain("Ahmad");
    await expectNoSeriousA11yViolations(page, "anonyme kandidater");
    await page.getByTestId(jobIds.kandidater.anmod(kid)).click();
    await page
      .getByTestId(jobIds.kandidater.besked(kid))
      .fill("Hej. Vi tror, du vil passe godt ind på vores hold. Vil du ringes op?");
    await page.getByTestId(jobIds.kandidater.send(kid)).click();
    await expect.poll(() => tekst(page, jobIds.kandidater.status(kid))).toMatch(/Afventer/i);
    await expectNoSeriousA11yViolations(page, "kontakt anmodet");

    // Ahmad (another browser) accepts the request on his job page
    const borger = await journey.newPage();
    await loginAs(borger, "borger", "borger-ahmad");
    await borger.goto("/borger/job");
    await settled(borger);
    const anmodning = borger
      .locator('[data-testid^="job-borger-anmodning-"]')
      .filter({ hasText: "Tømrer til renovering og tilbygninger" });
    await anmodning.first().waitFor();
    await expectNoSeriousA11yViolations(borger, "borgerens anmodning");
    await anmodning.first().locator('[data-testid^="job-borger-accepter-"]').click();
    await expect.poll(async () => (await anmodning.first().textContent()) ?? "").toMatch(/accepter/i);
    await expectNoSeriousA11yViolations(borger, "anmodning accepteret");

    // the employer now sees who the candidate is and how to reach him
    await page.reload();
    await settled(page);
    const person = page.getByTestId(jobIds.kandidater.person(kid));
    await person.waitFor();
    expect(await person.textContent()).toContain("Ahmad Hassan");
    await expectNoSeriousA11yViolations(page, "kandidaten er afsløret");
    // the list counts the contact
    await page.goto("/virksomhed/ordrer");
    await settled(page);
    expect(await tekst(page, ids.liste.raekke(ordreId))).toContain("1 kontaktet, 1 accepteret");
  }, 300_000);

  test("virksomhedskonsulenten opretter en jobordre på en virksomheds vegne", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "vk-kim");
    await page.goto("/medarbejder/jobordrer");
    await settled(page);
    await h1(page, "Jobordrer");
    await page.getByTestId(ids.liste.tabel).waitFor();
    await expectNoSeriousA11yViolations(page, "kommunens jobordrer");

    await page.getByTestId(ids.liste.opret).click();
    await h1(page, "Opret jobordre for en virksomhed");
    await page.getByTestId(ids.guide.virksomhed).selectOption("36712345");
    await page.getByTestId(ids.guide.titel).fill("Lagermedarbejder til weekendhold");
    await vaelgErhverv(page, ids.guide.erhverv, "lagerarbejder");
    await naeste(page, 2);
    await page.getByTestId(escoIds.vaelger.valgte).waitFor();
    await naeste(page, 3);
    await page.getByTestId(ids.guide.timerMin).fill("15");
    await page.getByTestId(ids.guide.timerMax).fill("20");
    await page.getByTestId(ids.guide.postnr).fill("4000");
    await page.getByTestId(ids.guide.arbejdssted).fill("Københavnsvej 81, Roskilde");
    await page.getByTestId(ids.guide.start).fill(omDage(14));
    await naeste(page, 4);
    await naeste(page, 5);
    expect(await tekst(page, ids.guide.oversigt)).toContain("Roskilde Lager & Logistik A/S");
    await page.getByTestId(ids.guide.udgiv).click();
    await page.getByTestId(ids.guide.kvittering).waitFor();
    await expectNoSeriousA11yViolations(page, "konsulentens kvittering");
    await page.getByTestId(ids.guide.tilOrdren).click();
    await settled(page);
    await h1(page, "Lagermedarbejder til weekendhold");
    expect(await tekst(page, ids.side.fakta)).toContain("Kim Andersen");
    expect(await tekst(page, ids.side.fakta)).toContain("Roskilde Lager & Logistik A/S");
    await expectNoSeriousA11yViolations(page, "jobordren hos konsulenten");

    // the list filters by kind and text
    await page.goto("/medarbejder/jobordrer");
    await settled(page);
    await page.getByTestId(ids.liste.filterArt).selectOption("smaajob");
    await page.getByTestId(ids.liste.filterSend).click();
    await expect
      .poll(async () => (await tekst(page, ids.liste.tabel)).includes("Lagermedarbejder til weekendhold"))
      .toBe(false);
    expect(await tekst(page, ids.liste.tabel)).toContain("Hjælp til oprydning på lageret 2 dage");
  }, 180_000);
});
