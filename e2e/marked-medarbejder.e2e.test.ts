import { describe, expect, test } from "vitest";
import { markedLedelseIds as ledelseIds } from "#contracts/testids-marked-ledelse.ts";
import { markedMedarbejderIds as ids } from "#contracts/testids-marked-medarbejder.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  loginAs,
  openCase,
  openTab,
  settled,
  testIds,
  useJourney,
} from "./support.ts";

/**
 * The marketplace for the jobcentre's staff in the browser: the caseworker's "Forløb og tilbud" tab in a case (the
 * citizen's tokens, enrolments, suggestions with their reasons, and assigning an offer as a formal tilbud that lands on
 * the case's timeline), the manager reading the same tab, and the manager's marketplace page with uptake, spending
 * and the measured effect.
 */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Mette Nielsen (dagpenge, Roskilde), Lone Sørensen's citizen. */
const METTE = id(301);
/** Mette's enrolments from the demo seed: the LinkedIn course (40 % done) and the Excel course. */
const METTE_LINKEDIN = id(3101);
const METTE_EXCEL = id(3102);
/** The blended offer "Truckcertifikat – teori online og praktisk prøve" (seed/marked.ts). */
const TRUCK = id(3002);
const TRUCK_TITEL = "Truckcertifikat – teori online og praktisk prøve";

