import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { expectNoSeriousA11yViolations, loginAs, settled, testIds, useJourney } from "./support.ts";

/** The demo citizen Ahmad Hassan: jobparat kontanthjælp since May 2026, born 1995, Roskilde 4000, Lone's citizen. */
const AHMAD = "00000000-0000-4000-8000-000000000302";
const DOKUMENT = {
  name: "mail-fra-ahmad.txt",
  titel: "Mail fra Ahmad om rygsmerter",
  tekst:
    "Hej Lone. Borgeren har rygsmerter og udeblev fra samtalerne i august, fordi han ikke kunne sidde ned. Han vil gerne have en ny tid. Venlig hilsen Ahmad",
};

/** The case's tab `fane`, once the case is shown. */
async function openTab(page: Page, fane: string) {
  await page.getByTestId(testIds.sag.tab(fane)).click();
  await page.getByTestId(testIds.sag.panel(fane)).waitFor();
}

/**
 * The caseworker's day with a case, end to end: Min sagsstamme by the law's deadlines, the case with its overdue
 * obligation and legal reference, a note from a macro text, an uploaded document found again by a Danish full-text
 * search in an inflected form; and the citizen then reads every one of those accesses in their own log.
 */
describe("en jobkonsulent arbejder i en sag ud fra lovens frister, og borgeren kan se det", () => {
  const journey = useJourney();

  test("Lone finds Ahmad among the overdue cases, reads the rule, writes a note, uploads a document and finds it again; Ahmad sees it all", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");

    // Min sagsstamme: the ready-made filter, then the free filters; all of it lands in the address.
    await lone.getByTestId(testIds.medarbejder.caseload).waitFor();
    expect(await lone.locator("h1").textContent()).toBe("Min sagsstamme");
    await expectNoSeriousA11yViolations(lone, "Min sagsstamme");
    const overdue = lone.getByTestId(testIds.sagsstamme.filter("forfaldne"));
    expect(await overdue.textContent()).toMatch(/^Overskredne frister \(\d+\)$/);
    await overdue.click();
    await lone.waitForURL((u) => u.searchParams.get("filter") === "forfaldne");
    // The address changes first; the pressed state follows with the next render.
    await expect.poll(() => overdue.getAttribute("aria-pressed")).toBe("true");
    await lone.getByTestId(testIds.sagsstamme.maalgruppe).selectOption("KONTANTHJAELP_JOBPARAT");
    await lone.getByTestId(testIds.sagsstamme.aldersgruppe).selectOption("30-39");
    await lone.getByTestId(testIds.sagsstamme.postnr).fill("4000");
    await lone.getByTestId(testIds.sagsstamme.apply).click();
    await lone.waitForURL((u) => u.searchParams.get("postnr") === "4000");
    const url = new URL(lone.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      filter: "forfaldne",
      maalgruppe: "KONTANTHJAELP_JOBPARAT",
      aldersgruppe: "30-39",
      postnr: "4000",
    });
    const row = lone.getByTestId(testIds.sagsstamme.row(AHMAD));
    await row.waitFor();
    const rowText = await row.textContent();
    expect(rowText).toContain("Ahmad Hassan");
    expect(rowText).toContain("Overskredet");
    expect(rowText).toMatch(/\d+ uger/);
    await expectNoSeriousA11yViolations(lone, "Min sagsstamme, filtreret");

    // The case, opened with a purpose.
    await lone.getByTestId(testIds.medarbejder.citizenLink(AHMAD)).click();
    await lone.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await lone.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();
    await settled(lone);
    expect(await lone.locator("h1").textContent()).toBe("Ahmad Hassan");
    expect(await lone.getByTestId(testIds.sag.overview).textContent()).toContain("Jobparat kontanthjælpsmodtager");
    await expectNoSeriousA11yViolations(lone, "sagen: overblik");

    // Frister og regler: an overdue obligation with its paragraph; proposals are marked as proposals.
    await openTab(lone, "frister");
    const obligations = lone.getByTestId(testIds.sag.obligation);
    const overdueLab31 = obligations.filter({ hasText: "Overskredet" }).filter({ hasText: "LAB § 31" });
    expect(await overdueLab31.count()).toBeGreaterThan(0);
    expect(await overdueLab31.first().textContent()).toMatch(/\d+ af \d+/);
    if (await lone.getByTestId(testIds.sag.proposals).count()) {
      expect(await lone.locator("#proposals-heading").textContent()).toBe(
        "Forslag – en medarbejder træffer afgørelsen",
      );
    }
    await expectNoSeriousA11yViolations(lone, "sagen: frister og regler");

    // A note from the macro text, placeholders filled from the case; saved once even when clicked twice.
    await openTab(lone, "notater");
    await lone.getByTestId(testIds.sag.newNote).click();
    await lone.getByTestId(testIds.noteEditor.macroSelect).selectOption({ label: "Referat af jobsamtale" });
    await lone.getByTestId(testIds.noteEditor.macroInsert).click();
    const noteText = lone.getByTestId(testIds.noteEditor.text);
    await expect.poll(() => noteText.inputValue()).toContain("Ahmad Hassan");
    expect(await noteText.inputValue()).toContain("Lone Sørensen");
    expect(await noteText.inputValue()).not.toContain("{{");
    await noteText.fill(
      (await noteText.inputValue()).replace("Aftaler: ", "Aftaler: Ahmad sender sit CV og kontakter lægen om ryggen."),
    );
    await expectNoSeriousA11yViolations(lone, "nyt notat");
    await lone.getByTestId(testIds.noteEditor.save).dblclick();
    const receipt = lone.getByTestId(testIds.noteEditor.receipt);
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain("Notatet er gemt");
    const notes = lone.locator(`li[data-testid^="sag-note-"]`).filter({ hasText: "Referat af jobsamtale" });
    expect(await notes.count()).toBe(1);

    // A document: a text file with Danish words in inflected forms.
    await openTab(lone, "dokumenter");
    await lone.getByTestId(testIds.sag.newDocument).click();
    await lone.getByTestId(testIds.upload.file).setInputFiles({
      name: DOKUMENT.name,
      mimeType: "text/plain",
      buffer: Buffer.from(DOKUMENT.tekst, "utf8"),
    });
    await lone.getByTestId(testIds.upload.title).fill(DOKUMENT.titel);
    await lone.getByTestId(testIds.upload.category).selectOption("mail");
    await lone.getByTestId(testIds.upload.submit).click();
    await lone.getByTestId(testIds.upload.receipt).waitFor();
    expect(await lone.getByTestId(testIds.sag.documents).textContent()).toContain(DOKUMENT.titel);

    // Søg i sagen: "samtale" finds "samtalerne" in the document, highlighted.
    await lone.getByTestId(testIds.sag.searchInput).fill("samtale");
    await lone.getByTestId(testIds.sag.searchSubmit).click();
    const caseHit = lone.getByTestId(testIds.soeg.hit).filter({ hasText: DOKUMENT.titel });
    await caseHit.waitFor();
    expect((await caseHit.locator("mark").allTextContents()).join(" ")).toMatch(/samtalerne/i);

    // A reload fetches the case again from the server: the double click saved one note.
    await lone.reload();
    await lone.getByTestId(testIds.sag.panel("dokumenter")).waitFor();
    await openTab(lone, "notater");
    expect(await notes.count()).toBe(1);
    expect(await notes.first().textContent()).toContain("Ahmad Hassan");

    // Søg i sager: across the municipality's cases, with the excerpt and the way to open a note.
    await lone.getByRole("link", { name: "Tilbage til Min sagsstamme" }).click();
    await lone.getByTestId(testIds.medarbejder.searchPageLink).click();
    await lone.getByTestId(testIds.soeg.page).waitFor();
    await lone.getByTestId(testIds.soeg.input).fill("rygsmerter");
    await lone.getByTestId(testIds.soeg.submit).click();
    const hit = lone.getByTestId(testIds.soeg.hit).filter({ hasText: DOKUMENT.titel });
    await hit.waitFor();
    expect(await hit.textContent()).toContain("Ahmad Hassan");
    expect(await hit.locator("mark").allTextContents()).toContain("rygsmerter");
    await settled(lone);
    await expectNoSeriousA11yViolations(lone, "søg i sager");

    await lone.getByTestId(testIds.soeg.input).fill("jobsamtale");
    await lone.getByTestId(testIds.soeg.type).selectOption("notat");
    await lone.getByTestId(testIds.soeg.submit).click();
    await lone.waitForURL((u) => u.searchParams.get("q") === "jobsamtale");
    const noteHit = lone.getByTestId(testIds.soeg.hit).filter({ hasText: "Referat af jobsamtale" });
    await noteHit.getByRole("link", { name: "Referat af jobsamtale" }).click();
    await lone.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await lone.getByTestId(testIds.notat.text).waitFor();
    expect(await lone.getByTestId(testIds.notat.text).textContent()).toContain("Ahmad Hassan");

    await lone.getByTestId(testIds.layout.logout).click();
    await lone.waitForURL((u) => u.pathname === "/");

    // Ahmad sees who opened his case, wrote in it, added a document and found it by searching.
    const ahmad = await journey.newPage();
    await loginAs(ahmad, "borger", "borger-ahmad");
    await ahmad.getByTestId(testIds.borger.accessLogLink).click();
    await ahmad.getByTestId(testIds.borger.accessLogTable).waitFor();
    await settled(ahmad);
    const byLone = ahmad.getByTestId(testIds.borger.accessLogRow).filter({ hasText: "Lone Sørensen" });
    const texts = (await byLone.allTextContents()).join("\n");
    for (const what of [
      "Åbnede din sag",
      "Brugte oplysninger fra din sag i et notat",
      "Skrev et notat i din sag",
      "Lagde et dokument på din sag",
      "Fandt din sag ved en søgning i notater og dokumenter",
      "Læste et notat i din sag",
    ]) {
      expect(texts, what).toContain(what);
    }
    expect(texts).toContain("Sagsbehandling");
  });

  test("a saved note is corrected, not changed: the original stays, marked Rettet with a link to the correction", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await lone.goto(`/medarbejder/borger/${AHMAD}?formaal=SAGSBEHANDLING&fane=notater`);
    await lone.getByTestId(testIds.sag.panel("notater")).waitFor();
    await settled(lone);
    const first = lone
      .locator(`li[data-testid^="sag-note-"]`)
      .filter({ has: lone.getByRole("heading", { name: "Første jobsamtale", exact: true }) });
    const originalId = (await first.getAttribute("data-testid"))!.replace("sag-note-", "");
    const original = lone.getByTestId(testIds.sag.note(originalId));
    await lone.getByTestId(testIds.sag.correctNote(originalId)).click();
    const text = lone.getByTestId(testIds.noteEditor.text);
    expect(await text.inputValue()).toContain("Ahmad mødte op til første jobsamtale");
    await text.fill(`${await text.inputValue()} Rettelse: samtalen blev holdt i jobcentret i Roskilde.`);
    await lone.getByTestId(testIds.noteEditor.save).click();
    await lone.getByTestId(testIds.noteEditor.receipt).waitFor();
    expect(await original.textContent()).toContain("Rettet");
    expect(await lone.getByTestId(testIds.sag.correctNote(originalId)).count()).toBe(0);
    await original.getByRole("link", { name: "Se rettelsen" }).waitFor();
    await expectNoSeriousA11yViolations(lone, "rettet notat");
  });

  test("the administrator reads the rule set in force and what changed with the reform of 1 July 2026", async () => {
    const jens = await journey.newPage();
    await loginAs(jens, "medarbejder", "admin-jens");
    await jens.getByTestId(testIds.admin.ruleSetLink).click();
    await jens.getByTestId(testIds.regelsaet.table).waitFor();
    await jens.getByTestId(testIds.regelsaet.added).waitFor();
    await settled(jens);
    expect(await jens.getByTestId(testIds.regelsaet.table).textContent()).toContain("KF-FORM");
    // The default comparison is the reform: kohort quotas come in, the per-person deadlines of LAB § 31 go.
    expect(await jens.getByTestId(testIds.regelsaet.added).textContent()).toContain("KF-75");
    expect(await jens.getByTestId(testIds.regelsaet.ended).textContent()).toContain("KF-4IN6");
    await expectNoSeriousA11yViolations(jens, "regelsæt");

    await jens.getByTestId(testIds.regelsaet.date).fill("2026-06-30");
    await jens.getByTestId(testIds.regelsaet.show).click();
    await jens.waitForURL((u) => u.searchParams.get("dato") === "2026-06-30");
    await expect.poll(() => jens.getByTestId(testIds.regelsaet.table).textContent()).toContain("KF-4IN6");
    expect(await jens.getByTestId(testIds.regelsaet.table).textContent()).toContain("LAB § 31");
  });
});
