import { describe, expect, test } from "vitest";
import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { h1, loginAs, settled, testIds, useJourney, tekst, tjekOgsaaPaaTelefon } from "./support.ts";

const BISIDDER = "Karen Holm";

/**
 * The companion (bisidder) in two browsers: Mette gives Karen read access for 7 days (form, summary, receipt with
 * the link and the one-time code); Karen opens the link in her own browser, types the code and reads Mette's overview
 * without the CPR number and without any action; Mette sees Karen's use in "Hvem har set mine oplysninger"; Mette
 * removes the access, and Karen's page says so. Axe on every state, and at phone width too.
 */
describe("bisidder: adgang med link og engangskode, log og tilbagekaldelse", () => {
  const journey = useJourney();

  test("Mette giver Karen adgang, Karen læser overblikket, Mette ser det i loggen og fjerner adgangen", async () => {
    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");
    await mette.getByTestId(ids.overblik.bisidderLink).click();
    await mette.waitForURL((u) => u.pathname === "/borger/bisidder");
    await settled(mette);
    await h1(mette, "Bisidder");
    await tjekOgsaaPaaTelefon(mette, "bisiddersiden");

    // The form refuses an empty name, then the summary, then the receipt with the link and the code.
    await mette.getByTestId(ids.bisidder.fortsaet).click();
    await mette.getByTestId(testIds.problem.summary).waitFor();
    await tjekOgsaaPaaTelefon(mette, "bisidderformularen med fejl");
    await mette.getByTestId(ids.bisidder.navn).fill(BISIDDER);
    await mette.getByTestId(ids.bisidder.dage).selectOption("7");
    await mette.getByTestId(ids.bisidder.fortsaet).click();
    const resume = mette.getByTestId(ids.bisidder.resume);
    await resume.waitFor();
    expect(await resume.textContent()).toContain(BISIDDER);
    expect(await resume.textContent()).toContain("Ikke dit CPR-nummer");
    await tjekOgsaaPaaTelefon(mette, "resumé før bisidderadgang");
    await mette.getByTestId(ids.bisidder.giv).click();
    await mette.getByTestId(ids.bisidder.kvittering).waitFor();
    const link = await tekst(mette, ids.bisidder.link);
    const kode = await tekst(mette, ids.bisidder.kode);
    expect(link).toMatch(/\/bisidder\/0265-[A-Za-z0-9_-]{43}$/);
    expect(kode).toMatch(/^\d{4} \d{4}$/);
    await tjekOgsaaPaaTelefon(mette, "kvittering med link og kode");
    const raekke = mette.getByTestId(ids.bisidder.liste).locator("article", { hasText: BISIDDER });
    expect(await raekke.textContent()).toContain("Venter på koden");

    // Karen, in her own browser without any login: the link, the code, and Mette's overview, read-only.
    const karen = await journey.newPage();
    await karen.goto(link);
    await karen.getByTestId(ids.offentlig.kodeForm).waitFor();
    await h1(karen, "Bisidderadgang");
    await tjekOgsaaPaaTelefon(karen, "bisidderens kodeside");
    await karen.getByTestId(ids.offentlig.kode).fill("0000 0000");
    await karen.getByTestId(ids.offentlig.aabn).click();
    await karen.getByTestId(testIds.problem.summary).waitFor();
    expect(await tekst(karen, testIds.problem.summary)).toContain("Koden er forkert. Du har 4 forsøg tilbage.");
    await tjekOgsaaPaaTelefon(karen, "bisidderens kodeside med forkert kode");
    await karen.getByTestId(ids.offentlig.kode).fill(kode);
    await karen.getByTestId(ids.offentlig.aabn).click();
    await karen.getByTestId(ids.offentlig.overblik).waitFor();
    await h1(karen, "Mette Nielsens overblik");
    const side = (await karen.locator("main").textContent()) ?? "";
    expect(side).toContain("Du læser som bisidder: Karen Holm");
    expect(side).toContain("Job som projektleder i byggebranchen");
    expect(side).not.toMatch(/150388|CPR-nummer:/);
    // read-only: no way to book, move or write
    expect(await karen.locator("main form").count()).toBe(0);
    expect(await karen.locator('main a[href^="/borger"]').count()).toBe(0);
    await karen.getByTestId(ids.overblik.hvorfor("MINPLAN")).locator("summary").click();
    expect(await tekst(karen, ids.overblik.henvisning("MINPLAN"))).toBe("LAB § 42");
    await tjekOgsaaPaaTelefon(karen, "bisidderens overblik");

    // Mette's access log has Karen's two uses, with the role "Bisidder".
    await mette.goto("/borger/adgangslog");
    await settled(mette);
    const rows = mette.getByTestId(testIds.borger.accessLogRow).filter({ hasText: BISIDDER });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain("Bisidder");
    expect(await mette.getByTestId(testIds.borger.accessLogTable).textContent()).toContain(
      "Bisidder åbnede adgangen med engangskode",
    );
    await tjekOgsaaPaaTelefon(mette, "adgangsloggen med bisidderen");

    // Mette removes the access (with confirmation) and gets a receipt.
    await mette.goto("/borger/bisidder");
    await settled(mette);
    const kort = mette.getByTestId(ids.bisidder.liste).locator("article", { hasText: BISIDDER });
    expect(await kort.textContent()).toContain("Aktiv");
    await kort.getByRole("button", { name: /Fjern adgang/ }).click();
    await mette.getByTestId(ids.bisidder.bekraeftTilbagekald).waitFor();
    await tjekOgsaaPaaTelefon(mette, "bekræft fjern adgang");
    await mette.getByTestId(ids.bisidder.bekraeftTilbagekald).click();
    await mette.getByTestId(ids.bisidder.tilbagekaldtKvittering).waitFor();
    await expect.poll(async () => (await kort.textContent()) ?? "").toContain("Fjernet");
    await tjekOgsaaPaaTelefon(mette, "kvittering for fjernet adgang");

    // Karen's page now says the access is removed, and shows nothing of Mette's.
    await karen.reload();
    await karen.getByTestId(ids.offentlig.lukket).waitFor();
    expect(await tekst(karen, ids.offentlig.lukket)).toContain("Borgeren har fjernet din adgang.");
    expect((await karen.locator("main").textContent()) ?? "").not.toContain("Mette");
    await tjekOgsaaPaaTelefon(karen, "bisidderens side efter tilbagekaldelse");
  });
});
