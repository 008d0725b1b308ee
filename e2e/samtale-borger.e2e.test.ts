import type { Page, Request } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { expectNoHorizontalScroll, expectNoSeriousA11yViolations, loginAs, settled, useJourney } from "./support.ts";

/** The server's clock starts here: Monday 23 November 2026, 09:45 Danish time; the demo's bookings are around it. */
const DEMO_START = "2026-11-23T08:45:00Z";
/** Mette's held conversation whose minutes Lone has approved (seed/samtale.ts). */
const GODKENDT_SAMTALE = "00000000-0000-4000-8000-000000001006";
/**
 * Who books, moves and reads the messages. On the demo day the law asks no conversation of Mette (dagpenge: the
 * a-kasse held her first ones, and from 1 July 2026 the jobcentre's individual requirement for dagpenge is replaced by
 * the cohort quota), so that journey is Jonas Berg's in Køge (sygedagpenge: at least 4 follow-up conversations in the
 * first 6 months, SDP-8W), whose demo bookings, minutes and messages mirror Mette's. His message with the invitation
 * letter (PDF) is the Køge twin of Mette's.
 */
const BOOKER = { subject: "borger-jonas", brev: "00000000-0000-4000-8000-000000002202" } as const;
const BESKED_MED_BREV = BOOKER.brev;

interface ApiSamtale {
  id: string;
  status: string;
  kanal: string;
  start: string;
  regelId: string | null;
  frist: string | null;
  flyttetFra: string | null;
}
interface ApiBehov {
  regelId: string;
  frist: string;
  overskredet: boolean;
}

/**
 * The citizen's conversations in the browser: Min side's card, what the law asks and why, booking a video conversation
 * before the deadline, the receipt and the video link, moving it, the preparation, the approved minutes with a comment,
 * the messages with the receipt and the letter; and the reception's check-in.
 */
