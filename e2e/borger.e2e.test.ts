import { describe, expect, test } from "vitest";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  loginAs,
  settled,
  testIds,
  useJourney,
} from "./support.ts";

/** The citizen: Min side with their own data, and the log of who has looked at it. */
describe("borgerens Min side", () => {
  const journey = useJourney();

  test("Mette sees her own details, with her CPR number masked, her target group and her caseworker", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");
    expect(await page.locator("h1").textContent()).toBe("Min side");
    const details = page.getByTestId(testIds.borger.details);
    const text = await details.textContent();
    expect(text).toContain("Mette Nielsen");
    expect(text).toContain("150388-xxxx");
    expect(text).not.toContain("1503889901");
    expect(text).toContain("15. marts 1988");
    expect(text).toContain("Algade 12, 2. th., 4000 Roskilde");
    const main = await page.locator("main").textContent();
    expect(main).toContain("Dagpengemodtager");
    expect(main).toContain("Lone Sørensen");
    expect(main).toContain("Jobcenter Roskilde");
  });

  test("a citizen whose data no member of staff has looked at sees an empty log that says so", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-ahmad");
    await page.getByTestId(testIds.borger.accessLogLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/adgangslog");
    await settled(page);
    expect(await page.locator("h1").textContent()).toBe("Hvem har set mine oplysninger");
    await page.getByTestId(testIds.borger.accessLogEmpty).waitFor();
    await expectNoSeriousA11yViolations(page, "adgangsloggen, tom");
    // Looking at one's own data is not an access by someone else: it does not fill the log.
    await page.goto("/borger");
    await settled(page);
    await page.goto("/borger/adgangslog");
    await settled(page);
    await page.getByTestId(testIds.borger.accessLogEmpty).waitFor();
  });

  test("on a phone-sized screen (320 px) Min side and the access log reflow without sideways scrolling", async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await loginAs(page, "borger", "borger-mette");
    await expectNoHorizontalScroll(page, "Min side");
    // The name, role and "Log ud" stay reachable on a small screen.
    expect(await page.getByTestId(testIds.layout.logout).isVisible()).toBe(true);
    expect(await page.getByTestId(testIds.layout.authority).isVisible()).toBe(true);
    await page.getByTestId(testIds.borger.accessLogLink).click();
    await settled(page);
    await expectNoHorizontalScroll(page, "adgangsloggen");
    await expectNoSeriousA11yViolations(page, "adgangsloggen på en lille skærm");
  });
});
