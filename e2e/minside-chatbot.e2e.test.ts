import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chatbotIds as ids } from "#contracts/testids-chatbot.ts";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, loginAs, settled, useJourney } from "./support.ts";

const UKENDT = "må jeg have min hund med til samtalen?";

/** An element's text with its white space as plain spaces. */
const tekst = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? "").replace(/\s+/g, " ");

/** Types a question into the open chatbot and sends it with the Enter key; waits for the n-th answer. */
async function spoerg(page: Page, spoergsmaal: string, n: number) {
  await page.getByTestId(ids.input).fill(spoergsmaal);
  await page.getByTestId(ids.input).press("Enter");
  await page.getByTestId(ids.svar(n)).waitFor();
}

/**
 * The chatbot on every citizen page: Mette opens it with the keyboard, asks about her own next conversation, about
 * holiday, and something it does not know, which she forwards to her caseworker with a confirmation and a receipt;
 * the administrator sees the unanswered question and turns it into an article, which then answers. Axe on every
 * state, and the chatbot at phone width (390 px).
 */
describe("borgeren spørger chatbotten, og administratoren ser det ubesvarede spørgsmål", () => {
  const journey = useJourney();

  test("Mette stiller tre spørgsmål og sender det ene til sin sagsbehandler", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");

    // The button is on Min side; the keyboard opens the panel and the focus goes to the labelled input.
    const aabn = page.getByTestId(ids.aabn);
    expect(await aabn.getAttribute("aria-expanded")).toBe("false");
    await aabn.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId(ids.panel).waitFor();
    expect(await aabn.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(ids.input);
    expect(await page.getByLabel("Dit spørgsmål").count()).toBe(1);
    expect(await page.getByTestId(ids.log).getAttribute("aria-live")).toBe("polite");
    await expectNoSeriousA11yViolations(page, "chatbotten åben");

    // 1. Her own next conversation, from her own data, citing the conversations page.
    await spoerg(page, "hvornår er min næste samtale?", 0);
    expect(await tekst(page, ids.svar(0))).toMatch(/Din næste samtale er \d+\. \w+ 2026 kl\. \d\d\.\d\d/);
    expect(await tekst(page, ids.svar(0))).not.toMatch(/Ahmad|Jonas/);
    expect(await page.getByTestId(ids.kilde(0)).getByRole("link").getAttribute("href")).toBe("/borger/samtaler");
    await expectNoSeriousA11yViolations(page, "svar om egen samtale");

    // 2. A general question, from the municipality's knowledge base, citing its page and rule.
    await spoerg(page, "må jeg holde ferie når jeg er på dagpenge?", 1);
    expect(await tekst(page, ids.svar(1))).toContain("feriedagpenge");
    expect(await tekst(page, ids.kilde(1))).toContain("Lov om arbejdsløshedsforsikring");

    // 3. One it does not know: it says so and offers to forward; a confirmation, then the receipt.
    await spoerg(page, UKENDT, 2);
    expect(await tekst(page, ids.svar(2))).toContain("Det ved jeg desværre ikke");
    await page.getByTestId(ids.videresend(2)).click();
    await page.getByTestId(ids.bekraeft(2)).waitFor();
    await expectNoSeriousA11yViolations(page, "bekræft videresendelse");
    // a double click on the confirmation still sends one message (the server keys it by the question)
    await page.getByTestId(ids.bekraeft(2)).dblclick();
    await page.getByTestId(ids.kvittering(2)).waitFor();
    expect(await tekst(page, ids.kvittering(2))).toContain("Sendt til din sagsbehandler");
    await expectNoSeriousA11yViolations(page, "kvittering for videresendelse");

    // Escape closes the panel and gives the focus back to the button; the chatbot is on the other citizen pages too.
    await page.getByTestId(ids.input).press("Escape");
    await page.getByTestId(ids.panel).waitFor({ state: "detached" });
    // (the panel gives the focus back just after it is gone)
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(ids.aabn);
    await page.goto("/borger/samtaler");
    await settled(page);
    await page.getByTestId(ids.aabn).click();
    await page.getByTestId(ids.panel).waitFor();

    // The administrator sees the question (without who asked) and makes it an article, which answers at once.
    const admin = await journey.newPage();
    await loginAs(admin, "medarbejder", "admin-jens");
    await admin.goto("/admin/chatbot");
    await settled(admin);
    const liste = admin.getByTestId(ids.admin.ubesvarede);
    await liste.locator("strong", { hasText: UKENDT }).waitFor();
    expect(await liste.textContent()).not.toContain("Mette");
    await expectNoSeriousA11yViolations(admin, "administratorens vidensbase");
    await liste
      .locator("li", { hasText: UKENDT })
      .getByRole("button", { name: /Lav en artikel/ })
      .click();
    await admin.getByTestId(ids.admin.form).waitFor();
    expect(await admin.getByTestId(ids.admin.spoergsmaal).inputValue()).toBe(UKENDT);
    await admin.getByTestId(ids.admin.titel).fill("Dyr på jobcentret");
    await admin.getByTestId(ids.admin.noegle).fill("dyr-paa-jobcentret");
    await admin
      .getByTestId(ids.admin.svar)
      .fill("Førerhunde og servicehunde må gerne komme med. Andre hunde må ikke komme med ind på jobcentret.");
    await admin.getByTestId(ids.admin.link).fill("/borger/samtaler");
    await expectNoSeriousA11yViolations(admin, "ny artikel ud fra et spørgsmål");
    await admin.getByTestId(ids.admin.gem).click();
    await admin.getByTestId(ids.admin.gemt).waitFor();
    await admin.locator("strong", { hasText: UKENDT }).waitFor({ state: "detached" });
    await expectNoSeriousA11yViolations(admin, "artiklen er gemt");

    await spoerg(page, "må jeg have min hund med til samtalen", 0);
    expect(await tekst(page, ids.svar(0))).toContain("Førerhunde");
  });

  test("the chatbot at phone width (390 px)", async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await loginAs(page, "borger", "borger-mette");
    await page.getByTestId(ids.aabn).click();
    await spoerg(page, "hvordan søger jeg aktindsigt", 0);
    expect(await page.getByTestId(ids.kilde(0)).getByRole("link").getAttribute("href")).toBe("/borger/sag");
    await spoerg(page, "hvornår er Ahmads næste samtale?", 1);
    expect(await tekst(page, ids.svar(1))).toContain("kun svare på spørgsmål om din egen sag");
    await expectNoHorizontalScroll(page, "chatbotten ved 390 px");
    await expectNoSeriousA11yViolations(page, "chatbotten ved 390 px");
  });
});