describe("markedspladsen for jobcentrets medarbejdere: forløb og tilbud i sagen, og ledelsens overblik", () => {
  const journey = useJourney();

  test("Lone sees Mette's courses and suggestions, grants the truck certificate as a tilbud, and it lands on the case", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, METTE, "forloeb");
    await lone.getByTestId(ids.panel).waitFor();

    // The tokens and the enrolments Mette chose herself (demo seed), with status, progress and the provider's reports.
    expect(Number(await lone.getByTestId(ids.tokens).textContent())).toBeGreaterThan(0);
    const linkedin = lone.getByTestId(ids.tilmeldinger.item(METTE_LINKEDIN));
    expect(await linkedin.textContent()).toContain("Jobsøgning med LinkedIn og et skarpt CV");
    expect(await lone.getByTestId(ids.tilmeldinger.kilde(METTE_LINKEDIN)).textContent()).toBe("Valgt af borgeren");
    expect(await lone.getByTestId(ids.tilmeldinger.status(METTE_LINKEDIN)).textContent()).toBe("I gang");
    expect(await lone.getByTestId(ids.tilmeldinger.progress(METTE_LINKEDIN)).getAttribute("value")).toBe("40");
    expect(await lone.getByTestId(ids.tilmeldinger.item(METTE_EXCEL)).textContent()).toContain(
      "Excel og kontorsoftware fra bunden",
    );
    await lone.getByTestId(ids.tilmeldinger.reportsToggle(METTE_LINKEDIN)).click();
    const rapporter = lone.getByTestId(ids.tilmeldinger.reports(METTE_LINKEDIN));
    await rapporter.waitFor();
    expect(await rapporter.textContent()).toMatch(/Fremskridt \(40\s%\)/);
    await expectNoSeriousA11yViolations(lone, "sagen: forløb og tilbud");

    // Mette now also aims at warehouse work: a job goal in the plan, which the suggestions build on.
    await openTab(lone, "plan");
    await lone.getByTestId(testIds.planForm.art).selectOption("maal");
    await lone.getByTestId(testIds.planForm.title).fill("Job som lagermedarbejder");
    await lone.getByTestId(testIds.planForm.agreed).check();
    await lone.getByTestId(testIds.planForm.save).click();
    await lone.getByTestId(testIds.planForm.receipt).waitFor();

    // The suggestions, each with its reason; the truck certificate teaches skills Mette lacks for the goal.
    await openTab(lone, "forloeb");
    const forslag = lone.getByTestId(ids.forslag.list);
    await forslag.waitFor();
    const grunde = await forslag.locator('[data-testid^="case-offers-suggestion-reason-"]').allTextContents();
    expect(grunde.length).toBeGreaterThan(0);
    for (const g of grunde) expect(g.trim().length).toBeGreaterThan(10);
    const truckGrund = (await lone.getByTestId(ids.forslag.grund(TRUCK)).textContent()) ?? "";
    expect(truckGrund).toMatch(/færdigheder|job eller uddannelse/);
    await expectNoSeriousA11yViolations(lone, "sagen: forslag");

    // "Bevilg som tilbud" opens the form with the offer chosen and today as the start; the note explains the rules.
    await lone.getByTestId(ids.forslag.assign(TRUCK)).click();
    const form = lone.getByTestId(ids.tilbud.form);
    await form.waitFor();
    await lone.getByTestId(ids.tilbud.option(TRUCK)).waitFor();
    expect(await lone.getByTestId(ids.tilbud.option(TRUCK)).isChecked()).toBe(true);
    const idag = await lone.evaluate(() =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date()),
    );
    expect(await lone.getByTestId(ids.tilbud.start).inputValue()).toBe(idag);
    expect(await lone.getByTestId(ids.tilbud.note).textContent()).toContain(
      "registreres på sagen som tilbud med start, slut og antal uger og tæller med i reglerne om tilbud",
    );
    await expectNoSeriousA11yViolations(lone, "bevilg tilbud: formularen");

    // A missing choice is explained in Danish before anything is sent.
    await lone.getByTestId(ids.tilbud.search).fill("findes ikke i kataloget");
    await lone.getByTestId(ids.tilbud.searchSubmit).click();
    await lone.getByTestId(ids.tilbud.noResults).waitFor();
    await lone.getByTestId(ids.tilbud.submit).click();
    const fejl = lone.getByTestId(testIds.problem.summary);
    await fejl.waitFor();
    expect(await fejl.textContent()).toContain("Vælg det forløb, der skal bevilges.");
    await expectNoSeriousA11yViolations(lone, "bevilg tilbud: fejl");

    // Search for it again, choose it and grant it.
    await lone.getByTestId(ids.tilbud.search).fill("Truckcertifikat");
    await lone.getByTestId(ids.tilbud.searchSubmit).click();
    await lone.getByTestId(ids.tilbud.option(TRUCK)).check();
    await lone.getByTestId(ids.tilbud.submit).click();
    const kvittering = lone.getByTestId(ids.tilbud.receipt);
    await kvittering.waitFor();
    const kvitteringTekst = (await kvittering.textContent()) ?? "";
    expect(kvitteringTekst).toContain("Tilbuddet er bevilget");
    expect(kvitteringTekst).toContain(TRUCK_TITEL);
    expect(kvitteringTekst).toContain("40 tokens er betalt af kommunens budget");

    // The tilbud in the list, marked as granted by the jobcentre.
    const tilbud = lone.getByTestId(ids.tilmeldinger.list).locator("li", { hasText: TRUCK_TITEL });
    await tilbud.waitFor();
    expect(await tilbud.textContent()).toContain("Tilbud bevilget af jobcentret");
    expect(await tilbud.textContent()).toContain("40 tokens fra kommunens budget");
    // … and no longer among the suggestions
    await expect.poll(() => lone.getByTestId(ids.forslag.item(TRUCK)).count()).toBe(0);
    await settled(lone);
    await expectNoSeriousA11yViolations(lone, "bevilg tilbud: kvittering");

    // On a phone the tab reflows without sideways scrolling.
    await lone.setViewportSize({ width: 375, height: 740 });
    await expectNoHorizontalScroll(lone, "sagen: forløb og tilbud på en telefon");
    await lone.setViewportSize({ width: 1280, height: 800 });

    // The case's timeline shows the tilbud (TILBUD_START).
    await openTab(lone, "tidslinje");
    const raekke = lone.getByTestId(testIds.sag.timeline).locator("tr", { hasText: `Tilbud: ${TRUCK_TITEL}` });
    await raekke.waitFor();
    expect(await raekke.textContent()).toContain("Kursushuset Sjælland ApS");
    await expectNoSeriousA11yViolations(lone, "sagen: tidslinjen med tilbuddet");
  });

  test("Birgitte (leder) reads Mette's courses without the assign form, and follows the marketplace's figures", async () => {
    const leder = await journey.newPage();
    await loginAs(leder, "ledelse", "leder-birgitte");

    // The case's tab, read only.
    await openCase(leder, METTE, "forloeb");
    await leder.getByTestId(ids.readOnly).waitFor();
    await leder.getByTestId(ids.tilmeldinger.item(METTE_LINKEDIN)).waitFor();
    expect(await leder.getByTestId(ids.tilbud.section).count()).toBe(0);
    expect(await leder.locator('[data-testid^="case-offers-suggestion-assign-"]').count()).toBe(0);
    await expectNoSeriousA11yViolations(leder, "sagen: forløb og tilbud for en leder");

    // The marketplace page, from the overview.
    await leder.goto("/ledelse");
    await settled(leder);
    await leder.getByTestId(ledelseIds.overblikLink).click();
    await leder.getByTestId(ledelseIds.page).waitFor();
    await settled(leder);
    expect(await leder.locator("h1").textContent()).toBe("Markedspladsen");
    const tabel = leder.getByTestId(ledelseIds.table);
    await tabel.waitFor();
    expect(await tabel.locator("tbody tr").count()).toBeGreaterThanOrEqual(5);
    // sorted by uptake: the first row has the most enrolments
    const optag = (await tabel.locator("tbody tr td:nth-child(4)").allTextContents()).map((x) => Number(x));
    expect(optag).toEqual([...optag].sort((a, b) => b - a));
    expect(await leder.getByTestId(ledelseIds.row(TRUCK)).textContent()).toContain(TRUCK_TITEL);
    expect(await leder.getByTestId(ledelseIds.effekt(TRUCK)).textContent()).toContain("Ikke nok data");
    expect(await leder.getByTestId(ledelseIds.balanced).textContent()).toContain("Ja");
    expect(await leder.getByTestId(ledelseIds.method).textContent()).toContain("mindst 20");
    await expectNoSeriousA11yViolations(leder, "ledelsen: markedspladsen");

    // Sorting by title.
    await leder.getByTestId(ledelseIds.sort).selectOption("titel");
    const titler = await tabel.locator("tbody th").allTextContents();
    expect(titler).toEqual([...titler].sort((a, b) => a.localeCompare(b, "da")));

    // Compute the effect again: the time of the calculation is shown.
    await leder.getByTestId(ledelseIds.recompute).click();
    await expect
      .poll(async () => (await leder.getByTestId(ledelseIds.recomputed).textContent()) ?? "")
      .toContain("Effekten er beregnet igen");
    await expectNoSeriousA11yViolations(leder, "ledelsen: effekten beregnet igen");

    await leder.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(leder, "ledelsen: markedspladsen på en telefon");
  });
});
