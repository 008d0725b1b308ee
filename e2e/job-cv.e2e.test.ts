import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { cvIds as ids } from "#contracts/testids-cv.ts";
import { escoIds } from "#contracts/testids-esco.ts";
import { jobIds } from "#contracts/testids-job.ts";
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

interface ApiCv {
  findes: boolean;
  timerMin: number;
  timerMax: number;
  maxAfstandKm: number;
  erfaring: {
    titel: string;
    arbejdsgiver: string | null;
    fra: string;
    til: string | null;
    erhverv: { titel: string } | null;
  }[];
  faerdigheder: { uri: string; kilde: string }[];
  jobmaal: { erhverv: { titel: string }; brancheskift: boolean }[];
}

/** The citizen's CV as the API gives it (the page's own session). */
const cv = (page: Page) => page.evaluate(async () => (await (await fetch("/api/borger/cv")).json()) as ApiCv);

/** Types into an occupation field and picks the first suggestion whose text contains `valg`. */
async function vaelgErhverv(page: Page, testId: string, skriv: string, valg: RegExp) {
  await page.getByTestId(testId).fill(skriv);
  const forslag = page.getByTestId(`${testId}-forslag`).filter({ hasText: valg }).first();
  await forslag.waitFor();
  return forslag;
}

/**
 * Mit CV in the browser: Jonas (Køge), who has no CV yet, builds it from a job he has had. He types the occupation
 * with a typo, picks it, adds employer and period, accepts the suggested skills but one, sets his hours and distance,
 * adds a job goal that is a change of trade and sees the jobs like his with the skills he lacks, and the anonymised
 * preview an employer sees. A caseworker of Køge reads the CV read-only. Axe at every state, and phone width.
 */
