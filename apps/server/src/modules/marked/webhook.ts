/**
 * Webhooks to providers (docs/provider-api.md): an event for a provider is written in the same transaction as the
 * change it tells about (an outbox, `webhook_levering`), and delivered later by the webhook worker: POSTed as JSON to
 * the provider's address, signed with the provider's secret, retried with back-off, and logged where the provider
 * sees it.
 *
 * Delivery is at least once. The worker claims due deliveries across municipalities with FOR UPDATE SKIP LOCKED and
 * leases them (moves the next attempt a few minutes ahead) in one short transaction, then calls the provider outside
 * any transaction, then records the answer inside the municipality. Several workers never take the same delivery; a
 * worker that dies mid-call leaves the lease to run out, and the delivery is tried again. The receiver de-duplicates
 * by the `Jobunivers-Levering` header (the delivery's id).
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { type Tx, withTenant } from "../../platform/db/tenant.ts";

export type WebhookHaendelse = "tilmelding.oprettet" | "tilmelding.afmeldt" | "ping";
export const WEBHOOK_HAENDELSER: readonly WebhookHaendelse[] = ["tilmelding.oprettet", "tilmelding.afmeldt", "ping"];

/** The headers of a delivery. */
export const HEADER = {
  signatur: "Jobunivers-Signatur",
  haendelse: "Jobunivers-Haendelse",
  levering: "Jobunivers-Levering",
} as const;

/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last, the delivery is given up. */
export const BACKOFF_MINUTTER = [1, 5, 30, 120, 720, 1440] as const;
/** Attempts in all before a delivery is given up. */
export const MAKS_FORSOEG = BACKOFF_MINUTTER.length + 1;
/** How long the worker waits for the provider's answer. */
export const TIMEOUT_MS = 5_000;
/** How long a claimed delivery is held by the worker that claimed it (well over the timeout). */
const LEASE_MS = 2 * 60_000;

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function nyHemmelighed(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** The hex HMAC-SHA256 of `<t>.<body>` with the webhook's secret: the `v1` of the signature header. */
export function signatur(hemmelighed: string, t: number, body: string): string {
  return createHmac("sha256", hemmelighed).update(`${t}.${body}`, "utf8").digest("hex");
}

/** The `Jobunivers-Signatur` header for a body sent at `now`. */
export function signaturHeader(hemmelighed: string, now: Date, body: string): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${signatur(hemmelighed, t, body)}`;
}

/**
 * What a provider does with a delivery (and what docs/provider-api.md shows): checks the signature header against the
 * raw body with the shared secret, in constant time, and refuses a timestamp more than `toleranceSekunder` from its
 * own clock (a replayed old delivery). Any `v1=` of the header may match (during a change of secret).
 */
export function verificerSignatur(
  hemmelighed: string,
  header: string | null | undefined,
  body: string,
  opts: { now?: Date; toleranceSekunder?: number } = {},
): boolean {
  if (!header) return false;
  const dele = header.split(",").map((d) => d.trim().split("="));
  const t = Number(dele.find(([k]) => k === "t")?.[1]);
  const v1 = dele.filter(([k, v]) => k === "v1" && v).map(([, v]) => v!);
  if (!Number.isInteger(t) || v1.length === 0) return false;
  const now = (opts.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - t) > (opts.toleranceSekunder ?? 300)) return false;
  const forventet = Buffer.from(signatur(hemmelighed, t, body), "hex");
  return v1.some((v) => {
    const b = Buffer.from(v, "hex");
    return b.length === forventet.length && timingSafeEqual(b, forventet);
  });
}

/**
 * When to try again after `forsoeg` failed attempts: 1 minute after the first, then 5 and 30 minutes, 2, 12 and 24
 * hours; null when the delivery is to be given up.
 */
export function naesteForsoeg(forsoeg: number, now: Date): Date | null {
  if (forsoeg < 1) return now;
  const minutter = BACKOFF_MINUTTER[forsoeg - 1];
  return minutter === undefined ? null : new Date(now.getTime() + minutter * 60_000);
}

/** A delivery's state as the provider's log shows it. */
export type LeveringStatus = "afventer" | "leveret" | "fejlet" | "opgivet";
export function leveringStatus(l: { leveret: unknown; opgivet: unknown; forsoeg: number }): LeveringStatus {
  if (l.leveret) return "leveret";
  if (l.opgivet) return "opgivet";
  return l.forsoeg > 0 ? "fejlet" : "afventer";
}

/**
 * Whether an address may receive webhooks: https, or plain http only to this machine (a provider's local test
 * receiver). No user name or password in the address.
 */
export function gyldigWebhookUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === "https:") return true;
  return u.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(u.hostname);
}

/** Queues an event for the provider's webhook, if it has an active one; the key makes a retry queue it once. */
export async function planlaegWebhook(
  tx: Tx,
  leverandoerId: string,
  haendelse: WebhookHaendelse,
  data: Record<string, unknown>,
  noegle: string,
  now: Date,
) {
  const w = await tx
    .selectFrom("webhook")
    .select("leverandoer_id")
    .where("leverandoer_id", "=", leverandoerId)
    .where("aktiv", "=", true)
    .executeTakeFirst();
  if (!w) return;
  await tx
    .insertInto("webhook_levering")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      leverandoer_id: leverandoerId,
      haendelse,
      data: JSON.stringify({ ...data, haendelse, tidspunkt: now.toISOString() }),
      noegle,
      oprettet: now,
      naeste_forsoeg: now,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "noegle"]).doNothing())
    .execute();
}

/** The JSON body of a delivery: the delivery's id, the event, when it happened and its data. */
export function leveringKrop(l: {
  id: string;
  haendelse: string;
  oprettet: Date | string;
  data: Record<string, unknown>;
}) {
  const { haendelse: _h, tidspunkt, ...data } = l.data;
  return JSON.stringify({
    id: l.id,
    haendelse: l.haendelse,
    tidspunkt: typeof tidspunkt === "string" ? tidspunkt : new Date(l.oprettet).toISOString(),
    data,
  });
}

export interface WebhookDeps {
  db: Kysely<DB>;
  now: () => Date;
  log?: { error(obj: unknown, msg: string): void };
  /** the HTTP client (tests may replace it) */
  fetch?: typeof fetch;
}

interface Claimed {
  id: string;
  kommunekode: string;
  leverandoer_id: string;
  haendelse: string;
  data: Record<string, unknown>;
  oprettet: Date | string;
  forsoeg: number;
  url: string | null;
  hemmelighed: string | null;
  aktiv: boolean | null;
}

/** Claims up to `max` due deliveries across municipalities and leases them to this worker. */
async function claim(deps: WebhookDeps, now: Date, max: number): Promise<Claimed[]> {
  return deps.db.transaction().execute(async (sys) => {
    const rows = await sys
      .selectFrom("webhook_levering")
      .select(["id", "kommunekode", "leverandoer_id", "haendelse", "data", "oprettet", "forsoeg"])
      .where("leveret", "is", null)
      .where("opgivet", "is", null)
      .where("naeste_forsoeg", "<=", now)
      .orderBy("naeste_forsoeg")
      .limit(max)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return [];
    await sys
      .updateTable("webhook_levering")
      .set({ naeste_forsoeg: new Date(now.getTime() + LEASE_MS) })
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    const hooks = await sys
      .selectFrom("webhook")
      .select(["leverandoer_id", "url", "hemmelighed", "aktiv"])
      .where("leverandoer_id", "in", [...new Set(rows.map((r) => r.leverandoer_id))])
      .execute();
    const af = new Map(hooks.map((h) => [h.leverandoer_id, h]));
    return rows.map((r) => {
      const h = af.get(r.leverandoer_id);
      return { ...r, url: h?.url ?? null, hemmelighed: h?.hemmelighed ?? null, aktiv: h?.aktiv ?? null };
    });
  });
}

type Udfald = { ok: true; status: number } | { ok: false; status: number | null; fejl: string; opgiv?: boolean };

/** POSTs one delivery to the provider; never throws. */
async function send(deps: WebhookDeps, l: Claimed, now: Date): Promise<Udfald> {
  if (!l.url || !l.hemmelighed || !l.aktiv)
    return { ok: false, status: null, fejl: "Webhooken er slået fra eller slettet", opgiv: true };
  if (!gyldigWebhookUrl(l.url)) return { ok: false, status: null, fejl: "Adressen er ikke gyldig", opgiv: true };
  const body = leveringKrop(l);
  try {
    const res = await (deps.fetch ?? fetch)(l.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "Jobunivers-Webhook/1",
        [HEADER.signatur]: signaturHeader(l.hemmelighed, now, body),
        [HEADER.haendelse]: l.haendelse,
        [HEADER.levering]: l.id,
      },
      body,
    });
    await res.body?.cancel().catch(() => {});
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    return { ok: false, status: res.status, fejl: `Modtageren svarede HTTP ${res.status}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const fejl =
      e.name === "TimeoutError" || e.name === "AbortError"
        ? `Intet svar inden for ${TIMEOUT_MS / 1000} sekunder`
        : `Kunne ikke forbinde: ${e.cause?.code ?? e.cause?.message ?? e.message}`;
    return { ok: false, status: null, fejl: fejl.slice(0, 500) };
  }
}

