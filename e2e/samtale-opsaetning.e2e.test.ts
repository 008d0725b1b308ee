import { describe, expect, test } from "vitest";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { expectNoSeriousA11yViolations, loginAs, settled, testIds, useJourney } from "./support.ts";

/** A date some days from today, as yyyy-mm-dd in Danish time. */
const omDage = (n: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() + n * 86_400_000));

/** The administrator sets up conversations: meeting types, a caseworker's opening hours and absences. */
describe("administratoren sætter samtaler op", () => {
  const journey = useJourney();

  test("Jens changes a meeting type's duration, adds opening hours and an absence, and is told in Danish when hours overlap", async () => {
    const page = await journey.newPage();
    await loginAs(page, "medarbejder", "admin-jens");
    await page.goto("/admin/samtaler");
    await page.getByTestId(ids.page).waitFor();
    await settled(page);
    await page.getByTestId(ids.moedetyper.table).waitFor();
    await expectNoSeriousA11yViolations(page, "opsætning af samtaler");

    // The duration of the first meeting type changes, and the table shows it.
    const row = page.getByTestId(ids.moedetyper.table).locator("tbody tr").first();
    await row.getByRole("button").click();
    const varighed = page.getByTestId(ids.moedetyper.varighed);
    const nu = Number(await varighed.inputValue());
    const ny = nu === 50 ? 55 : 50;
    await varighed.fill(String(ny));
    await page.getByTestId(ids.moedetyper.save).click();
    const receipt = page.getByTestId(ids.receipt("moedetyper"));
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain("Mødetypen er gemt");
    await expect.poll(() => row.textContent()).toContain(`${ny} minutter`);

    // A Saturday morning is added to the chosen caseworker's week.
    const raekker = page.locator('[data-testid^="windows-row-"]');
    const n = await raekker.count();
    await page.getByTestId(ids.vinduer.add).click();
    await page.getByTestId(ids.vinduer.ugedag(n)).selectOption("6");
    await page.getByTestId(ids.vinduer.fra(n)).fill("09:00");
    await page.getByTestId(ids.vinduer.til(n)).fill("11:00");
    await page.getByTestId(ids.vinduer.save).click();
    const gemt = page.getByTestId(ids.receipt("vinduer"));
    await gemt.waitFor();
    expect(await gemt.textContent()).toContain("Åbningstiderne er gemt");
    await expect.poll(() => raekker.count()).toBe(n + 1);
    // Saturday sorts last once saved
    expect(await page.getByTestId(ids.vinduer.fra(n)).inputValue()).toBe("09:00");

    // A second Saturday window over the first is refused, named in Danish, and nothing is saved.
    await page.getByTestId(ids.vinduer.add).click();
    await page.getByTestId(ids.vinduer.ugedag(n + 1)).selectOption("6");
    await page.getByTestId(ids.vinduer.fra(n + 1)).fill("10:00");
    await page.getByTestId(ids.vinduer.til(n + 1)).fill("12:00");
    await page.getByTestId(ids.vinduer.save).click();
    const summary = page.getByTestId(testIds.problem.summary);
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      "Tidsrummet overlapper et andet åbningsvindue om lørdagen (09:00–11:00).",
    );
    expect(await page.getByTestId(ids.vinduer.row(n + 1)).textContent()).toContain("overlapper");
    await expectNoSeriousA11yViolations(page, "opsætning af samtaler: overlappende åbningstider");
    await page.getByTestId(ids.vinduer.remove(n + 1)).click();
    await expect.poll(() => raekker.count()).toBe(n + 1);

    // An absence of two whole days.
    const fra = omDage(21);
    const til = omDage(22);
    await page.getByTestId(ids.fravaer.fraDato).fill(fra);
    await page.getByTestId(ids.fravaer.tilDato).fill(til);
    await page.getByTestId(ids.fravaer.aarsag).fill("Kursus i motiverende samtale");
    await page.getByTestId(ids.fravaer.save).click();
    const fravaer = page.getByTestId(ids.receipt("fravaer"));
    await fravaer.waitFor();
    expect(await fravaer.textContent()).toContain("Fraværet er registreret");
    const tabel = page.getByTestId(ids.fravaer.table);
    await tabel.waitFor();
    await expect.poll(() => tabel.textContent()).toContain("Kursus i motiverende samtale");
    await expectNoSeriousA11yViolations(page, "opsætning af samtaler: fravær tilføjet");

    // After a reload everything is still there.
    await page.reload();
    await page.getByTestId(ids.moedetyper.table).waitFor();
    await settled(page);
    expect(await page.getByTestId(ids.moedetyper.table).locator("tbody tr").first().textContent()).toContain(
      `${ny} minutter`,
    );
    expect(await page.getByTestId(ids.vinduer.fra(n)).inputValue()).toBe("09:00");
    expect(await page.getByTestId(ids.fravaer.table).textContent()).toContain("Kursus i motiverende samtale");
  });
});
