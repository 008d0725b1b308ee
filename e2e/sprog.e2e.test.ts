import { describe, expect, test } from "vitest";
import { expectNoSeriousA11yViolations, loginAs, settled, testIds, useJourney } from "./support.ts";

/** Danish first, English second: the switch in the header changes the page, and the choice is remembered. */
describe("sprogskift", () => {
  const journey = useJourney();

  test("before login: English and back, with <html lang> following and the choice kept over a reload", async () => {
    const page = await journey.newPage();
    await page.goto("/");
    await settled(page);
    const html = page.locator("html");
    const h1 = page.locator("h1");
    const toggle = page.getByTestId(testIds.layout.languageSwitch);
    expect(await toggle.getAttribute("lang")).toBe("en");

    await toggle.click();
    await expect.poll(() => h1.textContent()).toBe("Welcome to Jobunivers");
    expect(await html.getAttribute("lang")).toBe("en");
    expect(await toggle.textContent()).toBe("Dansk");
    expect(await toggle.getAttribute("lang")).toBe("da");
    expect(await page.getByTestId(testIds.landing.portalLink("borger")).textContent()).toContain("Citizen");
    await expectNoSeriousA11yViolations(page, "the front page in English");

    await page.reload();
    await settled(page);
    expect(await h1.textContent()).toBe("Welcome to Jobunivers");
    expect(await html.getAttribute("lang")).toBe("en");

    await toggle.click();
    await expect.poll(() => h1.textContent()).toBe("Velkommen til Jobunivers");
    expect(await html.getAttribute("lang")).toBe("da");
    await page.reload();
    await settled(page);
    expect(await h1.textContent()).toBe("Velkommen til Jobunivers");
  });

  test("the language chosen before login carries into the session; switching back works logged in", async () => {
    const page = await journey.newPage();
    await page.goto("/");
    await settled(page);
    await page.getByTestId(testIds.layout.languageSwitch).click();
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");

    await loginAs(page, "borger", "borger-mette");
    expect(await page.locator("h1").textContent()).toBe("My page");
    expect(await page.getByTestId(testIds.layout.userRole).textContent()).toBe("Citizen");
    expect(await page.getByTestId(testIds.layout.logout).textContent()).toBe("Log out");
    expect(await page.locator("main").textContent()).toContain("Unemployment benefit recipient");
    expect(await page.locator("main").textContent()).toContain("15 March 1988");
    await expectNoSeriousA11yViolations(page, "My page in English");

    await page.getByTestId(testIds.layout.languageSwitch).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Min side");
    expect(await page.locator("html").getAttribute("lang")).toBe("da");
    expect(await page.locator("main").textContent()).toContain("Dagpengemodtager");
    expect(await page.getByTestId(testIds.layout.logout).textContent()).toBe("Log ud");

    // The server answers in the chosen language too.
    const problem = await page.evaluate(async () => (await fetch("/api/admin/kommune")).json());
    expect(problem.title).toBe("Du har ikke adgang til dette.");

    await page.getByTestId(testIds.layout.languageSwitch).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("My page");
    await page.reload();
    await settled(page);
    expect(await page.locator("h1").textContent()).toBe("My page");
    const english = await page.evaluate(async () => (await fetch("/api/admin/kommune")).json());
    expect(english.title).toBe("You do not have access to this.");
  });

  test("a caseworker's page switches language without fetching (and logging) the citizen's data again", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "jk-lone");
    const link = page.locator(`[data-testid^="citizen-link-"]`).first();
    await link.click();
    await page.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await page.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await page.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();

    const opened: string[] = [];
    page.on("request", (r) => {
      if (/\/api\/medarbejder\/borgere\/[^/?]+\?/.test(r.url())) opened.push(r.url());
    });
    await page.getByTestId(testIds.layout.languageSwitch).click();
    await expect
      .poll(() => page.getByTestId(testIds.medarbejder.citizenAuditNotice).textContent())
      .toContain("Your access has been logged");
    expect(await page.getByTestId(testIds.medarbejder.citizenAuditNotice).textContent()).toContain("Case handling");
    expect(opened).toEqual([]);
    await expectNoSeriousA11yViolations(page, "the citizen's data in English");
  });
});
