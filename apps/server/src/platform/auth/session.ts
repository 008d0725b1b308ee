import { createHash, randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Role } from "#contracts/roles.ts";
import type { DB } from "../db/schema.ts";
import { AppError, type Lang } from "../http/errors.ts";
import type { Clock, SessionUser } from "../http/route.ts";

export const SESSION_COOKIE = "ju_sid";
export const LANG_COOKIE = "ju_lang";

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
  secureCookies: boolean;
}

const hashId = (id: string) => createHash("sha256").update(id).digest("base64url");

/**
 * Server-side sessions in PostgreSQL: the cookie holds a random id, the table holds its hash, the user, and when it
 * expires. A session ends after `idleMinutes` without use, and at the latest `maxHours` after login.
 */
export function createSessions(db: Kysely<DB>, clock: Clock, policy: SessionPolicy) {
  const cookieOpts = {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: policy.secureCookies,
  };

  async function start(
    reply: FastifyReply,
    user: { id: string; kommunekode: string; rolle: string },
    method: string,
    lang: Lang,
    idToken?: string,
  ): Promise<void> {
    const id = randomBytes(32).toString("base64url");
    const now = clock.now();
    // Expired sessions are cleared as new ones start, so the table holds only live sessions and recent leftovers.
    await db.deleteFrom("session").where("udloeber", "<", now).execute();
    await db
      .insertInto("session")
      .values({
        id_hash: hashId(id),
        bruger_id: user.id,
        kommunekode: user.kommunekode,
        rolle: user.rolle,
        sprog: lang,
        login_metode: method,
        id_token: idToken ?? null,
        oprettet: now,
        sidst_brugt: now,
        udloeber: new Date(now.getTime() + policy.idleMinutes * 60_000),
      })
      .execute();
    reply.setCookie(SESSION_COOKIE, id, cookieOpts);
  }

  async function authenticate(req: FastifyRequest, reply: FastifyReply): Promise<SessionUser> {
    const id = req.cookies[SESSION_COOKIE];
    if (!id) throw new AppError("NOT_AUTHENTICATED");
    const row = await db
      .selectFrom("session")
      .innerJoin("bruger", "bruger.id", "session.bruger_id")
      .select([
        "session.id_hash",
        "session.rolle",
        "session.kommunekode",
        "session.sprog",
        "session.oprettet",
        "session.udloeber",
        "session.sidst_brugt",
        "bruger.id as bruger_id",
        "bruger.navn",
        "bruger.borger_id",
        "bruger.cvr",
        "bruger.leverandoer_id",
        "bruger.aktiv",
      ])
      .where("session.id_hash", "=", hashId(id))
      .executeTakeFirst();
    const now = clock.now();
    if (!row?.aktiv) {
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      throw new AppError("NOT_AUTHENTICATED");
    }
    const hardLimit = new Date(new Date(row.oprettet).getTime() + policy.maxHours * 3_600_000);
    if (new Date(row.udloeber) <= now || hardLimit <= now) {
      await db.deleteFrom("session").where("id_hash", "=", row.id_hash).execute();
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      throw new AppError("SESSION_EXPIRED");
    }
    const idle = new Date(Math.min(now.getTime() + policy.idleMinutes * 60_000, hardLimit.getTime()));
    // Slide the idle timeout, at most once a minute per session to keep writes down.
    if (now.getTime() - new Date(row.sidst_brugt).getTime() > 60_000) {
      await db
        .updateTable("session")
        .set({ sidst_brugt: now, udloeber: idle })
        .where("id_hash", "=", row.id_hash)
        .execute();
    }
    return {
      sessionId: row.id_hash,
      userId: row.bruger_id,
      name: row.navn,
      role: row.rolle as Role,
      kommunekode: row.kommunekode,
      borgerId: row.borger_id,
      cvr: row.cvr,
      leverandoerId: row.leverandoer_id,
      lang: row.sprog,
      expiresAt: idle,
    };
  }

  async function end(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const id = req.cookies[SESSION_COOKIE];
    if (id) await db.deleteFrom("session").where("id_hash", "=", hashId(id)).execute();
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
  }

  async function setLang(sessionIdHash: string, lang: Lang): Promise<void> {
    await db.updateTable("session").set({ sprog: lang }).where("id_hash", "=", sessionIdHash).execute();
  }

  return { start, authenticate, end, setLang };
}
export type Sessions = ReturnType<typeof createSessions>;
