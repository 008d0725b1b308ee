import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { samtaleBorgerIds as borgerIds } from "#contracts/testids-samtale-borger.ts";
import { samtaleMedarbejderIds as ids } from "#contracts/testids-samtale-medarbejder.ts";
import {
  expectNoSeriousA11yViolations,
  type Journey,
  loginAs,
  openCase,
  settled,
  testIds,
  useJourney,
} from "./support.ts";

/**
 * The caseworker's conversations in the browser: the calendar with a check-in arriving while it is open, the case's
 * Samtaler tab, the meeting page with the citizen's preparation and the video link, attendance and a no-show on the
 * case's timeline, and minutes from an uploaded transcript that the citizen reads only once they are approved.
 *
 * The server's clock starts Monday 23 November 2026 at 09:45 Danish time; the demo conversations are placed around
 * that day (seed/samtale.ts).
 */
const DEMO_START = { DEMO_START_TID: "2026-11-23T08:45:00Z", UDSENDELSE_INTERVAL_SEKUNDER: "1" };

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Mette Nielsen (dagpenge) and Ahmad Hassan (jobparat kontanthjælp), both Lone Sørensen's citizens. */
const METTE = id(301);
const AHMAD = id(302);
/** Mette's upcoming video jobsamtale (Thursday), with her preparation. */
const METTE_VIDEO = id(1001);
/** Mette's video jobsamtale last Friday, booked and held, but attendance not yet registered. */
const METTE_HOLDT = id(1004);
/** Ahmad's physical meeting today at 10.30 in Samtalerum 1, check-in code KMR7TX. */
const AHMAD_FREMMOEDE = id(1007);

const TRANSSKRIPTION = fileURLToPath(new URL("./fixtures/jobsamtale.vtt", import.meta.url));
const TILFOEJET = "Tilføjet efter samtalen: aftalerne er læst op for borgeren.";

/**
 * A server with the demo clock, and pages whose clock follows it: the app reads the session's expiry (given in the
 * server's time) against the browser's clock, so a browser on today's date would end the session at once.
 */
function useDemoJourney(): { journey: Journey; newPage: () => Promise<Page> } {
  let startet = 0;
  // registered before the server starts, so the browser's clock is never behind the server's
  beforeAll(() => {
    startet = Date.now();
  });
  const journey = useJourney(DEMO_START);
  return {
    journey,
    async newPage() {
      const page = await journey.newPage();
      await page.clock.install({ time: new Date(Date.parse(DEMO_START.DEMO_START_TID) + (Date.now() - startet)) });
      return page;
    },
  };
}

