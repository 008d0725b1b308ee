import { describe, expect, test } from "vitest";
import { errors } from "#contracts/errors.ts";
import { FORMAAL } from "#contracts/formaal.ts";
import { expectNoSeriousA11yViolations, loginAs, settled, testIds, useJourney } from "./support.ts";

/**
 * Every access to personal data is an event the citizen can read: a job consultant finds a citizen, states the
 * purpose, opens the data; the citizen then sees who, when and why on "Hvem har set mine oplysninger".
 */
const METTE = "00000000-0000-4000-8000-000000000301";

describe("en jobkonsulent åbner en borger med et formål, og borgeren kan se det", () => {
  const journey = useJourney();

  test("the caseworker's search refuses an impossible CPR number on the field, in Danish", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "jk-lone");
    await page.getByTestId(testIds.medarbejder.searchInput).fill("321390-1234");
    await page.getByTestId(testIds.medarbejder.searchSubmit).click();
    const summary = page.getByTestId(testIds.problem.summary);
    await summary.waitFor();
    expect(await summary.textContent()).toContain(errors.CPR_INVALID_DATE.da);
    const input = page.getByTestId(testIds.medarbejder.searchInput);
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    // The summary links to the field in error.
    expect(await summary.locator("a").first().getAttribute("href")).toBe(`#${await input.getAttribute("id")}`);
    await expectNoSeriousA11yViolations(page, "søgning med fejl");
  });

  test("Lone finds Mette by CPR number, gives a purpose, sees her data; Mette then sees the access", async () => {
    const purpose = "SAMTALE" as const;
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await lone.getByTestId(testIds.medarbejder.caseload).waitFor();
    await expectNoSeriousA11yViolations(lone, "Min sagsstamme");
    // Min sagsstamme shows a page of names at a time, by deadline; narrowed down, Mette is among the names shown.
    await lone.getByTestId(testIds.sagsstamme.maalgruppe).selectOption("DAGPENGE");
    await lone.getByTestId(testIds.sagsstamme.postnr).fill("4000");
    await lone.getByTestId(testIds.sagsstamme.apply).click();
    await lone.getByTestId(testIds.sagsstamme.row(METTE)).waitFor();

    await lone.getByTestId(testIds.medarbejder.searchInput).fill("150388-9901");
    await lone.getByTestId(testIds.medarbejder.searchSubmit).click();
    const results = lone.getByTestId(testIds.medarbejder.searchResults);
    await results.waitFor();
    await results.getByRole("link", { name: "Mette Nielsen" }).click();

    // First the purpose; opening without one is refused with the reason.
    await lone.getByTestId(testIds.medarbejder.purposeForm).waitFor();
    await settled(lone);
    expect(await lone.locator("h1").textContent()).toBe("Hvorfor vil du se borgerens oplysninger?");
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();
    expect(await lone.getByTestId(testIds.problem.summary).textContent()).toContain(errors.PURPOSE_REQUIRED.da);
    await expectNoSeriousA11yViolations(lone, "formål for opslag");
    await lone.getByTestId(testIds.medarbejder.purposeSelect).selectOption(purpose);
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();

    await lone.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();
    await settled(lone);
    expect(new URL(lone.url()).searchParams.get("formaal")).toBe(purpose);
    expect(await lone.locator("h1").textContent()).toBe("Mette Nielsen");
    const view = await lone.getByTestId(testIds.medarbejder.citizenView).textContent();
    expect(view).toContain("150388-9901");
    expect(view).toContain("Dagpengemodtager");
    expect(await lone.getByTestId(testIds.medarbejder.citizenAuditNotice).textContent()).toContain(FORMAAL[purpose].da);
    await expectNoSeriousA11yViolations(lone, "borgerens oplysninger");
    await lone.getByTestId(testIds.layout.logout).click();
    await lone.waitForURL((u) => u.pathname === "/");

    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");
    await mette.getByTestId(testIds.borger.accessLogLink).click();
    await mette.getByTestId(testIds.borger.accessLogTable).waitFor();
    await settled(mette);
    const rows = mette.getByTestId(testIds.borger.accessLogRow);
    // Newest first: opening her data and her case with the purpose are at the top, the search and the caseload below.
    const newest = await rows.first().textContent();
    expect(newest).toContain("Lone Sørensen");
    expect(newest).toContain("Jobkonsulent");
    expect(newest).toContain(FORMAAL[purpose].da);
    expect(newest).toMatch(/\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}/);
    const opened = (await rows.allTextContents()).slice(0, 2).join("\n");
    expect(opened).toContain("Åbnede dine oplysninger");
    expect(opened).toContain("Åbnede din sag");
    const all = await mette.getByTestId(testIds.borger.accessLogTable).textContent();
    expect(all).toContain("Fandt dig ved en søgning");
    expect(all).toContain("Så dit navn i sin liste over borgere");
    await expectNoSeriousA11yViolations(mette, "hvem har set mine oplysninger");
  });

  test("a company consultant opening a citizen from the search is logged the same way", async () => {
    const kim = await journey.newPage();
    await loginAs(kim, "medarbejder", "vk-kim");
    await kim.getByTestId(testIds.medarbejder.searchInput).fill("Hassan");
    await kim.getByTestId(testIds.medarbejder.searchSubmit).click();
    await kim.getByTestId(testIds.medarbejder.searchResults).getByRole("link", { name: "Ahmad Hassan" }).click();
    await kim.getByTestId(testIds.medarbejder.purposeSelect).selectOption("JOBFORMIDLING");
    await kim.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await kim.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();

    const ahmad = await journey.newPage();
    await loginAs(ahmad, "borger", "borger-ahmad");
    await ahmad.goto("/borger/adgangslog");
    await ahmad.getByTestId(testIds.borger.accessLogTable).waitFor();
    const newest = await ahmad.getByTestId(testIds.borger.accessLogRow).first().textContent();
    expect(newest).toContain("Kim Andersen");
    expect(newest).toContain("Virksomhedskonsulent");
    expect(newest).toContain(FORMAAL.JOBFORMIDLING.da);
  });
});
