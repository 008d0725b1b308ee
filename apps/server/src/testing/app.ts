import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { Portal } from "#contracts/roles.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { freePort } from "../main.ts";
import type { CprVault } from "../platform/crypto/cpr-vault.ts";
import type { Database, Engine } from "../platform/db/database.ts";
import { createLogger } from "../platform/observability/logger.ts";
import { seedDemoIfEmpty } from "../seed/demo.ts";
import { freshDatabase } from "./databases.ts";

export { freePort };

/** A clock the test moves by hand. */
export function testClock(start = "2026-11-23T09:00:00Z") {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advanceMinutes(m: number) {
      now += m * 60_000;
    },
  };
}

/** The demo as the test app seeds it: no generated population, the day the test clock starts on. */
export async function seedTestDemo(database: Database, vault: CprVault, clock = testClock()): Promise<void> {
  await seedDemoIfEmpty(database, vault, undefined, clock.now().toISOString().slice(0, 10));
}

/** A tiny cookie jar: enough for following a login through redirects between the app and its demo provider. */
export class CookieJar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (value === "" || /expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

export interface TestSession {
  jar: CookieJar;
  csrf: string;
  /** Where the login landed (the role's home page), or the error redirect. */
  landedOn: string;
}

/**
 * The whole app on a fresh database (PGlite or the server), with the demo municipalities and users seeded, listening
 * on a free local port so logins go through the real OpenID Connect flow against the in-process demo provider.
 */
export async function startTestApp(
  engine: Engine,
  opts: {
    env?: Record<string, string>;
    logs?: string[];
    beforeListen?: (app: FastifyInstance) => void;
    /** A port chosen beforehand (e.g. to register the app's redirect URI at a provider first). */
    port?: number;
  } = {},
) {
  // the run's seeded template holds the demo encrypted with the development keys; with other keys, seed afresh
  const ownKeys = Object.keys(opts.env ?? {}).some((k) => k.startsWith("CPR_"));
  const database = await freshDatabase(engine, ownKeys ? "migrated" : "seeded");
  const port = opts.port ?? (await freePort());
  const config = loadConfig({
    LOG_LEVEL: opts.logs ? "info" : "silent",
    PORT: String(port),
    // tests deliver the outbox themselves (koerUdsendelser), so what is sent when is deterministic
    UDSENDELSE_INTERVAL_SEKUNDER: "0",
    ...opts.env,
  });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      opts.logs?.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const clock = testClock();
  const publicUrl = config.publicUrl ?? `http://127.0.0.1:${port}`;
  const built = await buildApp({ config, database, logger, publicUrl, clock });
  await seedTestDemo(database, built.vault, clock);
  opts.beforeListen?.(built.app);
  await built.app.listen({ host: "127.0.0.1", port });
  const url = `http://127.0.0.1:${port}`;

  async function follow(jar: CookieJar, start: string, init?: RequestInit): Promise<string> {
    let next: string | undefined = start;
    let req: RequestInit | undefined = init;
    for (let i = 0; i < 15 && next; i++) {
      const res: Response = await fetch(new URL(next, url), {
        ...req,
        redirect: "manual",
        headers: { ...(req?.headers as Record<string, string>), cookie: jar.header() },
      });
      jar.store(res);
      req = undefined;
      const loc = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && loc) {
        next = loc;
        continue;
      }
      if (res.status === 200 && next.includes("/idp/interaction/")) return next;
      return next;
    }
    throw new Error("for mange omdirigeringer");
  }

  /** Logs in as a demo user through the demo provider, exactly as the browser does. */
  async function login(portal: Portal, subject: string, back?: string): Promise<TestSession> {
    const jar = new CookieJar();
    const interaction = await follow(
      jar,
      `/auth/login?portal=${portal}${back ? `&tilbage=${encodeURIComponent(back)}` : ""}`,
    );
    if (!interaction.includes("/idp/interaction/")) throw new Error(`ventede login-side, fik ${interaction}`);
    const landedOn = await follow(jar, `${new URL(interaction, url).pathname}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ account: subject }).toString(),
    });
    let csrf = "";
    if (jar.has("ju_sid")) {
      const res = await fetch(`${url}/api/session`, { headers: { cookie: jar.header() } });
      jar.store(res);
      csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    }
    return { jar, csrf, landedOn };
  }

  /** An API call with a session's cookies and CSRF token. */
  async function call(s: TestSession | undefined, method: string, path: string, body?: unknown) {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(s ? { cookie: s.jar.header(), "x-csrf-token": s.csrf } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      redirect: "manual",
    });
    if (s) s.jar.store(res);
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json: json as Record<string, unknown> & unknown[], text };
  }

  return {
    ...built,
    url,
    db: database.db,
    database,
    clock,
    login,
    call,
    close: async () => {
      await built.app.close();
      await database.dispose();
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
