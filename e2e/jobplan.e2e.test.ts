import { describe, expect, test } from "vitest";
import { expectNoSeriousA11yViolations, loginAs, settled, testIds, useJourney } from "./support.ts";

/** The demo citizen Ahmad Hassan, Lone's citizen in Roskilde. */
const AHMAD = "00000000-0000-4000-8000-000000000302";

describe("en jobkonsulent retter jobplanen og offentliggør den for borgeren", () => {
  const journey = useJourney();

  test("Lone adds an agreed activity to Ahmad's plan, starts it and publishes the plan", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await lone.getByTestId(testIds.medarbejder.caseload).waitFor();
    await lone.getByTestId(testIds.medarbejder.citizenLink(AHMAD)).click();
    await lone.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await lone.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();
    await settled(lone);
    await lone.getByTestId(testIds.sag.tab("plan")).click();
    await lone.getByTestId(testIds.sag.panel("plan")).waitFor();

    // A new activity, agreed with the citizen.
    await lone.getByTestId(testIds.planForm.art).selectOption("aktivitet");
    await lone.getByTestId(testIds.planForm.title).fill("Virksomhedspraktik på lager");
    await lone.getByTestId(testIds.planForm.start).fill("2026-12-01");
    await lone.getByTestId(testIds.planForm.agreed).check();
    await lone.getByTestId(testIds.planForm.save).click();
    await lone.getByTestId(testIds.planForm.receipt).waitFor();
    const item = lone.getByTestId(testIds.sag.plan).locator("li", { hasText: "Virksomhedspraktik på lager" });
    await item.waitFor();
    expect(await item.textContent()).toContain("Planlagt");
    expect(await item.locator(".ju-agreed").textContent()).toBe("Aftalt med borgeren");
    expect(await item.locator('input[type="checkbox"]').isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(lone, "jobplanen med ny aktivitet");

    // Only the statuses that may follow are offered; "i gang" is one of them.
    const status = item.locator("select");
    const choices = await status.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(choices).toEqual(["planlagt", "i_gang", "afventer_borger", "afventer_jobcenter", "afbrudt"]);
    await status.selectOption("i_gang");
    await item.getByRole("button").click();
    await expect.poll(async () => (await item.locator(".badge").textContent()) ?? "").toBe("I gang");

    // Publishing the plan gives a receipt.
    await lone.getByTestId(testIds.planPublish.button).click();
    const receipt = lone.getByTestId(testIds.planPublish.receipt);
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain("Planen er offentliggjort for borgeren");
    await settled(lone);
    await expectNoSeriousA11yViolations(lone, "jobplanen offentliggjort");
  });
});
