import { existsSync, openAsBlob } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { homePath, PORTALS, type Portal, portalRoles, type Role } from "#contracts/roles.ts";
import { testIds } from "#contracts/testids.ts";
import { type DatabaseTemplates, startServer } from "../apps/server/src/main.ts";

/**
 * Browser journeys: the real server (embedded PostgreSQL in memory, demo municipalities seeded, the demo OpenID
 * Connect provider in-process) driven by Debian's Chromium through playwright-core. The web app must be built first
 * (`npm run test:e2e` does that).
 *
 * Every test file gets its own server and database, but the demo is migrated and seeded only once per run and kind
 * of seed (the day it counts from): the first server saves a dump of its freshly seeded database in the run's
 * template directory (e2e/global-setup.ts), and each later one starts from a copy of it (docs/testing.md).
 */
export { testIds };

/** The run's database templates as files `<key>.tar`; none when the global setup did not run. */
function databaseTemplates(): DatabaseTemplates | undefined {
  const dir = inject("databaseTemplateDir");
  if (!dir) return undefined;
  const file = (key: string) => path.join(dir, `${key}.tar`);
  return {
    load: async (key) => (existsSync(file(key)) ? openAsBlob(file(key)) : undefined),
    async save(key, dump) {
      // written aside and renamed, so a server starting at the same time never reads half a dump
      const part = `${file(key)}.${process.pid}.part`;
      await writeFile(part, Buffer.from(await dump.arrayBuffer()));
      await rename(part, file(key));
    },
  };
}

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The demo users (idp subjects) and the role each logs in with. */
export const DEMO_SUBJECTS = {
  "borger-mette": "borger",
  "borger-ahmad": "borger",
  "borger-jonas": "borger",
  "jk-lone": "jobkonsulent",
  "jk-peter": "jobkonsulent",
  "jk-sara": "jobkonsulent",
  "vk-kim": "virksomhedskonsulent",
  "leder-birgitte": "leder",
  "leder-koege": "leder",
  "virk-anders": "virksomhed",
  "lev-hanne": "leverandoer",
  "admin-jens": "admin",
  "admin-koege": "admin",
} as const satisfies Record<string, Role>;
export type DemoSubject = keyof typeof DEMO_SUBJECTS;

export interface Journey {
  /** The server's address, e.g. http://127.0.0.1:41234 */
  url: string;
  browser: Browser;
  /** A fresh browser (own cookies) with a page on the app; the page's errors are collected and checked after the test. */
  newPage(): Promise<Page>;
}

/**
 * Starts one server and one browser for a test file, a fresh browser context per `newPage()`, and after each test
 * fails on any JavaScript error or Content-Security-Policy violation the pages reported.
 */
export function useJourney(env: Record<string, string> = {}): Journey {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  const journey = {
    url: "",
    get browser() {
      if (!browser) throw new Error("the browser is not started yet");
      return browser;
    },
    async newPage() {
      const context = await journey.browser.newContext({ baseURL: journey.url, locale: "da-DK" });
      contexts.push(context);
      const page = await context.newPage();
      page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      page.on("console", (m) => {
        const text = m.text();
        if (m.type() === "error" && /Content Security Policy|Refused to/i.test(text))
          pageErrors.push(`${page.url()}: ${text}`);
      });
      return page;
    },
  } as Journey;

  beforeAll(async () => {
    server = await startServer(
      {
        DATA_DIR: "memory",
        PORT: "0",
        LOG_LEVEL: "warn",
        SESSION_IDLE_MINUTES: "30",
        LOGIN_RATE_LIMIT_PER_MINUTE: "500",
        // a web build elsewhere than dist/web (WEB_DIST), e.g. one per working copy
        ...(process.env.WEB_DIST ? { WEB_DIST: process.env.WEB_DIST } : {}),
        ...env,
      },
      { databaseTemplates: databaseTemplates() },
    );
    journey.url = server.url;
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close().catch(() => {});
    const errors = pageErrors.splice(0);
    expect(errors, "the pages reported JavaScript errors or CSP violations").toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return journey;
}

/** Waits until the app has rendered a page: its h1 is there and no spinner is left in the main content. */
export async function settled(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.locator("main .spinner").first().waitFor({ state: "detached" });
}

/** The page's h1 once the new page has rendered (the old page's h1 may linger for a moment after a navigation). */
export async function h1(page: Page, tekst: string | RegExp): Promise<void> {
  await expect.poll(async () => (await page.locator("main h1").first().textContent()) ?? "").toMatch(tekst);
}

/** Opens a citizen's case as a caseworker (the purpose step, then the logged-access notice) on one of its tabs. */
export async function openCase(page: Page, borgerId: string, fane: string): Promise<void> {
  await page.goto(`/medarbejder/borger/${borgerId}`);
  await page.getByTestId(testIds.medarbejder.purposeSelect).selectOption("SAGSBEHANDLING");
  await page.getByTestId(testIds.medarbejder.purposeSubmit).click();
  await page.getByTestId(testIds.medarbejder.citizenAuditNotice).waitFor();
  await openTab(page, fane);
}

/** Opens a tab of the open case and waits for its panel. */
export async function openTab(page: Page, fane: string): Promise<void> {
  await page.getByTestId(testIds.sag.tab(fane)).click();
  await page.getByTestId(testIds.sag.panel(fane)).waitFor();
  await settled(page);
}

/**
 * Logs in through the demo identity provider: the portal's login, the demo login page, the user's button; then waits
 * for the role's home page with the user's name in the header.
 */
export async function loginAs(page: Page, portal: Portal, subject: DemoSubject): Promise<void> {
  await page.goto(`/auth/login?portal=${portal}`);
  await page.waitForURL(/\/idp\/interaction\//);
  await page.getByTestId(`demo-user-${subject}`).click();
  const home = homePath[DEMO_SUBJECTS[subject]];
  await page.waitForURL((u) => u.pathname === home);
  await page.getByTestId(testIds.layout.userName).waitFor();
  await settled(page);
}

/** The portal a demo user logs in through. */
export function portalOfSubject(subject: DemoSubject): Portal {
  const role: Role = DEMO_SUBJECTS[subject];
  return PORTALS.find((p) => portalRoles[p].includes(role))!;
}

/** WCAG 1.4.10 (reflow): at 320 CSS pixels wide the page itself must not scroll sideways (a wide table may). */
export async function expectNoHorizontalScroll(page: Page, label = page.url()): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules and fails on any violation of impact serious or critical, printing
 * each with the elements it concerns.
 */
export async function expectNoSeriousA11yViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length) {
    const report = serious
      .map(
        (v) =>
          `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replaceAll("\n", "\n      ")}`)
            .join("\n")}`,
      )
      .join("\n");
    console.error(`axe: ${serious.length} serious or critical violation(s) on ${label}\n${report}`);
  }
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s)`),
    `serious or critical accessibility violations on ${label}`,
  ).toEqual([]);
}

/** A demo row's fixed id, as the seed makes it (seed/ids.ts demoId). */
export const demoId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** An element's text with every kind of white space as a plain space. */
export const tekst = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

/** Axe on the page as it is, and once more at phone width (390 px) without sideways scrolling. */
export async function tjekOgsaaPaaTelefon(page: Page, label: string): Promise<void> {
  await expectNoSeriousA11yViolations(page, label);
  const stor = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page, `${label} (390 px)`);
  await expectNoSeriousA11yViolations(page, `${label} (390 px)`);
  if (stor) await page.setViewportSize(stor);
}
