import { describe, expect, test } from "vitest";
import { befordringIds as ids } from "#contracts/testids-befordring.ts";
import {
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  openCase,
  settled,
  testIds,
  useJourney,
  demoId,
  tekst,
  tjekOgsaaPaaTelefon,
} from "./support.ts";

/** The demo's fixed ids (seed/ids.ts demoId): Mette, and her work placement in Køge (seed/befordring.ts). */
const METTE = demoId(301);
const PRAKTIK = demoId(9001);

/**
 * Transport allowance in the browser: Mette claims for her work placement in Køge, sees the distance computed from
 * the postcodes and the amount by the rule in force, submits once and gets a receipt; Lone approves the claim in the
 * case's tab "Selvbetjening"; Mette sees it approved on the page and on the card. Axe on every state, and at phone
 * width (390 px) too.
 */
describe("befordringsgodtgørelse fra Min side til afgørelse", () => {
  const journey = useJourney();

  test("Mette søger om befordringsgodtgørelse til sin praktik, Lone godkender, og Mette ser afgørelsen", async () => {
    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");

    // Min side: the card with her demo claims (one approved, one waiting) and the way to claim.
    const kort = mette.getByTestId(ids.kort.card);
    await kort.getByTestId(ids.kort.seneste).waitFor();
    expect(await kort.locator("h2").textContent()).toBe("Befordringsgodtgørelse");
    await tjekOgsaaPaaTelefon(mette, "Min side med befordringskortet");
    await kort.getByTestId(ids.kort.link).click();
    await h1(mette, "Befordringsgodtgørelse");
    await settled(mette);

    // The rule in words with its reference and how sure the rate is.
    expect(await tekst(mette, ids.side.regel)).toContain("24 km");
    expect(await tekst(mette, ids.side.regel)).toContain("LAB § 175, stk. 1-3");
    await tjekOgsaaPaaTelefon(mette, "befordringssiden");

    // Asking without choosing: the errors are named.
    await mette.getByTestId(ids.side.beregn).click();
    await mette.getByTestId(testIds.problem.summary).waitFor();
    expect(await tekst(mette, testIds.problem.summary)).toContain("Vælg den aktivitet");
    await expectNoSeriousA11yViolations(mette, "befordring: fejl i formularen");

    // The placement, the place's postcode and her two latest days.
    await mette.getByTestId(ids.side.aktivitet(PRAKTIK)).check();
    await mette.getByTestId(ids.side.tilPostnr).fill("4600");
    const dage = mette.getByTestId(ids.side.dage).locator('input[data-testid^="transport-day-2"]');
    const antal = await dage.count();
    expect(antal).toBeGreaterThanOrEqual(2);
    await dage.nth(antal - 1).check();
    await dage.nth(antal - 2).check();
    await tjekOgsaaPaaTelefon(mette, "befordring: aktivitet og dage valgt");

    // The summary: 4000 Roskilde → 4600 Køge is 27.8 km each way (great circle × 1.3); (55.6 − 24) km × 2 days ×
    // 1.14 kr. = 72.05 kr., paid as 72 kr.
    await mette.getByTestId(ids.side.beregn).click();
    await mette.getByTestId(ids.side.oversigt).waitFor();
    expect(await tekst(mette, ids.side.afstand)).toBe("27,8 km hver vej, 55,6 km tur-retur pr. dag");
    expect(await tekst(mette, ids.side.metode)).toContain("ganget med 1,3");
    expect(await tekst(mette, ids.side.beloeb)).toBe("72,05 kr.");
    expect(await tekst(mette, ids.side.udbetales)).toBe("72,00 kr.");
    expect(await tekst(mette, ids.side.oversigtRegel)).toContain("LAB § 175, stk. 1-3");
    await tjekOgsaaPaaTelefon(mette, "befordring: oversigt før afsendelse");

    // Sent once, however often she clicks; the receipt names the number, the time and the jobcentre.
    await mette.getByTestId(ids.side.send).dblclick();
    await mette.getByTestId(ids.side.kvittering).waitFor();
    const nummer = (await tekst(mette, ids.side.kvitteringsnr)).replace("Kvitteringsnummer: ", "").trim();
    expect(nummer).toMatch(/^BEF-\d{8}-[0-9A-F]{6}$/);
    expect(await tekst(mette, ids.side.kvitteringJobcenter)).toMatch(/behandles af .*Jobcenter|behandles af .+/);
    await tjekOgsaaPaaTelefon(mette, "befordring: kvittering");
    const liste = mette.getByTestId(ids.side.liste);
    await expect.poll(() => liste.locator("article", { hasText: nummer }).count()).toBe(1);
    const egne = (await mette.request.get("/api/borger/befordring").then((r) => r.json())) as {
      ansoegninger: { id: string; kvitteringsnr: string; status: string }[];
    };
    const claim = egne.ansoegninger.find((c) => c.kvitteringsnr === nummer)!;
    expect(claim.status).toBe("indsendt");
    expect(egne.ansoegninger.filter((c) => c.kvitteringsnr === nummer)).toHaveLength(1);

    // Lone opens Mette's case, tab Selvbetjening, and approves the claim.
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, METTE, "selvbetjening");
    const sektion = lone.getByTestId(ids.sektion.section);
    await sektion.getByTestId(ids.sektion.ansoegning(claim.id)).waitFor();
    expect(await tekst(lone, ids.sektion.afstand(claim.id))).toContain("27,8 km hver vej (4000 Roskilde → 4600 Køge)");
    expect(await tekst(lone, ids.sektion.beloeb(claim.id))).toContain("72,05 kr.");
    await tjekOgsaaPaaTelefon(lone, "sagens selvbetjening med befordringsansøgninger");
    await lone.getByTestId(ids.sektion.gem(claim.id)).click();
    await lone.getByTestId(testIds.problem.summary).waitFor();
    await lone.getByTestId(ids.sektion.godkend(claim.id)).check();
    await lone.getByTestId(ids.sektion.gem(claim.id)).click();
    await expect.poll(() => tekst(lone, ids.sektion.status(claim.id))).toBe("Godkendt");
    expect(await tekst(lone, ids.sektion.afgoerelse(claim.id))).toContain("LAB § 175, stk. 1-3");
    await tjekOgsaaPaaTelefon(lone, "befordringsansøgning godkendt");

    // Mette sees the decision on the page and on the card.
    await mette.reload();
    await settled(mette);
    await expect.poll(() => tekst(mette, ids.side.status(claim.id))).toBe("Godkendt");
    expect(await tekst(mette, ids.side.afgoerelse(claim.id))).toContain("er godkendt");
    await tjekOgsaaPaaTelefon(mette, "befordring: afgørelsen");
    await mette.goto("/borger");
    await settled(mette);
    await expect.poll(() => tekst(mette, ids.kort.status(claim.id))).toBe("Godkendt");
    await expectNoSeriousA11yViolations(mette, "Min side med den godkendte ansøgning");
  });
});
