import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  openCase,
  settled,
  testIds,
  useJourney,
  demoId,
  tekst,
} from "./support.ts";

/** The demo's fixed ids (seed/ids.ts demoId): Mette, and her seeded application of last week (seed/joblog.ts). */
const METTE = demoId(301);
const METTE_ANSOEGNING = demoId(8001);

interface ApiJoblog {
  denneUge: { uge: number; antal: number; krav: number; status: string };
  ansoegninger: { id: string; arbejdsgiver: string; dato: string }[];
}

/** The citizen's job log as the API gives it (the page's own session). */
const joblog = (page: Page) =>
  page.evaluate(async () => (await (await fetch("/api/borger/joblog")).json()) as ApiJoblog);

/** Records one application through the form: fields, summary, receipt. */
async function registrer(page: Page, arbejdsgiver: string, stilling: string, maade: string, axe: boolean) {
  await page.getByTestId(ids.side.arbejdsgiver).fill(arbejdsgiver);
  await page.getByTestId(ids.side.stilling).fill(stilling);
  await page.getByTestId(ids.side.maade).selectOption(maade);
  await page.getByTestId(ids.side.fortsaet).click();
  const resume = page.getByTestId(ids.side.resume);
  await resume.waitFor();
  expect(await resume.textContent()).toContain(arbejdsgiver);
  expect(await resume.textContent()).toContain("Jobcenter Roskilde");
  if (axe) await expectNoSeriousA11yViolations(page, "joblog: resumé før registrering");
  // a double click saves once: the browser sends the same key
  await page.getByTestId(ids.side.gem).dblclick();
  await page.getByTestId(ids.side.kvittering).waitFor();
  expect(await tekst(page, ids.side.kvittering)).toContain(`${stilling} hos ${arbejdsgiver}`);
  if (axe) await expectNoSeriousA11yViolations(page, "joblog: kvittering");
}

/**
 * Min side's job log and rights review in the browser: Mette reads her rights and duties and confirms them (once,
 * however often she clicks), logs two applications with a summary and a receipt each and sees this week's requirement
 * met; Lone sees the confirmation and the applications in the case's tab "Selvbetjening". Axe on every state, and the
 * pages at phone width (390 px).
 */