describe("borgeren bygger sit CV ud fra et job", () => {
  const journey = useJourney();

  test("Jonas bygger sit CV fra et erhverv, vælger kompetencer, sætter timer og afstand og får inspiration til brancheskift", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-jonas");
    await page.goto("/borger/cv");
    await settled(page);
    await h1(page, "Mit CV");
    expect(await tekst(page, ids.side.status)).toContain("ikke et CV");
    expect((await cv(page)).findes).toBe(false);
    await tjekOgsaaPaaTelefon(page, "Mit CV uden CV");

    // The occupation with a typo ("lagerarbjder"), picked from the list
    const valg = await vaelgErhverv(page, ids.byg.erhverv, "lagerarbjder", /lagerarbejder/i);
    await expectNoSeriousA11yViolations(page, "Mit CV: erhvervsforslag");
    await valg.click();
    await page.getByTestId(`${ids.byg.erhverv}-valgt`).waitFor();
    expect(await page.getByTestId(ids.byg.titel).inputValue()).toMatch(/lagerarbejder/i);

    // Saving without a start date names the field in the error summary
    await page.getByTestId(ids.byg.arbejdsgiver).fill("Køge Havnelogistik A/S");
    await page.getByTestId(ids.byg.gem).click();
    await page.getByTestId(testIds.problem.summary).waitFor();
    expect(await tekst(page, testIds.problem.summary)).toContain("Skriv hvornår du startede");
    await expectNoSeriousA11yViolations(page, "Mit CV: fejl i erfaringen");

    await page.getByTestId(ids.byg.fra).fill("2018-04-01");
    await page.getByTestId(ids.byg.til).fill("2025-09-30");
    await page.getByTestId(ids.byg.gem).click();
    const forslag = page.getByTestId(ids.byg.forslag);
    await forslag.waitFor();
    await forslag.getByTestId(escoIds.vaelger.valgte).waitFor();
    await expectNoSeriousA11yViolations(page, "Mit CV: foreslåede kompetencer");
    const erfaring = (await cv(page)).erfaring;
    expect(erfaring).toHaveLength(1);
    expect(erfaring[0]).toMatchObject({ arbejdsgiver: "Køge Havnelogistik A/S", fra: "2018-04-01", til: "2025-09-30" });
    expect(erfaring[0]!.erhverv?.titel).toMatch(/lagerarbejder/i);

    // The essential skills are chosen; he removes one and saves the rest
    const fjern = forslag.locator('[data-testid^="esco-skill-remove-"]');
    const valgte = await fjern.count();
    expect(valgte).toBeGreaterThan(1);
    await fjern.first().click();
    await expect.poll(() => fjern.count()).toBe(valgte - 1);
    await page.getByTestId(ids.byg.gemFaerdigheder).click();
    await page.getByTestId(ids.byg.faerdig).waitFor();
    expect(await forslag.textContent()).toContain(`${valgte - 1} kompetencer er tilføjet`);
    const efter = await cv(page);
    expect(efter.faerdigheder).toHaveLength(valgte - 1);
    expect(efter.faerdigheder.every((f) => f.kilde === "forslag")).toBe(true);
    await expectNoSeriousA11yViolations(page, "Mit CV: kompetencer tilføjet");

    // Hours and distance
    await page.getByTestId(ids.arbejdstid.timerMin).fill("30");
    await page.getByTestId(ids.arbejdstid.timerMax).fill("37");
    await page.getByTestId(ids.arbejdstid.afstand).fill("25");
    await page.getByTestId(ids.arbejdstid.gem).click();
    await expect.poll(() => tekst(page, ids.arbejdstid.section)).toContain("Gemt.");
    expect(await cv(page)).toMatchObject({ timerMin: 30, timerMax: 37, maxAfstandKm: 25 });

    // A job goal that is a change of trade
    const maal = await vaelgErhverv(page, ids.jobmaal.erhverv, "truckfører", /truckfører/i);
    await maal.click();
    await page.getByTestId(ids.jobmaal.brancheskift).check();
    await page.getByTestId(ids.jobmaal.gem).click();
    await page.getByTestId(ids.jobmaal.raekke(0)).waitFor();
    expect(await tekst(page, ids.jobmaal.raekke(0))).toContain("brancheskift");
    expect((await cv(page)).jobmaal).toEqual([{ erhverv: expect.anything(), brancheskift: true, prioritet: 1 }]);

    // Jobs like his: how many of their skills he has, and what he lacks
    await page.getByTestId(ids.jobmaal.inspirationVis).click();
    await page.getByTestId(ids.jobmaal.naert(0)).waitFor();
    const naert = await tekst(page, ids.jobmaal.naert(0));
    expect(naert).toMatch(/Du har \d+ af \d+ kompetencer/);
    await tjekOgsaaPaaTelefon(page, "Mit CV: brancheskift");

    // The preview an employer sees: no name, no employer
    const preview = await tekst(page, ids.synlighed.preview);
    expect(preview).toContain("Kandidat");
    expect(preview).not.toContain("Jonas");
    expect(preview).not.toContain("Køge Havnelogistik");
    await tjekOgsaaPaaTelefon(page, "Mit CV: udfyldt");

    // "Job til dig": the jobs matched to the new CV, with the explanation; Camilla's warehouse order in Køge among them
    await page.goto("/borger/job");
    await settled(page);
    await h1(page, "Job til dig");
    await page.getByTestId(jobIds.borger.matches).waitFor();
    const lager = page.getByTestId(jobIds.borger.match(demoId(13501)));
    await lager.waitFor();
    expect(((await lager.textContent()) ?? "").length).toBeGreaterThan(40);
    await tjekOgsaaPaaTelefon(page, "Job til dig efter CV");
    // a long journey with axe at every state (and twice at phone width)
  }, 300_000);

  test("a caseworker of Køge gives the purpose and reads Jonas' CV read-only", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "jk-sara");
    const jonas = demoId(401);
    await page.goto(`/medarbejder/borger/${jonas}/cv`);
    await settled(page);
    await page.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await page.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await page.getByTestId(ids.medarbejder.page).waitFor();
    await h1(page, "CV: Jonas Berg");
    await settled(page);
    await tjekOgsaaPaaTelefon(page, "medarbejderens visning af CV");
  });
});