describe("borgeren booker, flytter og forbereder sine samtaler, og tjekker ind i receptionen", () => {
  let startet = 0;
  beforeAll(() => {
    startet = Date.now();
  });
  const journey = useJourney({ DEMO_START_TID: DEMO_START, UDSENDELSE_INTERVAL_SEKUNDER: "1" });

  /** The browser's clock follows the server's demo clock, so "coming" and "earlier" mean the same on both sides. */
  async function nyBorgerSide(): Promise<Page> {
    const page = await journey.newPage();
    await page.clock.install({ time: new Date(new Date(DEMO_START).getTime() + (Date.now() - startet)) });
    return page;
  }

  /** The page's h1 once the new page has rendered (the old page's h1 may linger for a moment after a navigation). */
  async function h1(page: Page, tekst: string | RegExp) {
    await expect.poll(async () => (await page.locator("main h1").first().textContent()) ?? "").toMatch(tekst);
  }

  async function samtaler(page: Page): Promise<{ behov: ApiBehov[]; samtaler: ApiSamtale[] }> {
    const res = await page.request.get("/api/borger/samtaler");
    expect(res.status(), await res.text()).toBe(200);
    return res.json();
  }

  /** The Danish calendar day (YYYY-MM-DD) of a point in time. */
  const dansk = (iso: string) =>
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(iso));

  /** Step 2: the first free time; then step 3 with the summary. Returns the time's label. */
  async function vaelgFoersteTid(page: Page, label: string): Promise<string> {
    await page.getByTestId(ids.booking.step(2)).waitFor();
    await page.waitForURL((u) => u.searchParams.get("kanal") === "video" && !u.searchParams.has("tid"));
    await page.getByTestId(ids.booking.tider).waitFor();
    expect(await page.getByTestId(ids.booking.frist).textContent()).toMatch(/til og med \d{1,2}\. \w+ \d{4}/);
    await expectNoSeriousA11yViolations(page, `${label}: trin 2`);
    const tid = (await page.locator('label[for="time-0"]').textContent()) ?? "";
    await page.locator('label[for="time-0"]').click();
    await page.getByTestId(ids.booking.next).click();
    await page.getByTestId(ids.booking.step(3)).waitFor();
    await page.waitForURL((u) => u.searchParams.has("tid"));
    await expectNoSeriousA11yViolations(page, `${label}: trin 3`);
    expect(await page.getByTestId(ids.booking.summary).textContent()).toContain("Video");
    return tid;
  }

  /**
   * The booking's steps: channel, the first free time, confirm. With `optagetFoerst` the first answer to the booking
   * is made a 409 BOOKING_TID_OPTAGET (as when someone else took the time a moment before): the citizen is back at the
   * times with the message, and books again.
   */
  async function vaelgVideoOgFoersteTid(
    page: Page,
    label: string,
    optagetFoerst = false,
  ): Promise<{ tid: string; noegler: string[] }> {
    await page.getByTestId(ids.booking.step(1)).waitFor();
    await expectNoSeriousA11yViolations(page, `${label}: trin 1`);
    expect(await page.getByTestId(ids.booking.kanalBegrundelse).textContent()).toMatch(/\S/);
    await page.locator('label[for="channel-video"]').click();
    expect(await page.getByTestId(ids.booking.kanal("video")).isChecked()).toBe(true);
    await page.getByTestId(ids.booking.next).click();
    const tid = await vaelgFoersteTid(page, label);
    const noegler: string[] = [];
    const hoer = (r: Request) => {
      if (r.method() === "POST" && /\/api\/borger\/samtaler(\/[^/]+\/flyt)?$/.test(new URL(r.url()).pathname))
        noegler.push((r.postDataJSON() as { idempotensnoegle: string }).idempotensnoegle);
    };
    page.on("request", hoer);
    if (optagetFoerst) {
      let svaret = false;
      const optaget = (u: URL) => u.pathname === "/api/borger/samtaler";
      await page.route(optaget, (route) => {
        if (svaret || route.request().method() !== "POST") return route.fallback();
        svaret = true;
        return route.fulfill({
          status: 409,
          contentType: "application/problem+json",
          body: JSON.stringify({
            type: "https://jobunivers.dk/problemer/booking-tid-optaget",
            title: "Tiden er desværre lige blevet booket. Vælg en anden tid.",
            status: 409,
            code: "BOOKING_TID_OPTAGET",
          }),
        });
      });
      await page.getByTestId(ids.booking.confirm).click();
      await page.getByTestId(ids.booking.step(2)).waitFor();
      const fejl = page.locator('[data-testid="error-summary"]');
      await fejl.waitFor();
      expect(await fejl.textContent()).toContain("Tiden er desværre lige blevet booket");
      // the error summary has the focus, so a screen reader reads it at once
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("error-summary");
      expect(new URL(page.url()).searchParams.has("tid")).toBe(false);
      await expectNoSeriousA11yViolations(page, `${label}: tiden var optaget`);
      await page.unroute(optaget);
      await vaelgFoersteTid(page, label);
    }
    await page.getByTestId(ids.booking.confirm).click();
    await page.getByTestId(ids.kvittering.view).waitFor();
    await settled(page);
    page.off("request", hoer);
    return { tid, noegler };
  }

  let booket = "";
  let flyttet = "";

  test("the citizen sees what the law asks and why, books a video conversation before the deadline, moves it and prepares", async () => {
    const page = await nyBorgerSide();
    await loginAs(page, "borger", BOOKER.subject);

    // Min side: the conversations card with the next conversation and the way on.
    const kort = page.getByTestId(ids.minSide.card);
    await kort.waitFor();
    await page.getByTestId(ids.minSide.naeste).waitFor();
    await page.getByTestId(ids.minSide.samtalerLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/samtaler");
    await settled(page);
    await h1(page, "Mine samtaler");
    await expectNoSeriousA11yViolations(page, "Mine samtaler");

    // "Det skal du": a need with its deadline and the rule behind it.
    const data = await samtaler(page);
    const behov = data.behov.find((b) => !b.overskredet);
    expect(
      behov,
      `${BOOKER.subject} har ingen samtale, loven kræver med en frist: ${JSON.stringify(data.behov)}`,
    ).toBeDefined();
    const need = page.getByTestId(ids.behov.card(behov!.regelId));
    await need.waitFor();
    expect(await page.getByTestId(ids.behov.frist(behov!.regelId)).textContent()).toMatch(
      /^Senest \d{1,2}\. \w+ \d{4}$/,
    );
    const hvorfor = page.getByTestId(ids.behov.hvorfor(behov!.regelId));
    await hvorfor.locator("summary").click();
    expect(await hvorfor.getAttribute("open")).not.toBeNull();
    expect(await hvorfor.textContent()).toMatch(/Det står i \S+ §/);
    await expectNoSeriousA11yViolations(page, "Mine samtaler med Hvorfor åben");

    // Book a video conversation: the need's meeting type is chosen; only times up to the deadline are offered.
    await page.getByTestId(ids.behov.book(behov!.regelId)).click();
    await page.waitForURL((u) => u.searchParams.get("book") === behov!.regelId);
    await settled(page);
    await h1(page, "Book en samtale");
    const foerste = await vaelgVideoOgFoersteTid(page, "booking", true);
    // one idempotency key for the attempt, kept when the same time is tried again
    expect(foerste.noegler).toHaveLength(2);
    expect(foerste.noegler[1]).toBe(foerste.noegler[0]);
    expect(foerste.noegler[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await h1(page, "Samtalen er booket");
    booket = new URL(page.url()).searchParams.get("kvittering") ?? "";
    expect(booket).toMatch(/^[0-9a-f-]{36}$/);
    const facts = (await page.getByTestId(ids.kvittering.facts).textContent()) ?? "";
    expect(facts).toContain("Video");
    expect(facts).toContain(foerste.tid.split(" – ")[0]!.trim());
    const ny = (await samtaler(page)).samtaler.find((s) => s.id === booket)!;
    expect(ny).toMatchObject({ status: "booket", kanal: "video", regelId: behov!.regelId });
    expect(dansk(ny.start) <= behov!.frist).toBe(true);

    // The video link is an ordinary link to the meeting with the citizen's token (not followed here).
    const video = page.getByTestId(ids.kvittering.videoLink);
    await video.waitFor();
    const href = (await video.getAttribute("href")) ?? "";
    expect(new URL(href).hostname).toBe("meet.jobunivers.example");
    expect(new URL(href).searchParams.get("jwt")).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await video.getAttribute("target")).toBe("_blank");
    expect(await video.getAttribute("rel")).toContain("noopener");
    expect(await page.getByTestId(ids.kvittering.kalender).getAttribute("href")).toBe(
      `/api/borger/samtaler/${booket}/kalender.ics`,
    );
    await expectNoSeriousA11yViolations(page, "kvitteringen");

    // Move it: the same steps; the receipt and the list show the new time, the old one is gone.
    await page.goto("/borger/samtaler");
    await settled(page);
    const kortet = page.getByTestId(ids.samtaler.card(booket));
    await kortet.waitFor();
    await page.getByTestId(ids.samtaler.flyt(booket)).click();
    await page.waitForURL((u) => u.searchParams.get("flyt") === booket);
    await settled(page);
    await h1(page, "Flyt samtalen");
    const flyt = await vaelgVideoOgFoersteTid(page, "flyt");
    expect(flyt.noegler).toHaveLength(1);
    expect(foerste.noegler).not.toContain(flyt.noegler[0]);
    await h1(page, "Samtalen er flyttet");
    flyttet = new URL(page.url()).searchParams.get("kvittering") ?? "";
    expect(flyttet).not.toBe(booket);
    const efter = (await samtaler(page)).samtaler;
    // the old time is released and no longer listed; the new booking names the one it replaced
    expect(efter.find((s) => s.id === booket)).toBeUndefined();
    const flyttetSamtale = efter.find((s) => s.id === flyttet)!;
    expect(flyttetSamtale).toMatchObject({ status: "booket", kanal: "video", flyttetFra: booket });
    expect(flyttetSamtale.start).not.toBe(ny.start);

    await page.goto("/borger/samtaler");
    await settled(page);
    await page.getByTestId(ids.samtaler.card(flyttet)).waitFor();
    expect(await page.getByTestId(ids.samtaler.card(booket)).count()).toBe(0);
    const nyTid = (await page.getByTestId(ids.samtaler.tid(flyttet)).textContent()) ?? "";
    expect(nyTid).toMatch(/\d{4} kl\. \d{1,2}\.\d{2}–\d{1,2}\.\d{2}$/);
    expect(await page.getByTestId(ids.samtaler.video(flyttet)).getAttribute("href")).toContain("jwt=");

    // Her preparation, saved and shown as saved.
    const felt = page.getByTestId(ids.samtaler.forberedelse(flyttet));
    await felt.fill("Jeg vil gerne tale om et kursus i projektledelse og om deltid.");
    const status = page.getByTestId(ids.samtaler.forberedelseGemt(flyttet));
    expect(await status.textContent()).toBe("Ikke gemt endnu");
    await page.getByTestId(ids.samtaler.forberedelseGem(flyttet)).click();
    await expect.poll(async () => (await status.textContent()) ?? "").toMatch(/^Gemt \d{1,2}\. \w+ \d{4} kl\./);
    const gemt = (await samtaler(page)).samtaler.find((s) => s.id === flyttet) as ApiSamtale & {
      forberedelse: string;
    };
    expect(gemt.forberedelse).toBe("Jeg vil gerne tale om et kursus i projektledelse og om deltid.");
    await expectNoSeriousA11yViolations(page, "Mine samtaler efter flytning og forberedelse");
  });

  test("Mette reads the approved minutes of an earlier conversation and comments on them", async () => {
    const page = await nyBorgerSide();
    await loginAs(page, "borger", "borger-mette");

    // Min side: her next conversation is the video jobsamtale on Thursday, with its video button.
    const naeste = page.getByTestId(ids.minSide.naeste);
    await naeste.waitFor();
    expect(await naeste.textContent()).toContain("Jobsamtale, torsdag 26. november 2026 kl. 10.00–10.45");
    const video = page.getByTestId(ids.minSide.video);
    await video.waitFor();
    expect(new URL((await video.getAttribute("href")) ?? "").hostname).toBe("meet.jobunivers.example");
    expect(await page.getByTestId(ids.minSide.beskederLink).textContent()).toMatch(/^Mine beskeder \(\d+ ulæste?\)$/);
    await expectNoSeriousA11yViolations(page, "Min side med Mine samtaler");

    await page.goto("/borger/samtaler");
    await settled(page);
    await page.getByTestId(ids.samtaler.earlier).waitFor();
    await page.getByTestId(ids.samtaler.referatLink(GODKENDT_SAMTALE)).click();
    await page.waitForURL((u) => u.searchParams.get("referat") === GODKENDT_SAMTALE);
    await page.getByTestId(ids.referat.tekst).waitFor();
    await settled(page);
    await h1(page, /^Referat af jobsamtale den \d{1,2}\. november 2026$/);
    expect(await page.getByTestId(ids.referat.tekst).textContent()).toContain(
      "Deltagere: Lone Sørensen, Mette Nielsen",
    );
    const aftaler = page.getByTestId(ids.referat.aftaler).locator("li");
    expect(await aftaler.count()).toBeGreaterThan(0);
    expect(await aftaler.first().textContent()).toMatch(/:/);
    await expectNoSeriousA11yViolations(page, "referatet");

    const kommentar = "Jeg søger tre stillinger om ugen, ikke to.";
    await page.getByTestId(ids.referat.kommentarFelt).fill(kommentar);
    await page.getByTestId(ids.referat.kommentarGem).click();
    await expect
      .poll(async () => (await page.getByTestId(ids.referat.kommentarKvittering).textContent()) ?? "")
      .toContain("Din kommentar er sendt");
    await page.getByTestId(ids.referat.kommentar(0)).waitFor();
    expect(await page.getByTestId(ids.referat.kommentarer).textContent()).toContain(kommentar);
    expect(await page.getByTestId(ids.referat.kommentarFelt).inputValue()).toBe("");
    await expectNoSeriousA11yViolations(page, "referatet med en kommentar");

    // On a phone-sized screen (320 px) the minutes and Mine samtaler reflow without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page, "referatet");
    await page.goto("/borger/samtaler");
    await settled(page);
    await page.getByTestId(ids.samtaler.upcoming).waitFor();
    await expectNoHorizontalScroll(page, "Mine samtaler");
  });

  test("Beskeder shows the receipt of the booking, opening it marks it read, and the invitation letter is a PDF", async () => {
    expect(booket, "the booking journey ran first").not.toBe("");
    const page = await nyBorgerSide();
    await loginAs(page, "borger", BOOKER.subject);

    // The outbox worker sends the receipt within a few seconds: the booking's receipt, or, when the move came before
    // the worker reached it (a message still waiting for a moved booking is withdrawn), the move's receipt.
    let kvittering: { id: string } | undefined;
    await expect
      .poll(
        async () => {
          const res = await page.request.get("/api/borger/beskeder");
          const beskeder = (await res.json()) as { id: string; art: string; samtaleId: string | null }[];
          kvittering = beskeder.find(
            (b) =>
              (b.art === "kvittering" && b.samtaleId === booket) || (b.art === "flytning" && b.samtaleId === flyttet),
          );
          return kvittering !== undefined;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true);

    await page.getByTestId(ids.minSide.beskederLink).click();
    await page.waitForURL((u) => u.pathname === "/borger/beskeder");
    await settled(page);
    await h1(page, "Beskeder");
    const punkt = page.getByTestId(ids.beskeder.item(kvittering!.id));
    await punkt.waitFor();
    // newest first: the receipt just sent comes before the demo's messages
    const raekkefoelge = await page
      .getByTestId(ids.beskeder.list)
      .locator(":scope > li")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-testid")));
    expect(raekkefoelge.indexOf(ids.beskeder.item(kvittering!.id))).toBeLessThan(
      raekkefoelge.indexOf(ids.beskeder.item(BESKED_MED_BREV)),
    );
    await page.getByTestId(ids.beskeder.unread(kvittering!.id)).waitFor();
    await expectNoSeriousA11yViolations(page, "beskederne");

    await page.getByTestId(ids.beskeder.open(kvittering!.id)).click();
    await page.getByTestId(ids.beskeder.tekst(kvittering!.id)).waitFor();
    expect(await page.getByTestId(ids.beskeder.open(kvittering!.id)).getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => page.getByTestId(ids.beskeder.unread(kvittering!.id)).count()).toBe(0);
    const efter = (await (await page.request.get("/api/borger/beskeder")).json()) as {
      id: string;
      laest: string | null;
    }[];
    expect(efter.find((b) => b.id === kvittering!.id)?.laest).not.toBeNull();

    // The invitation letter.
    await page.getByTestId(ids.beskeder.open(BESKED_MED_BREV)).click();
    const brev = page.getByTestId(ids.beskeder.brev(BESKED_MED_BREV));
    await brev.waitFor();
    const href = (await brev.getAttribute("href")) ?? "";
    expect(href).toBe(`/api/borger/beskeder/${BESKED_MED_BREV}/brev`);
    const pdf = await page.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await expectNoSeriousA11yViolations(page, "beskederne med brevet åbent");
  });

  test("in the reception Ahmad checks in with the code from his letter; a wrong code gets a Danish answer", async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/checkin?k=0265&kode=KMR7TX");
    await settled(page);
    await expectNoHorizontalScroll(page, "check-in");
    await h1(page, "Tjek ind til din samtale");
    expect(await page.getByTestId(ids.checkin.kode).inputValue()).toBe("KMR7TX");
    await expectNoSeriousA11yViolations(page, "check-in");
    await page.getByTestId(ids.checkin.submit).click();
    const ok = page.getByTestId(ids.checkin.ok);
    await ok.waitFor();
    const tekst = (await ok.textContent()) ?? "";
    expect(tekst).toContain("Du er tjekket ind");
    expect(tekst).toContain("kl. 10.30");
    expect(tekst).toContain("Lone");
    expect(tekst).toContain("Samtalerum 1");
    expect(tekst).not.toContain("Ahmad");
    await expectNoSeriousA11yViolations(page, "check-in: tjekket ind");

    await page.getByTestId(ids.checkin.again).click();
    await page.getByTestId(ids.checkin.kode).fill("ABCDEF");
    await page.getByTestId(ids.checkin.submit).click();
    const fejl = page.locator('[data-testid="error-summary"]');
    await fejl.waitFor();
    expect(await fejl.textContent()).toContain("Vi kan ikke finde en samtale med den kode");
    await expectNoSeriousA11yViolations(page, "check-in: ukendt kode");

    // Without the municipality in the address the screen says it is not set up.
    await page.goto("/checkin");
    await settled(page);
    await page.getByTestId(ids.checkin.manglerKommune).waitFor();
  });
});