/** Records the outcome of an attempt, inside the municipality. */
async function registrer(deps: WebhookDeps, l: Claimed, u: Udfald, now: Date) {
  await withTenant(deps.db, l.kommunekode, async (tx) => {
    const forsoeg = l.forsoeg + 1;
    if (u.ok) {
      await tx
        .updateTable("webhook_levering")
        .set({ forsoeg, leveret: now, sidste_status: u.status, sidste_fejl: null })
        .where("id", "=", l.id)
        .execute();
      return;
    }
    const naeste = u.opgiv ? null : naesteForsoeg(forsoeg, now);
    await tx
      .updateTable("webhook_levering")
      .set({
        forsoeg,
        sidste_status: u.status,
        sidste_fejl: u.fejl,
        ...(naeste ? { naeste_forsoeg: naeste } : { opgivet: now }),
      })
      .where("id", "=", l.id)
      .execute();
  });
}

/** Delivers due webhooks until none is due (or `max` is reached); answers how many attempts were made. */
export async function koerWebhooks(deps: WebhookDeps, max = 200): Promise<number> {
  let n = 0;
  while (n < max) {
    const now = deps.now();
    const batch = await claim(deps, now, Math.min(10, max - n));
    if (batch.length === 0) break;
    await Promise.all(
      batch.map(async (l) => {
        const u = await send(deps, l, now);
        await registrer(deps, l, u, deps.now()).catch((err) =>
          deps.log?.error({ err, webhookLevering: l.id }, "webhook-levering kunne ikke registreres"),
        );
      }),
    );
    n += batch.length;
  }
  return n;
}

/** Runs the webhook worker every `sekunder` until stopped; one run at a time. */
export function startWebhooks(deps: WebhookDeps, sekunder: number): () => Promise<void> {
  let koerer: Promise<unknown> = Promise.resolve();
  let stoppet = false;
  const timer = setInterval(() => {
    koerer = koerer.then(() => (stoppet ? 0 : koerWebhooks(deps).catch((err) => deps.log?.error({ err }, "webhooks"))));
  }, sekunder * 1000);
  timer.unref();
  return async () => {
    stoppet = true;
    clearInterval(timer);
    await koerer;
  };
}