describe("borgeren bekræfter sine rettigheder og pligter og fører joblog", () => {
  const journey = useJourney();

  test("Mette bekræfter rettigheder og pligter, registrerer to ansøgninger og opfylder ugens krav; Lone ser det i sagen", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");

    // Min side: the card asks her to read the new version (she confirmed the 2024 version) and shows the week.
    const kort = page.getByTestId(ids.kort.card);
    await kort.waitFor();
    expect(await kort.locator("h2").textContent()).toBe("Joblog og rettigheder");
    await expect.poll(() => tekst(page, ids.kort.rettigheder)).toContain("ny version");
    await expect.poll(() => tekst(page, ids.kort.uge)).toMatch(/du har registreret 0 af \d ansøgninger/);
    await expectNoSeriousA11yViolations(page, "Min side med joblog og rettigheder");

    // The review: the dagpenge version in force, duties and rights with their references.
    await page.getByTestId(ids.kort.rettighederLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/rettigheder");
    await settled(page);
    await h1(page, "Dine rettigheder og pligter, når du får dagpenge");
    expect(await tekst(page, ids.rettigheder.version)).toBe("Version gældende fra 1. juli 2026");
    expect(await tekst(page, ids.rettigheder.status)).toContain("ny version");
    for (const afsnit of [
      "raadighed",
      "samtaler",
      "joblog",
      "sygdom_ferie",
      "konsekvenser",
      "bisidder",
      "aktindsigt",
      "klage",
    ])
      await page.getByTestId(ids.rettigheder.afsnit(afsnit)).waitFor();
    expect(await tekst(page, ids.rettigheder.afsnit("bisidder"))).toContain("Forvaltningsloven § 8, stk. 1");
    await expectNoSeriousA11yViolations(page, "rettigheder og pligter");

    // Confirming without the tick is refused with an error summary; then ticked and clicked twice: one record.
    await page.getByTestId(ids.rettigheder.bekraeft).click();
    await page.getByTestId(testIds.problem.summary).waitFor();
    await expectNoSeriousA11yViolations(page, "rettigheder: fejl uden kryds");
    await page.getByTestId(ids.rettigheder.laest).check();
    await page.getByTestId(ids.rettigheder.bekraeft).dblclick();
    await page.getByTestId(ids.rettigheder.kvittering).waitFor();
    expect(await tekst(page, ids.rettigheder.kvittering)).toContain("versionen gældende fra 1. juli 2026");
    expect(await tekst(page, ids.rettigheder.kvittering)).toContain("Jobcenter Roskilde kan se din bekræftelse");
    await expectNoSeriousA11yViolations(page, "rettigheder: kvittering");

    // The job log: the requirement with "Hvorfor skal jeg det?" and its reference.
    await page.goto("/borger/joblog");
    await settled(page);
    await h1(page, "Joblog");
    expect(await tekst(page, ids.side.krav)).toBe("Du skal søge mindst 2 job om ugen.");
    await page.getByTestId(ids.side.hvorfor).locator("summary").click();
    expect(await tekst(page, ids.side.henvisning)).toContain("rådighed");
    await page.getByTestId(ids.side.ansoegning(METTE_ANSOEGNING)).waitFor();
    await expectNoSeriousA11yViolations(page, "joblog");

    // A missing field is named in the error summary.
    await page.getByTestId(ids.side.fortsaet).click();
    await page.getByTestId(testIds.problem.summary).waitFor();
    expect(await tekst(page, testIds.problem.summary)).toContain("Skriv arbejdsgiverens navn");
    await expectNoSeriousA11yViolations(page, "joblog: fejl i formularen");

    const foer = await joblog(page);
    await registrer(page, "Roskilde Bibliotekerne", "Biblioteksassistent", "skriftlig", true);
    await page.getByTestId(ids.side.igen).click();
    await registrer(page, "Danske Bank", "Kundemedarbejder", "personlig", false);

    // This week: two applications, the requirement met (in a holiday week it is smaller, never larger).
    const efter = await joblog(page);
    expect(efter.ansoegninger.length).toBe(foer.ansoegninger.length + 2);
    expect(efter.denneUge).toMatchObject({ antal: 2, status: "opfyldt" });
    await expect.poll(() => tekst(page, ids.side.denneUge)).toContain("2 af");
    expect(await tekst(page, ids.side.denneUge)).toContain("Opfyldt");
    await expectNoSeriousA11yViolations(page, "joblog: ugens krav opfyldt");

    // Back on Min side the card says the review is confirmed and the week is met.
    await page.goto("/borger");
    await settled(page);
    await expect
      .poll(() => tekst(page, ids.kort.rettigheder))
      .toContain("Du har bekræftet dine rettigheder og pligter");
    await expect.poll(() => tekst(page, ids.kort.uge)).toContain("Ugens krav er opfyldt");
    await expectNoSeriousA11yViolations(page, "Min side: bekræftet og opfyldt");

    // Lone opens Mette's case, tab "Selvbetjening": the confirmation with its version, the requirement and the entries.
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, METTE, "selvbetjening");
    const sektion = lone.getByTestId(ids.sektion.section);
    await sektion.waitFor();
    await expect
      .poll(() => tekst(lone, ids.sektion.rettigheder))
      .toMatch(/Bekræftet \d+\. \S+ 2026, version 1\. juli 2026/);
    expect(await tekst(lone, ids.sektion.krav)).toContain("2 ansøgninger om ugen");
    const ansoegninger = await tekst(lone, ids.sektion.ansoegninger);
    expect(ansoegninger).toContain("Roskilde Bibliotekerne");
    expect(ansoegninger).toContain("Danske Bank");
    await expectNoSeriousA11yViolations(lone, "sagen: joblog og rettigheder");
  });

  test("på en telefon (390 px) kan Min side, rettighederne og jobloggen læses og udfyldes uden at rulle sidelæns", async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs(page, "borger", "borger-ahmad");
    await page.getByTestId(ids.kort.card).waitFor();
    await expect.poll(() => tekst(page, ids.kort.uge)).toMatch(/Uge \d+/);
    await expectNoHorizontalScroll(page, "Min side på 390 px");
    await expectNoSeriousA11yViolations(page, "Min side på 390 px");

    await page.getByTestId(ids.kort.rettighederLink).click();
    await settled(page);
    await h1(page, "Dine rettigheder og pligter, når du er jobparat og får kontanthjælp");
    expect(await tekst(page, ids.rettigheder.status)).toContain("Du har bekræftet denne version");
    await expectNoHorizontalScroll(page, "rettigheder på 390 px");
    await expectNoSeriousA11yViolations(page, "rettigheder på 390 px");

    await page.goto("/borger/joblog");
    await settled(page);
    // Ahmad's individual requirement, set by Lone with the reason he can read
    expect(await tekst(page, ids.side.krav)).toBe("Du skal søge mindst 3 job om ugen.");
    expect(await tekst(page, ids.side.kravKilde)).toContain("Lone Sørensen");
    await expectNoHorizontalScroll(page, "joblog på 390 px");
    await expectNoSeriousA11yViolations(page, "joblog på 390 px");
    await page.getByTestId(ids.side.arbejdsgiver).fill("Lidl Danmark");
    await page.getByTestId(ids.side.stilling).fill("Butiksmedarbejder");
    await page.getByTestId(ids.side.fortsaet).click();
    await page.getByTestId(ids.side.resume).waitFor();
    await expectNoHorizontalScroll(page, "joblog: resumé på 390 px");
    await expectNoSeriousA11yViolations(page, "joblog: resumé på 390 px");
    await page.getByTestId(ids.side.gem).click();
    await page.getByTestId(ids.side.kvittering).waitFor();
    await expectNoHorizontalScroll(page, "joblog: kvittering på 390 px");
    await expectNoSeriousA11yViolations(page, "joblog: kvittering på 390 px");
  });
  test("administratoren ser reglerne med henvisning og sikkerhed og sætter kommunens antal for dagpenge", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "admin-jens");
    await page.goto("/admin/joblog");
    await settled(page);
    await h1(page, "Krav til joblog");
    for (const regel of ["JOBLOG-DP", "JOBLOG-KH-JP", "JOBLOG-SDP"])
      await page.getByTestId(ids.admin.regel(regel)).waitFor();
    expect(await tekst(page, ids.admin.regel("JOBLOG-KH-JP"))).toContain("Lov om aktiv socialpolitik § 13, stk. 2");
    await expectNoSeriousA11yViolations(page, "joblog-regler");
    await page.getByTestId(ids.admin.maalgruppe).selectOption("DAGPENGE");
    await page.getByTestId(ids.admin.antal).fill("3");
    await page.getByTestId(ids.admin.begrundelse).fill("Kommunens beskæftigelsesplan 2027.");
    await page.getByTestId(ids.admin.gem).click();
    await page.getByTestId(ids.admin.kvittering).waitFor();
    await expect
      .poll(() => tekst(page, ids.admin.regel("JOBLOG-DP")))
      .toContain("Kommunens antal for Dagpengemodtager: 3 om ugen");
    await expectNoSeriousA11yViolations(page, "joblog-regler: kvittering");
  });
});
