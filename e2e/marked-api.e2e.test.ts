import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { markedApiIds as ids } from "#contracts/testids-marked-api.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  loginAs,
  settled,
  testIds,
  useJourney,
} from "./support.ts";

/** Mette's running enrolment on Kursushuset Sjælland's LinkedIn course (seed/marked.ts). */
const METTE_FORLOEB = "00000000-0000-4000-8000-000000003101";

/**
 * The provider's API page: Hanne of Kursushuset Sjælland makes an API key for her course system, sees the key once,
 * calls the provider API with it, revokes it and sees the API refuse it; she sets up the webhook and gets its signing
 * secret once. The page on a phone.
 */
describe("leverandøren opretter en API-nøgle, bruger den, trækker den tilbage og sætter webhooken op", () => {
  const journey = useJourney();

  async function apiSide(page: Page) {
    await loginAs(page, "leverandoer", "lev-hanne");
    await page.goto("/leverandoer/api");
    await settled(page);
    await page.getByTestId(ids.noegler.form).waitFor();
    await page.getByTestId(ids.webhook.form).waitFor();
  }

  test("en nøgle vises én gang, virker mod API'et med sin adgang og afvises, når den er trukket tilbage", async () => {
    const page = await journey.newPage();
    await apiSide(page);
    expect(await page.locator("main h1").textContent()).toBe("API og webhooks");
    await page.getByTestId(ids.noegler.empty).waitFor();
    await page.getByTestId(ids.leveringer.empty).waitFor();
    expect(await page.getByTestId(ids.vejledning.curl).textContent()).toContain("/api/v1/leverandoer/tilmeldinger");
    expect(await page.getByTestId(ids.vejledning.openapi).getAttribute("href")).toBe("/api/v1/openapi.json");
    await expectNoSeriousA11yViolations(page, "API-siden uden nøgler");

    // nothing filled in: the error summary names both fields
    await page.getByTestId(ids.noegler.opret).click();
    const summary = page.getByTestId(testIds.problem.summary);
    await summary.waitFor();
    expect(await summary.locator("li").count()).toBe(2);
    await expectNoSeriousA11yViolations(page, "ny nøgle med fejl");

    await page.getByTestId(ids.noegler.navn).fill("Kursusplatform");
    await page.getByTestId(ids.noegler.scope("tilmeldinger:laes")).check();
    await page.getByTestId(ids.noegler.opret).click();
    const hemmelig = page.getByTestId(ids.noegler.hemmelighed);
    await hemmelig.waitFor();
    expect(await hemmelig.textContent()).toContain("vises kun denne ene gang");
    // the warning takes the focus, so a screen reader reads it at once
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      ids.noegler.hemmelighed,
    );
    const noegle = await page.getByTestId(ids.noegler.hemmelighedVaerdi).inputValue();
    expect(noegle).toMatch(/^jbu_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId(ids.noegler.kopier).click();
    await expect.poll(async () => (await page.getByTestId(ids.noegler.kopieret).textContent()) ?? "").not.toBe("");
    await page.getByTestId(ids.noegler.table).waitFor();
    expect(await page.getByTestId(ids.noegler.table).textContent()).not.toContain(noegle.slice(14));
    await expectNoSeriousA11yViolations(page, "den nye nøgle vises");

    // the key works against the provider API, within its scope (the page's request context: cookies are not used)
    const auth = { authorization: `Bearer ${noegle}` };
    const liste = await page.request.get("/api/v1/leverandoer/tilmeldinger", { headers: auth });
    expect(liste.status(), await liste.text()).toBe(200);
    expect(((await liste.json()) as { id: string }[]).map((t) => t.id)).toContain(METTE_FORLOEB);
    const udenAdgang = await page.request.get("/api/v1/leverandoer/udbud", { headers: auth });
    expect(udenAdgang.status()).toBe(403);
    expect(((await udenAdgang.json()) as { code: string }).code).toBe("API_NOEGLE_SCOPE");

    // put away: the key is not shown again, not even after a reload
    await page.getByTestId(ids.noegler.gemt).click();
    await hemmelig.waitFor({ state: "detached" });
    await page.reload();
    await settled(page);
    await page.getByTestId(ids.noegler.table).waitFor();
    expect(await page.locator("main").textContent()).not.toContain(noegle.slice(14));

    // revoke, after a question
    const tilbagekald = page.locator(`[data-testid^="api-keys-revoke-"]`);
    expect(await tilbagekald.count()).toBe(1);
    const noegleId = ((await tilbagekald.getAttribute("data-testid")) ?? "").replace("api-keys-revoke-", "");
    await tilbagekald.click();
    await page.getByTestId(ids.noegler.bekraeft).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(ids.noegler.bekraeft);
    await expectNoSeriousA11yViolations(page, "spørgsmålet før nøglen trækkes tilbage");
    await page.getByTestId(ids.noegler.bekraeftOk).click();
    await page.getByTestId(ids.noegler.receipt).waitFor();
    await expect
      .poll(async () => await page.getByTestId(ids.noegler.status(noegleId)).textContent())
      .toBe("Trukket tilbage");
    await expectNoSeriousA11yViolations(page, "nøglen er trukket tilbage");

    const afvist = await page.request.get("/api/v1/leverandoer/tilmeldinger", { headers: auth });
    expect(afvist.status()).toBe(401);
    expect(afvist.headers()["content-type"]).toContain("application/problem+json");
    expect(((await afvist.json()) as { code: string }).code).toBe("API_NOEGLE_UGYLDIG");
  });

  test("webhooken sættes op med en signeringshemmelighed, der vises én gang – også på en telefon", async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 320, height: 740 });
    await apiSide(page);
    await expectNoHorizontalScroll(page, "API-siden på 320 px");
    await expectNoSeriousA11yViolations(page, "API-siden på 320 px");

    // plain http to another machine is refused, with the field named
    await page.getByTestId(ids.webhook.url).fill("http://kursus.example/jobunivers");
    await page.getByTestId(ids.webhook.gem).click();
    await page.getByTestId(testIds.problem.summary).waitFor();
    expect(await page.locator("#webhook-url-error").textContent()).toContain("https://");
    await expectNoSeriousA11yViolations(page, "webhook med fejl");

    await page.getByTestId(ids.webhook.url).fill("https://kursus.example/jobunivers");
    await page.getByTestId(ids.webhook.gem).click();
    await page.getByTestId(ids.webhook.hemmelighed).waitFor();
    expect(await page.getByTestId(ids.webhook.hemmelighedVaerdi).inputValue()).toMatch(/^whsec_/);
    await expectNoHorizontalScroll(page, "webhookens hemmelighed på 320 px");
    await expectNoSeriousA11yViolations(page, "webhookens hemmelighed");
    await page.getByTestId(ids.webhook.gemt).click();
    await page.getByTestId(ids.webhook.hemmelighed).waitFor({ state: "detached" });

    // a change of address keeps the secret (none is shown), and the form shows what is saved
    await page.getByTestId(ids.webhook.url).fill("https://kursus.example/jobunivers/v2");
    await page.getByTestId(ids.webhook.gem).click();
    await page.getByTestId(ids.webhook.receipt).waitFor();
    expect(await page.getByTestId(ids.webhook.hemmelighed).count()).toBe(0);
    expect(await page.getByTestId(ids.webhook.url).inputValue()).toBe("https://kursus.example/jobunivers/v2");
    await expectNoSeriousA11yViolations(page, "webhooken er gemt");
  });
});
