import { describe, expect, test } from "vitest";
import { expectNoSeriousA11yViolations, loginAs, settled, testIds, useJourney } from "./support.ts";

/** The demo citizen Ahmad Hassan, Lone's citizen in Roskilde. */
const AHMAD = "00000000-0000-4000-8000-000000000302";
const TITEL = "Aftale om virksomhedspraktik";

/** The administrator maintains the macro texts; the caseworkers write their notes from them. */
describe("administratoren vedligeholder kommunens makrotekster", () => {
  const journey = useJourney();

  test("Jens creates a macro text with {{navn}}; Lone finds it in Ahmad's case and it fills from the case", async () => {
    const admin = await journey.newPage();
    await loginAs(admin, "medarbejder", "admin-jens");
    await admin.getByTestId(testIds.admin.macroLink).click();
    await admin.getByTestId(testIds.makrotekster.list).waitFor();
    await settled(admin);
    expect(await admin.getByTestId(testIds.makrotekster.list).textContent()).toContain("Referat af jobsamtale");

    // A placeholder the system does not know is refused, named in Danish.
    await admin.getByTestId(testIds.makrotekster.create).click();
    await admin.getByTestId(testIds.makrotekster.title).fill(TITEL);
    await admin.getByTestId(testIds.makrotekster.category).selectOption("tilbud");
    const text = admin.getByTestId(testIds.makrotekster.text);
    await text.fill("Praktik aftalt med {{borger}}.");
    await admin.getByTestId(testIds.makrotekster.save).click();
    const summary = admin.getByTestId(testIds.problem.summary);
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Teksten bruger et felt, som Jobunivers ikke kender: {{borger}}");
    await expectNoSeriousA11yViolations(admin, "makrotekster: fejl i teksten");

    // Corrected with the catalogue: pressing {{navn}} inserts it at the cursor.
    await text.fill("Praktik aftalt med ");
    await admin.getByTestId(testIds.makrotekster.insert("navn")).click();
    await expect.poll(() => text.inputValue()).toBe("Praktik aftalt med {{navn}}");
    await admin.getByTestId(testIds.makrotekster.save).click();
    const receipt = admin.getByTestId(testIds.makrotekster.receipt);
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain("Makroteksten er oprettet");
    const row = admin.getByTestId(testIds.makrotekster.list).locator("tbody tr").filter({ hasText: TITEL });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("Aktiv");
    await expectNoSeriousA11yViolations(admin, "makrotekster");

    // The caseworker opens Ahmad's case with a purpose and writes a note from the new macro text.
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await lone.getByTestId(testIds.medarbejder.citizenLink(AHMAD)).click();
    await lone.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await lone.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();
    await settled(lone);
    await lone.getByTestId(testIds.sag.tab("notater")).click();
    await lone.getByTestId(testIds.sag.panel("notater")).waitFor();
    await lone.getByTestId(testIds.sag.newNote).click();
    const macros = lone.getByTestId(testIds.noteEditor.macroSelect);
    await expect.poll(() => macros.locator("option").allTextContents()).toContain(TITEL);
    await macros.selectOption({ label: TITEL });
    await lone.getByTestId(testIds.noteEditor.macroInsert).click();
    await expect
      .poll(() => lone.getByTestId(testIds.noteEditor.text).inputValue())
      .toBe("Praktik aftalt med Ahmad Hassan");
  });
});