describe("jobkonsulentens samtaler: kalender, sagens samtaler, mødet, referat og check-in", () => {
  const journey = useDemoJourney();

  test("Lone sees her week, opens Mette's upcoming video meeting with the preparation and joins the video in one click", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");

    // The calendar, from the home page: Mette's video jobsamtale on Thursday and Ahmad's meeting in person today.
    await lone.getByTestId(ids.homeLink).click();
    await lone.getByTestId(ids.kalender.page).waitFor();
    await settled(lone);
    expect(await lone.locator("h1").textContent()).toBe("Kalender");
    const video = lone.getByTestId(ids.kalender.item(METTE_VIDEO));
    await video.waitFor();
    const videoText = (await video.textContent()) ?? "";
    expect(videoText).toContain("Mette Nielsen");
    expect(videoText).toContain("Jobsamtale");
    expect(videoText).toContain("Video");
    expect(videoText).toContain("10.00–10.45");
    const fysisk = lone.getByTestId(ids.kalender.item(AHMAD_FREMMOEDE));
    const fysiskText = (await fysisk.textContent()) ?? "";
    expect(fysiskText).toContain("Ahmad Hassan");
    expect(fysiskText).toContain("Personligt fremmøde");
    expect(fysiskText).toContain("Samtalerum 1");
    expect(fysiskText).toContain("10.30–11.15");
    expect(await lone.getByTestId(ids.kalender.day("2026-11-23")).textContent()).toContain("Ahmad Hassan");
    expect(await lone.getByTestId(ids.kalender.day("2026-11-26")).textContent()).toContain("Mette Nielsen");
    await expectNoSeriousA11yViolations(lone, "kalenderen");

    // Next week and back: the week is kept in the address.
    await lone.getByTestId(ids.kalender.next).click();
    await lone.waitForURL((u) => u.searchParams.get("uge") === "2026-11-30");
    await lone.getByTestId(ids.kalender.day("2026-11-30")).waitFor();
    await lone.getByTestId(ids.kalender.today).click();
    await lone.waitForURL((u) => !u.searchParams.has("uge"));
    await video.waitFor();

    // Mette's case, Samtaler tab: the upcoming conversation, and from there its page.
    await openCase(lone, METTE, "samtaler");
    await lone.getByTestId(ids.sag.panel).waitFor();
    const booked = lone.getByTestId(ids.sag.booked);
    await booked.getByTestId(ids.sag.item(METTE_VIDEO)).waitFor();
    expect(await lone.getByTestId(ids.sag.item(METTE_VIDEO)).textContent()).toContain("Booket");
    // the channel rule is shown with the booking form
    await lone.getByTestId(ids.sag.book.kanalBegrundelse).waitFor();
    await expectNoSeriousA11yViolations(lone, "sagen: samtaler");

    await lone.getByTestId(ids.sag.itemLink(METTE_VIDEO)).click();
    await lone.getByTestId(ids.side.page).waitFor();
    await settled(lone);
    expect(await lone.locator("h1").textContent()).toBe("Jobsamtale med Mette Nielsen");
    const forberedelse = lone.getByTestId(ids.side.forberedelse);
    expect(await forberedelse.textContent()).toContain("kursus i projektledelse");

    // The video link: the caseworker's own token on the municipality's Jitsi, opened in a new window.
    const link = lone.getByTestId(ids.side.videoLink);
    await link.waitFor();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^https:\/\/meet\.jobunivers\.example\/[^?]+\?jwt=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    await expectNoSeriousA11yViolations(lone, "mødesiden");

    const context = lone.context();
    await context.route("https://meet.jobunivers.example/**", (r) =>
      r.fulfill({ body: "<html lang=da><title>Video</title></html>", contentType: "text/html" }),
    );
    const [moede] = await Promise.all([context.waitForEvent("page"), link.click()]);
    await moede.waitForLoadState();
    const moedeUrl = new URL(moede.url());
    expect(moedeUrl.host).toBe("meet.jobunivers.example");
    expect(moedeUrl.searchParams.get("jwt")).toBe(new URL(href).searchParams.get("jwt"));
    expect(await moede.title()).toBe("Video");
  });

  test("Lone registers the held video meeting, makes minutes from the transcript, reviews the finding and approves; Mette then reads them", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, METTE, "samtaler");
    await lone.getByTestId(ids.sag.itemLink(METTE_HOLDT)).click();
    await lone.getByTestId(ids.side.page).waitFor();
    await settled(lone);

    // Attendance: held.
    await lone.getByTestId(ids.side.fremmoede).click();
    await lone.getByTestId(ids.side.fremmoedeReceipt).waitFor();
    await expect.poll(async () => (await lone.getByTestId(ids.side.status).textContent()) ?? "").toContain("Holdt");

    // The minutes: nothing is shown to the citizen before approval; upload the transcript file.
    const referat = lone.getByTestId(ids.side.referat.section);
    await referat.waitFor();
    expect(await lone.getByTestId(ids.side.referat.notice).textContent()).toContain("Borgeren ser ikke referatet");
    await lone.getByTestId(ids.side.referat.fil).setInputFiles(TRANSSKRIPTION);
    await lone.getByTestId(ids.side.referat.uploadSubmit).click();
    const draft = lone.getByTestId(ids.side.referat.draft);
    await draft.waitFor();

    // The agreements, each linked to the transcript lines it came from (shown on demand).
    const aftaler = draft.locator('[data-testid^="minutes-agreement-"]:not([data-testid*="lines"])');
    expect(await aftaler.count()).toBeGreaterThan(0);
    const alle = (await aftaler.allTextContents()).join("\n");
    expect(alle).toMatch(/sender/i);
    expect(alle).toMatch(/to stillinger/i);
    const linjer = lone.getByTestId(ids.side.referat.aftaleLinjer(0));
    await linjer.locator("summary").click();
    expect(await linjer.textContent()).toMatch(/Linje \d+/);
    expect(await linjer.locator("blockquote").first().textContent()).toMatch(/Lone Sørensen|Mette Nielsen/);

    // The finding about a third party (Mette's sister).
    const fund = lone.getByTestId(ids.side.referat.flag(0));
    await fund.waitFor();
    expect((await draft.locator('[data-testid^="minutes-finding-"]').allTextContents()).join(" ")).toContain("Hanne");
    await expectNoSeriousA11yViolations(lone, "referat: udkast");

    // Before approval the citizen cannot read a draft.
    const mette = await journey.newPage();
    await loginAs(mette, "borger", "borger-mette");
    expect((await mette.request.get(`/api/borger/samtaler/${METTE_HOLDT}/referat`)).status()).toBe(404);

    // Approving without reviewing the findings is refused in Danish.
    await lone.getByTestId(ids.side.referat.approve).click();
    const fejl = lone.getByTestId(testIds.problem.summary);
    await fejl.waitFor();
    expect(await fejl.textContent()).toContain("Referatet nævner personoplysninger om andre");
    expect(await lone.getByTestId(ids.side.referat.approved).count()).toBe(0);

    // Review every finding, edit the text, approve.
    const boxes = lone.locator('[data-testid^="minutes-finding-reviewed-"]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    const tekst = lone.getByTestId(ids.side.referat.text);
    await tekst.fill(`${await tekst.inputValue()}\n\n${TILFOEJET}`);
    await lone.getByTestId(ids.side.referat.approve).click();
    const godkendt = lone.getByTestId(ids.side.referat.approved);
    await godkendt.waitFor();
    expect(await godkendt.textContent()).toContain("Referatet er godkendt");
    expect(await lone.getByTestId(ids.side.referat.approvedText).textContent()).toContain(TILFOEJET);
    expect(await lone.getByTestId(ids.side.referat.kommentarer).textContent()).toContain(
      "Borgeren har ikke kommenteret referatet",
    );
    expect(await lone.getByTestId(ids.side.referat.notice).count()).toBe(0);
    await expectNoSeriousA11yViolations(lone, "referat: godkendt");

    // Mette reads the approved minutes with the agreements on Mine samtaler, and comments on them.
    await mette.goto("/borger/samtaler");
    await mette.getByTestId(borgerIds.page).waitFor();
    await settled(mette);
    await mette.getByTestId(borgerIds.samtaler.referatLink(METTE_HOLDT)).click();
    const laest = mette.getByTestId(borgerIds.referat.tekst);
    await laest.waitFor();
    expect(await laest.textContent()).toContain(TILFOEJET);
    expect(await mette.getByTestId(borgerIds.referat.aftaler).locator("li").count()).toBeGreaterThan(0);
    const kommentar = "Jeg har allerede søgt den ene stilling.";
    await mette.getByTestId(borgerIds.referat.kommentarFelt).fill(kommentar);
    await mette.getByTestId(borgerIds.referat.kommentarGem).click();
    await mette.getByTestId(borgerIds.referat.kommentar(0)).waitFor();

    // Lone sees the comment with the approved minutes.
    await lone.reload();
    await lone.getByTestId(ids.side.referat.approved).waitFor();
    await expect
      .poll(async () => (await lone.getByTestId(ids.side.referat.kommentarer).textContent()) ?? "")
      .toContain(kommentar);
  });

  test("Ahmad checks in at the reception; Lone's open calendar shows it within the polling interval", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await lone.goto("/medarbejder/kalender");
    await lone.getByTestId(ids.kalender.page).waitFor();
    await settled(lone);
    const moede = lone.getByTestId(ids.kalender.item(AHMAD_FREMMOEDE));
    await moede.waitFor();
    expect(await lone.getByTestId(ids.kalender.checkedIn(AHMAD_FREMMOEDE)).count()).toBe(0);

    // The reception's check-in with the code from the confirmation, from a kiosk without a session (the check-in
    // page is another journey's).
    const reception = await journey.newPage();
    await reception.goto("/");
    const checkin = await reception.request.post("/api/offentlig/checkin", {
      data: { kommunekode: "0265", kode: "KMR7TX" },
    });
    expect(checkin.status(), await checkin.text()).toBe(200);

    // Without a reload: the notification and the badge arrive with the next poll (every 15 seconds).
    const notifikationer = lone.getByTestId(ids.kalender.notifications);
    await expect
      .poll(async () => (await notifikationer.textContent()) ?? "", { timeout: 25_000, interval: 500 })
      .toContain("Ahmad Hassan er tjekket ind");
    await lone.getByTestId(ids.kalender.checkedIn(AHMAD_FREMMOEDE)).waitFor();
    expect(await moede.textContent()).toMatch(/Tjekket ind kl\. \d{2}\.\d{2}/);
    await expectNoSeriousA11yViolations(lone, "kalenderen med check-in");

    // Mark as read: it leaves the list.
    const besked = notifikationer.locator('li[data-testid^="calendar-notification-"]', {
      hasText: "Ahmad Hassan er tjekket ind",
    });
    const beskedId = ((await besked.getAttribute("data-testid")) ?? "").replace("calendar-notification-", "");
    await lone.getByTestId(ids.kalender.notificationRead(beskedId)).click();
    await expect.poll(() => besked.count()).toBe(0);

    // The meeting page says so too.
    await lone.getByTestId(ids.kalender.itemLink(AHMAD_FREMMOEDE)).click();
    await lone.getByTestId(ids.side.page).waitFor();
    await settled(lone);
    expect(await lone.getByTestId(ids.side.checkin).textContent()).toMatch(/Tjekket ind kl\./);
  });
});

