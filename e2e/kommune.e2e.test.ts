import { describe, expect, test } from "vitest";
import { expectNoSeriousA11yViolations, loginAs, testIds, useJourney } from "./support.ts";

/** The administrator, the manager, the employer and the provider each see their own organisation, and only that. */
describe("administration, ledelse, virksomhed og leverandør", () => {
  const journey = useJourney();

  test("Roskilde's administrator sees Roskilde's settings, opening hours and staff", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "admin-jens");
    const settings = await page.getByTestId(testIds.admin.settings).textContent();
    expect(settings).toContain("0265");
    expect(settings).toContain("Jobcenter Roskilde");
    expect(settings).toContain("Køgevej 80, 4000 Roskilde");
    const hours = page.getByTestId(testIds.admin.openingHours);
    expect(await hours.locator("tbody tr").count()).toBe(7);
    expect(await hours.locator("tbody tr").first().textContent()).toContain("Mandag");
    expect(await hours.locator("tbody tr").first().textContent()).toContain("8.00-15.00");
    expect(await hours.locator("tbody tr").last().textContent()).toContain("Lukket");
    const staff = await page.getByTestId(testIds.admin.staff).textContent();
    expect(staff).toContain("Lone Sørensen");
    expect(staff).toContain("Jobkonsulent");
    expect(staff).not.toContain("Sara Lund");
    await expectNoSeriousA11yViolations(page, "administration");
  });

  test("Køge's administrator sees Køge and none of Roskilde's staff", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "admin-koege");
    expect(await page.getByTestId(testIds.layout.authority).textContent()).toBe("Jobcenter Køge");
    expect(await page.getByTestId(testIds.admin.settings).textContent()).toContain("0259");
    const staff = await page.getByTestId(testIds.admin.staff).textContent();
    expect(staff).toContain("Sara Lund");
    expect(staff).not.toContain("Lone Sørensen");
  });

  test("the manager's overview counts citizens per target group and adds up", async () => {
    const page = await journey.newPage();
    await loginAs(page, "ledelse", "leder-birgitte");
    const table = page.getByTestId(testIds.ledelse.perTargetGroup);
    expect(await table.locator("tbody tr").count()).toBe(11);
    expect(await table.locator("tbody tr").first().textContent()).toContain("Dagpengemodtager");
    const counts = await table
      .locator("tbody tr td:nth-of-type(1)")
      .allTextContents()
      .then((c) => c.map((s) => Number(s.replace(/\D/g, ""))));
    const total = Number((await table.locator("tfoot td").first().textContent())!.replace(/\D/g, ""));
    expect(total).toBeGreaterThan(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await page.getByTestId(testIds.ledelse.keyFigures).textContent()).toContain("jobkonsulenter");
    // The 2026 quotas over the cohort that started in the last half-year, with the law they come from.
    const quotas = page.getByTestId(testIds.ledelse.quotas);
    await quotas.waitFor();
    expect(await quotas.textContent()).toContain("KF-75");
    expect(await quotas.textContent()).toContain("Lov nr. 1750 af 29.12.2025");
    await expectNoSeriousA11yViolations(page, "ledelsens overblik");

    const koege = await journey.newPage();
    await loginAs(koege, "ledelse", "leder-koege");
    const koegeTotal = Number(
      (await koege.getByTestId(testIds.ledelse.perTargetGroup).locator("tfoot td").first().textContent())!.replace(
        /\D/g,
        "",
      ),
    );
    expect(koegeTotal).toBeGreaterThan(0);
    expect(koegeTotal).not.toBe(total);
  });

  test("the employer sees the company they act for; the provider their organisation", async () => {
    const virk = await journey.newPage();
    await loginAs(virk, "virksomhed", "virk-anders");
    const company = await virk.getByTestId(testIds.virksomhed.company).textContent();
    expect(company).toContain("Roskilde Tømrer & Snedker ApS");
    expect(company).toContain("31245678");
    expect(await virk.locator("html").getAttribute("class")).toContain("theme-virk");

    const lev = await journey.newPage();
    await loginAs(lev, "leverandoer", "lev-hanne");
    expect(await lev.getByTestId(testIds.leverandoer.organisation).textContent()).toContain("Kursushuset Sjælland ApS");
    // the provider's way into the marketplace (e2e/marked-*.e2e.test.ts walk it)
    expect(await lev.locator("main").textContent()).toContain("Mine udbud");
  });
});
