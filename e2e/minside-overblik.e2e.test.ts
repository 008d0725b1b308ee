import { describe, expect, test } from "vitest";
import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { samtaleBorgerIds } from "#contracts/testids-samtale-borger.ts";
import { h1, loginAs, settled, useJourney, demoId, tekst, tjekOgsaaPaaTelefon } from "./support.ts";

/** The demo's fixed ids (seed/ids.ts demoId): Mette's job goal in her plan (seed/sag.ts). */
const JOBMAAL = demoId(804);

/**
 * Min side's overview in the browser: Mette sees "Det skal du gøre nu" first, opens "Hvorfor?" on the rule that her
 * plan be published and reads it in words with its paragraph and the date it has applied from, sees her next
 * conversation and until when she can move it (and follows the way to move it), opens her whole plan, and finds a
 * person to call with the opening hours. Axe on every state, and at phone width too.
 */
describe("Min side: overblik, plan og hvorfor", () => {
  const journey = useJourney();

  test("Mette læser, hvorfor en regel gælder for hende, åbner sin plan og ser sin næste samtale, og hvordan hun flytter den", async () => {
    const page = await journey.newPage();
    await loginAs(page, "borger", "borger-mette");

    // "Det skal du gøre nu" is the first thing in the main column.
    const nu = page.getByTestId(ids.overblik.nu);
    await nu.waitFor();
    expect(await nu.locator("h2").first().textContent()).toBe("Det skal du gøre nu");
    const foerste = await page.evaluate(
      () => document.querySelector("main .col-lg-8 > *:not(p)")?.getAttribute("data-testid") ?? "",
    );
    expect(foerste).toBe(ids.overblik.nu);
    await tjekOgsaaPaaTelefon(page, "Min side");

    // Why: the rule that her plan be published (LAB § 42), which applied to her from her first jobsamtale.
    const hvorfor = page.getByTestId(ids.overblik.hvorfor("MINPLAN"));
    expect(await hvorfor.getAttribute("open")).toBeNull();
    await hvorfor.locator("summary").click();
    await expect.poll(() => hvorfor.getAttribute("open")).not.toBeNull();
    const forklaring = await tekst(page, ids.overblik.hvorforTekst("MINPLAN"));
    expect(forklaring).toContain("Loven siger, at planen (Min plan) skal offentliggøres");
    expect(forklaring).toContain("fordi du havde din første jobsamtale i forløbet 10. november 2026");
    expect(forklaring).toContain("LAB § 42");
    expect(await tekst(page, ids.overblik.henvisning("MINPLAN"))).toBe("LAB § 42");
    expect(await tekst(page, ids.overblik.gyldigFra("MINPLAN"))).toBe("1. januar 2024");
    expect(await tekst(page, ids.overblik.frist("MINPLAN"))).toContain("11. november 2026");
    await tjekOgsaaPaaTelefon(page, "Min side med Hvorfor? åbnet");

    // The next conversation (from "Mine samtaler") and until when she can move it herself.
    expect(await tekst(page, samtaleBorgerIds.minSide.naeste)).toMatch(/Næste samtale:/);
    expect(await tekst(page, ids.overblik.flyt)).toMatch(
      /^Du kan selv flytte eller aflyse samtalen indtil \d{1,2}\. \w+ \d{4} kl\. \d{1,2}\.\d{2} på Mine samtaler\.$/,
    );
    // A person to talk to: the jobcentre's phone and opening hours.
    expect(await tekst(page, ids.overblik.telefon)).toMatch(/^\d{2} \d{2} \d{2} \d{2}$/);
    expect(await tekst(page, ids.overblik.aabningstider)).toContain("Mandag");
    await page.getByTestId(ids.overblik.flytLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/samtaler");
    await settled(page);
    await h1(page, /samtaler/i);

    // Her whole plan: the job goal and the activities, each said to be agreed with her.
    await page.goto("/borger");
    await settled(page);
    const planKort = page.getByTestId(ids.overblik.planKort);
    expect(await planKort.textContent()).toContain("Job som projektleder i byggebranchen");
    await page.getByTestId(ids.overblik.planLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/plan");
    await settled(page);
    await h1(page, "Min plan");
    expect(await tekst(page, ids.plan.punkt(JOBMAAL))).toContain("Job som projektleder i byggebranchen");
    expect(await tekst(page, ids.plan.aftalt(JOBMAAL))).toBe("Aftalt med dig");
    expect(await page.getByTestId(ids.plan.aktiviteter).locator("li").count()).toBeGreaterThanOrEqual(2);
    expect(await tekst(page, ids.plan.page)).toContain("11. november 2026");
    await tjekOgsaaPaaTelefon(page, "Min plan");
  });
});