/**
 * A no-show needs a booked conversation whose time has passed: the demo has one (Mette's video meeting last Friday),
 * which the journeys above register as held, so this journey has a server of its own.
 */
describe("jobkonsulenten registrerer en udeblivelse, som står på sagens tidslinje", () => {
  const journey = useDemoJourney();

  test("attendance is refused before the meeting begins; a no-show after it lands on the timeline", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");

    // Ahmad's meeting at 10.30 has not begun (the clock is about 09.45): the server refuses, in Danish.
    await lone.goto(`/medarbejder/samtale/${AHMAD_FREMMOEDE}`);
    await lone.getByTestId(ids.side.page).waitFor();
    await settled(lone);
    await lone.getByTestId(ids.side.fremmoede).click();
    const fejl = lone.getByTestId(testIds.problem.summary);
    await fejl.waitFor();
    expect(await fejl.textContent()).toContain("Samtalen er ikke begyndt endnu");
    expect(await lone.getByTestId(ids.side.status).textContent()).toContain("Booket");

    // Mette's meeting last Friday: no-show, confirmed.
    await lone.goto(`/medarbejder/samtale/${METTE_HOLDT}`);
    await lone.getByTestId(ids.side.page).waitFor();
    await settled(lone);
    await lone.getByTestId(ids.side.udeblevet).click();
    await lone.getByTestId(ids.side.udeblevetConfirm).click();
    await lone.getByTestId(ids.side.fremmoedeReceipt).waitFor();
    await expect.poll(async () => (await lone.getByTestId(ids.side.status).textContent()) ?? "").toContain("Udeblevet");
    await expectNoSeriousA11yViolations(lone, "mødesiden: udeblevet");

    // The case's timeline shows it.
    await lone.getByTestId(ids.side.caseLink).click();
    await lone.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
    await lone.getByTestId(testIds.medarbejder.purposeSubmit).click();
    await lone.getByTestId(testIds.sag.panel("samtaler")).waitFor();
    await lone.getByTestId(testIds.sag.tab("tidslinje")).click();
    const tidslinje = lone.getByTestId(testIds.sag.timeline);
    await tidslinje.waitFor();
    const raekke = tidslinje.locator("tr", { hasText: "Udeblevet fra jobsamtale" });
    await raekke.first().waitFor();
    expect(await raekke.first().textContent()).toContain("20. november 2026");
  });

  test("Lone requires Ahmad to meet in person and books the overdue jobsamtale for him with an invitation letter", async () => {
    const lone = await journey.newPage();
    await loginAs(lone, "medarbejder", "jk-lone");
    await openCase(lone, AHMAD, "samtaler");

    // The conversation the law requires now: overdue, with its rule.
    const behov = lone.getByTestId(ids.sag.behov);
    await behov.waitFor();
    const behovText = (await behov.textContent()) ?? "";
    expect(behovText).toContain("Overskredet");
    expect(behovText).toContain("LAB §");

    // The concrete assessment: in person, with a reason; the booking then offers in person only, and says why.
    await lone.getByTestId(ids.sag.vurdering.kraev).check();
    await lone.getByTestId(ids.sag.vurdering.submit).click();
    expect(await lone.getByTestId(testIds.problem.summary).textContent()).toContain("mindst 10 tegn");
    await lone
      .getByTestId(ids.sag.vurdering.begrundelse)
      .fill("Ahmad har udeblevet fra to samtaler og skal mødes fysisk.");
    await lone.getByTestId(ids.sag.vurdering.submit).click();
    await lone.getByTestId(ids.sag.vurdering.receipt).waitFor();
    await expect
      .poll(async () => (await lone.getByTestId(ids.sag.vurdering.current).textContent()) ?? "")
      .toContain("Personligt fremmøde er krævet");
    expect(await lone.getByTestId(ids.sag.vurdering.current).textContent()).toContain("udeblevet fra to samtaler");

    // Book for the need: the form takes the need's meeting types and deadline.
    await lone.locator('[data-testid^="case-conversations-need-book-"]').first().click();
    await expect.poll(() => lone.getByTestId(ids.sag.book.kanal("video")).count()).toBe(0);
    expect(await lone.getByTestId(ids.sag.book.kanal("fremmoede")).isChecked()).toBe(true);
    expect(await lone.getByTestId(ids.sag.book.kanalBegrundelse).textContent()).toContain("konkret vurdering");
    expect(await lone.getByTestId(ids.sag.book.indkaldelse).isChecked()).toBe(true);

    // Confirming without a time is refused; then the first free time.
    await lone.getByTestId(ids.sag.book.submit).click();
    expect(await lone.getByTestId(testIds.problem.summary).textContent()).toContain("Vælg en ledig tid");
    const tid = lone.locator('[data-testid^="times-time-"]').first();
    await tid.check();
    const summary = lone.getByTestId(ids.tider.summary);
    await summary.waitFor();
    expect(await summary.textContent()).toContain("indkaldelse som brev");
    await expectNoSeriousA11yViolations(lone, "sagen: book samtale");
    await lone.getByTestId(ids.sag.book.submit).dblclick();
    const receipt = lone.getByTestId(ids.sag.book.receipt);
    await receipt.waitFor();
    expect(await receipt.textContent()).toContain("Personligt fremmøde");

    // It is among Ahmad's booked conversations, once (the double click booked once).
    const booket = lone.getByTestId(ids.sag.booked);
    await expect.poll(async () => (await booket.locator("li").count()) >= 2).toBe(true);
    const res = await lone.request.get(`/api/medarbejder/borgere/${AHMAD}/samtaler`);
    const data = (await res.json()) as { samtaler: { status: string; booketAf: string }[] };
    expect(data.samtaler.filter((x) => x.status === "booket" && x.booketAf === "medarbejder").length).toBe(2);

    // Ahmad gets the written invitation among his messages (before it is moved: a letter still waiting to be sent
    // for a booking that is moved or cancelled is withdrawn, never sent).
    const ahmad = await journey.newPage();
    await loginAs(ahmad, "borger", "borger-ahmad");
    await expect
      .poll(
        async () => {
          const r = await ahmad.request.get("/api/borger/beskeder");
          return ((await r.json()) as { art: string; dokumentId: string | null }[]).some(
            (b) => b.art === "indkaldelse" && b.dokumentId,
          );
        },
        { timeout: 15_000 },
      )
      .toBe(true);

    // The booking's page: move it to another free time (a new booking; the page follows it), then cancel it.
    await receipt.getByRole("link").click();
    await lone.getByTestId(ids.side.page).waitFor();
    await settled(lone);
    const foer = lone.url();
    await lone.getByTestId(ids.side.flyt.open).click();
    await lone.locator('[data-testid^="times-time-"]').nth(1).check();
    await lone.getByTestId(ids.side.flyt.submit).click();
    await lone.getByTestId(ids.side.flyt.receipt).waitFor();
    expect(lone.url()).not.toBe(foer);
    expect(await lone.getByTestId(ids.side.status).textContent()).toContain("Booket");
    await lone.getByTestId(ids.side.aflys.open).click();
    await lone.getByTestId(ids.side.aflys.submit).click();
    expect(await lone.getByTestId(testIds.problem.summary).textContent()).toContain("Skriv, hvorfor");
    await lone.getByTestId(ids.side.aflys.aarsag).fill("Sagsbehandleren er på kursus.");
    await lone.getByTestId(ids.side.aflys.submit).click();
    await expect.poll(async () => (await lone.getByTestId(ids.side.status).textContent()) ?? "").toContain("Aflyst");
    expect(await lone.getByTestId(ids.side.facts).textContent()).toContain("Sagsbehandleren er på kursus.");
  });
});
