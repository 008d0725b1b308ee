import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import {
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  h1,
  loginAs,
  openCase,
  openTab,
  settled,
  testIds,
  useJourney,
  demoId,
} from "./support.ts";

/** The demo's fixed ids (seed/ids.ts demoId): Mette and her thread waiting for her (seed/dialog.ts). */
const METTE = demoId(301);
const FERIE_TRAAD = demoId(7001);

/** A small but real PDF (the server checks the first bytes, "%PDF-"). */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const tekst = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

/**
 * The secure dialog and "Tjek dine oplysninger" in the browser, the citizen on a phone (390 px): Mette corrects her
 * phone number (first with a mistake) and confirms her languages; she writes to the jobcentre with a PDF, checks the
 * summary and gets the receipt with the promised answer day; Lone finds it in her inbox and in the case's Dialog tab,
 * sees the flagged correction under Selvbetjening and marks it handled, and answers; Mette sees the answer and that
 * her message was read. Axe on every state.
 */
describe("borgeren retter sit telefonnummer og skriver til jobcentret; sagsbehandleren svarer", () => {
  const journey = useJourney();

  test("Mette retter telefon og bekræfter sprog, sender en besked med bilag; Lone ser rettelsen og svarer; Mette ser svaret og Læst", async () => {
    const mette = await journey.newPage();
    await mette.setViewportSize({ width: 390, height: 844 });
    await loginAs(mette, "borger", "borger-mette");

    // Min side: the card says how many threads wait for her (the seeded holiday question).
    const kort = mette.getByTestId(ids.kort.card);
    await kort.waitFor();
    await expect.poll(() => tekst(mette, ids.kort.venterPaaDig)).toBe("1 besked venter på svar fra dig.");
    await expectNoSeriousA11yViolations(mette, "Min side med beskedkortet (390 px)");

    // Tjek dine oplysninger
    await mette.getByTestId(ids.kort.oplysningerLink).click();
    await mette.waitForURL((u) => u.pathname === "/borger/oplysninger");
    await settled(mette);
    await h1(mette, "Tjek dine oplysninger");
    expect(await tekst(mette, ids.oplysninger.vaerdi("kontakt"))).toContain("22 33 44 55");
    expect(await tekst(mette, ids.oplysninger.vaerdi("sprog"))).toBe("dansk (modersmål), engelsk (flydende)");
    await expectNoSeriousA11yViolations(mette, "Tjek dine oplysninger (390 px)");
    await expectNoHorizontalScroll(mette, "Tjek dine oplysninger");

    // a wrong number first: a clear Danish error on the field
    await mette.getByTestId(ids.oplysninger.ret("kontakt")).click();
    await mette.getByTestId(ids.oplysninger.telefon).fill("1234");
    await mette.getByTestId(ids.oplysninger.gem("kontakt")).click();
    const fejl = mette.getByTestId(ids.oplysninger.form("kontakt")).locator(".form-error-message");
    await fejl.first().waitFor();
    expect(await fejl.first().textContent()).toContain("Skriv et dansk telefonnummer med 8 cifre, fx 22 33 44 55.");
    await expectNoSeriousA11yViolations(mette, "rettelse med fejl");
    await mette.getByTestId(ids.oplysninger.telefon).fill("+45 87 65 43 21");
    await mette.getByTestId(ids.oplysninger.gem("kontakt")).click();
    await mette.getByTestId(ids.oplysninger.kvittering("kontakt")).waitFor();
    expect(await tekst(mette, ids.oplysninger.kvittering("kontakt"))).toContain("Din rettelse er gemt og gælder nu");
    expect(await tekst(mette, ids.oplysninger.vaerdi("kontakt"))).toContain("87 65 43 21");
    await expectNoSeriousA11yViolations(mette, "kvittering for rettet telefonnummer");

    // her languages are right: confirmed
    await mette.getByTestId(ids.oplysninger.bekraeft("sprog")).click();
    await mette.getByTestId(ids.oplysninger.kvittering("sprog")).waitFor();
    expect(await tekst(mette, ids.oplysninger.kvittering("sprog"))).toContain("Du har bekræftet");
    expect(await tekst(mette, ids.oplysninger.senest("sprog"))).toMatch(/^Du bekræftede oplysningerne/);
    await expectNoSeriousA11yViolations(mette, "bekræftede sprog");

    // A new message with an attachment: write → check → send → receipt
    await mette.goto("/borger/dialog");
    await settled(mette);
    await h1(mette, "Beskeder med jobcentret");
    expect(await tekst(mette, ids.liste.status(FERIE_TRAAD))).toBe("Venter på svar fra dig");
    expect(await tekst(mette, ids.liste.svartid)).toContain("Vi svarer inden for 3 arbejdsdage");
    await expectNoSeriousA11yViolations(mette, "beskedlisten (390 px)");
    await mette.getByTestId(ids.liste.ny).click();
    await mette.waitForURL((u) => u.pathname === "/borger/dialog/ny");
    await settled(mette);
    // nothing filled in: the errors say what is missing
    await mette.getByTestId(ids.ny.fortsaet).click();
    await mette.getByText("Skriv et emne.").first().waitFor();
    await expectNoSeriousA11yViolations(mette, "ny besked med fejl");
    await mette.getByTestId(ids.ny.emne).fill("Lægeerklæring");
    await mette.getByTestId(ids.ny.tekst).fill("Hej Lone. Her er lægeerklæringen fra i går, som vi talte om.");
    await mette
      .getByTestId(ids.ny.filer)
      .setInputFiles({ name: "laegeerklaering.pdf", mimeType: "application/pdf", buffer: PDF });
    await mette.getByText("laegeerklaering.pdf").waitFor();
    await expectNoSeriousA11yViolations(mette, "ny besked udfyldt");
    await mette.getByTestId(ids.ny.fortsaet).click();
    await mette.getByTestId(ids.ny.opsummering).waitFor();
    await h1(mette, "Tjek din besked");
    expect(await tekst(mette, ids.ny.opsummering)).toContain("laegeerklaering.pdf");
    await expectNoSeriousA11yViolations(mette, "opsummering af beskeden");
    // a double click sends one message
    await mette.getByTestId(ids.ny.send).dblclick();
    await mette.getByTestId(ids.ny.kvittering).waitFor();
    expect(await tekst(mette, ids.ny.frist)).toMatch(/^Du kan forvente svar senest \S+dag den \d+\. \S+ \d{4}\.$/);
    await expectNoSeriousA11yViolations(mette, "kvittering for besked");
    await expectNoHorizontalScroll(mette, "kvittering for besked");
    await mette.getByTestId(ids.ny.tilTraad).click();
    await mette.waitForURL((u) => /^\/borger\/dialog\/[0-9a-f-]{36}$/.test(u.pathname));
    await settled(mette);
    const traadId = mette.url().split("/").pop()!;
    expect(await tekst(mette, ids.traad.status)).toBe("Venter på svar fra os");
    const beskeder = mette.getByTestId(ids.traad.beskeder).locator("li.ju-dialog-besked");
    expect(await beskeder.count()).toBe(1);
    expect(await beskeder.first().textContent()).toContain("Ikke læst endnu");
    await expectNoSeriousA11yViolations(mette, "tråden før svar");

    // Lone: the inbox, the case tab, the flagged correction, the answer
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    // her home shows how many threads wait for an answer from us, and leads to the inbox
    await expect
      .poll(() => tekst(lone, ids.indbakke.link))
      .toMatch(/^Dialog-indbakke: \d+ beskeder venter på svar fra os/);
    await lone.getByTestId(ids.indbakke.link).click();
    await lone.waitForURL((u) => u.pathname === "/medarbejder/dialog");
    await settled(lone);
    await h1(lone, "Dialog-indbakke");
    await lone.getByTestId(ids.indbakke.raekke(traadId)).waitFor();
    expect(await tekst(lone, ids.indbakke.raekke(traadId))).toContain("Mette Nielsen");
    expect(await tekst(lone, ids.indbakke.rettelser)).toContain("Kontaktoplysninger");
    await expectNoSeriousA11yViolations(lone, "dialog-indbakken");

    await openCase(lone, METTE, "selvbetjening");
    const flag = lone.getByTestId(ids.sektion.tilBehandling);
    await flag.waitFor();
    expect(await flag.textContent()).toContain("fra Telefonnummer: 22 33 44 55");
    expect(await flag.textContent()).toContain("87 65 43 21");
    await expectNoSeriousA11yViolations(lone, "Selvbetjening med rettelse");
    const rettelse = flag.locator("li").filter({ hasText: "87 65 43 21" });
    await rettelse.getByRole("button", { name: "Markér som behandlet" }).click();
    await expect.poll(async () => flag.locator("li").filter({ hasText: "87 65 43 21" }).count()).toBe(0);

    await openTab(lone, "dialog");
    await lone.getByTestId(ids.fane.traad(traadId)).waitFor();
    await lone.getByTestId(ids.fane.aaben(traadId)).click();
    await lone.getByTestId(ids.traad.svarForm).waitFor();
    const bilag = lone.getByTestId(ids.traad.beskeder).getByRole("link", { name: "laegeerklaering.pdf" });
    await bilag.waitFor();
    await expectNoSeriousA11yViolations(lone, "tråden i sagens Dialog-fane");
    await lone.getByTestId(ids.traad.svarTekst).fill("Tak, Mette. Jeg har lagt lægeerklæringen på din sag.");
    await lone.getByTestId(ids.traad.send).click();
    await lone.getByTestId(ids.traad.kvittering).waitFor();
    await expect.poll(() => tekst(lone, ids.traad.status)).toBe("Kræver ikke svar");
    await expectNoSeriousA11yViolations(lone, "svar sendt");

    // the case's timeline: Mette's new thread and Lone's answer are case events
    await openCase(lone, METTE, "tidslinje");
    const tidslinje = lone.getByTestId(testIds.sag.timeline);
    await tidslinje.locator("tr", { hasText: "Borgeren skrev til jobcentret i dialogen: «Lægeerklæring»" }).waitFor();
    await tidslinje
      .locator("tr", { hasText: "Lone Sørensen besvarede borgerens besked i dialogen: «Lægeerklæring»" })
      .waitFor();
    await expectNoSeriousA11yViolations(lone, "sagens tidslinje med dialogen");

    // Mette sees the answer and that her message was read
    await mette.reload();
    await settled(mette);
    await expect.poll(() => beskeder.count()).toBe(2);
    expect(await beskeder.nth(0).textContent()).toMatch(/Læst \d/);
    expect(await beskeder.nth(1).textContent()).toContain("Jeg har lagt lægeerklæringen på din sag.");
    expect(await tekst(mette, ids.traad.status)).toBe("Besvaret");
    await expectNoSeriousA11yViolations(mette, "tråden med svar (390 px)");
    await expectNoHorizontalScroll(mette, "tråden med svar");
  });

  test("administratoren sætter kommunens svartid; en forkert værdi får en dansk fejl", async () => {
    const admin = await journey.newPage();
    await loginAs(admin, "medarbejder", "admin-jens");
    await admin.getByTestId(ids.admin.link).click();
    await admin.waitForURL((u) => u.pathname === "/admin/dialog");
    await settled(admin);
    await h1(admin, "Svartid på borgernes beskeder");
    expect(await admin.getByTestId(ids.admin.felt).inputValue()).toBe("3");
    await expectNoSeriousA11yViolations(admin, "svartid");
    await admin.getByTestId(ids.admin.felt).fill("45");
    await admin.getByTestId(ids.admin.gem).click();
    await admin.locator(".form-error-message").first().waitFor();
    await expectNoSeriousA11yViolations(admin, "svartid med fejl");
    await admin.getByTestId(ids.admin.felt).fill("5");
    await admin.getByTestId(ids.admin.gem).click();
    await admin.getByTestId(ids.admin.kvittering).waitFor();
    expect(await tekst(admin, ids.admin.kvittering)).toContain("Svartiden er nu 5 arbejdsdage");
    await expectNoSeriousA11yViolations(admin, "svartid gemt");
  });
});
