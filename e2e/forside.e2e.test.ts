import { describe, expect, test } from "vitest";
import { errors } from "#contracts/errors.ts";
import { PORTALS } from "#contracts/roles.ts";
import { expectNoSeriousA11yViolations, settled, testIds, useJourney } from "./support.ts";

/** The front page and what anyone sees before logging in. */
describe("forsiden og det, man ser uden at være logget ind", () => {
  const journey = useJourney();

  test("the front page is in Danish and offers the five entrances, each a link to its login", async () => {
    const page = await journey.newPage();
    await page.goto("/");
    await settled(page);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("da");
    expect(await page.locator("h1").textContent()).toBe("Velkommen til Jobunivers");
    expect(await page.title()).toBe("Velkommen til Jobunivers – Jobunivers");
    for (const portal of PORTALS) {
      expect(await page.getByTestId(testIds.landing.portalLink(portal)).getAttribute("href")).toBe(
        `/auth/login?portal=${portal}`,
      );
    }
    expect(await page.getByTestId(testIds.layout.authority).textContent()).toBe("Jobunivers");
    expect(await page.getByTestId(testIds.layout.languageSwitch).textContent()).toBe("English");
    expect(await page.getByTestId(testIds.layout.logout).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, "forsiden");
  });

  test("the skip link is the first thing the keyboard reaches and leads to the main content", async () => {
    const page = await journey.newPage();
    await page.goto("/");
    await settled(page);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.textContent()).toBe("Gå til sidens indhold");
    expect(await focused.getAttribute("href")).toBe("#main-content");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main-content");
  });

  test("after logging out, after the session ran out, and after a failed login the front page says why", async () => {
    const page = await journey.newPage();
    await page.goto("/?logget-ud=1");
    await settled(page);
    expect(await page.getByTestId(testIds.landing.loggedOutNotice).textContent()).toContain("Du er nu logget ud");

    await page.goto("/?udloebet=1");
    await settled(page);
    expect(await page.getByTestId(testIds.landing.expiredNotice).textContent()).toContain(
      "fordi du ikke havde været aktiv",
    );
    await expectNoSeriousA11yViolations(page, "forsiden efter udløbet session");

    await page.goto("/?fejl=LOGIN_WRONG_PORTAL");
    await settled(page);
    const summary = page.getByTestId(testIds.problem.summary);
    expect(await summary.textContent()).toContain(errors.LOGIN_WRONG_PORTAL.da);
    expect(await summary.getAttribute("role")).toBe("alert");
    await expectNoSeriousA11yViolations(page, "forsiden med loginfejl");
  });

  test("the accessibility statement is linked from the footer", async () => {
    const page = await journey.newPage();
    await page.goto("/");
    await settled(page);
    await page.getByTestId(testIds.layout.accessibilityLink).click();
    await page.waitForURL((u) => u.pathname === "/tilgaengelighed");
    await page.getByTestId(testIds.accessibility.page).waitFor();
    expect(await page.locator("h1").textContent()).toBe("Tilgængelighedserklæring");
    expect(await page.locator("main").textContent()).toContain("WCAG 2.1");
    await expectNoSeriousA11yViolations(page, "tilgængelighedserklæringen");
  });

  test("an address that does not exist gets a page that says so, with the way back", async () => {
    const page = await journey.newPage();
    await page.goto("/findes-ikke");
    await settled(page);
    await page.getByTestId(testIds.problem.notFound).waitFor();
    expect(await page.locator("h1").textContent()).toBe("Siden findes ikke");
    await expectNoSeriousA11yViolations(page, "siden findes ikke");
  });

  test("opening a portal page without being logged in leads to that portal's login", async () => {
    const page = await journey.newPage();
    await page.goto("/medarbejder");
    await page.waitForURL(/\/idp\/interaction\//);
    // The demo provider shows the users of the portal asked for: staff, not citizens.
    await page.getByTestId("demo-user-jk-lone").waitFor();
    expect(await page.getByTestId("demo-user-borger-mette").count()).toBe(0);
    await expectNoSeriousA11yViolations(page, "demo-loginsiden");

    await page.goto("/borger/adgangslog");
    await page.waitForURL(/\/idp\/interaction\//);
    await page.getByTestId("demo-user-borger-mette").waitFor();
  });

  test("choosing an entrance on the front page opens the demo login page for it", async () => {
    const page = await journey.newPage();
    await page.goto("/");
    await settled(page);
    await page.getByTestId(testIds.landing.portalLink("virksomhed")).click();
    await page.waitForURL(/\/idp\/interaction\//);
    await page.getByTestId("demo-user-virk-anders").waitFor();
  });
});
