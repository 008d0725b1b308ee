import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";

/**
 * Video meetings for booked conversations, behind an adapter: the booking code asks the registry for the
 * municipality's provider by name and never knows which one it is. Jitsi (self-hosted, token authentication) is the
 * one provider here; another is one more `VideoUdbyder` passed to `videoUdbydere`.
 */

export interface VideoDeltager {
  id: string;
  navn: string;
  rolle: "borger" | "medarbejder";
  email?: string | null;
}

export interface VideoRum {
  udbyder: string;
  rumId: string;
}

export interface VideoUdbyder {
  readonly navn: string;
  /** Create (or name) the room for a meeting; deterministic per conversation is fine; must not be guessable. */
  opretRum(input: { samtaleId: string; start: Date; slut: Date }): Promise<VideoRum>;
  /** A link for one participant, valid only around the meeting time (from 15 min before start until 30 min after end). */
  deltagerLink(
    rum: VideoRum,
    deltager: VideoDeltager,
    tid: { start: Date; slut: Date },
  ): Promise<{ url: string; gyldigFra: Date; gyldigTil: Date }>;
}

/** A participant's link works from this many minutes before the start … */
export const LINK_FOER_MINUTTER = 15;
/** … until this many minutes after the end. */
export const LINK_EFTER_MINUTTER = 30;

const MINUT = 60_000;

/** The window in which a participant's link works, in whole seconds (as JWT nbf/exp are). */
export function linkVindue(tid: { start: Date; slut: Date }): { gyldigFra: Date; gyldigTil: Date } {
  if (!(tid.slut.getTime() > tid.start.getTime())) throw new Error("Video: a meeting must end after it starts");
  const fra = Math.floor((tid.start.getTime() - LINK_FOER_MINUTTER * MINUT) / 1000);
  const til = Math.ceil((tid.slut.getTime() + LINK_EFTER_MINUTTER * MINUT) / 1000);
  return { gyldigFra: new Date(fra * 1000), gyldigTil: new Date(til * 1000) };
}

// ---------------------------------------------------------------------------------------------------------------
// Jitsi

export interface JitsiKonfiguration {
  /** The Jitsi server's host name, e.g. "meet.jobunivers.example" (no scheme, no path). */
  domaene: string;
  /** Prosody's app_id: the tokens' issuer. */
  appId: string;
  /** Prosody's app_secret: the HS256 key, at least 32 bytes. Also keys the room names. */
  hemmelighed: string;
  /** Link scheme; https unless set to false (a local test server). */
  https?: boolean;
}

const JITSI_AUDIENCE = "jitsi";
const RUM_PRAEFIKS = "jobunivers-";

function kontrollerKonfiguration(cfg: JitsiKonfiguration): void {
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(cfg.domaene))
    throw new Error("Jitsi: domaene must be a host name without scheme or path");
  if (cfg.appId.trim() === "") throw new Error("Jitsi: appId is empty");
  if (Buffer.byteLength(cfg.hemmelighed, "utf8") < 32) throw new Error("Jitsi: hemmelighed must be at least 32 bytes");
}

function noegle(cfg: JitsiKonfiguration): Uint8Array {
  return new TextEncoder().encode(cfg.hemmelighed);
}

/**
 * The room name for a conversation: the prefix and 128 bits of HMAC-SHA256 over the conversation's id, lower-case
 * hex. The same conversation always gets the same room; without the secret no one can compute it from the id.
 */
export function jitsiRumnavn(samtaleId: string, hemmelighed: string): string {
  const mac = createHmac("sha256", hemmelighed).update(`jobunivers-videorum:${samtaleId}`).digest("hex");
  return RUM_PRAEFIKS + mac.slice(0, 32);
}

/**
 * Jitsi Meet with token authentication (Prosody `authentication = "token"`, app_id / app_secret). Each participant's
 * link carries an HS256 JWT as Prosody's token verification expects: aud "jitsi", iss the app id, sub the domain,
 * room the room name, nbf/exp the link window, and context.user with the participant's id, name, (e-mail) and
 * moderator flag. The caseworker is moderator ("true", and affiliation "owner" for the token_affiliation plugin);
 * the citizen is not.
 */
export function jitsiUdbyder(cfg: JitsiKonfiguration): VideoUdbyder {
  kontrollerKonfiguration(cfg);
  const key = noegle(cfg);
  const skema = cfg.https === false ? "http" : "https";
  return {
    navn: "jitsi",
    async opretRum({ samtaleId }) {
      // Jitsi creates the room when the first participant with a valid token joins; naming it is all there is.
      return { udbyder: "jitsi", rumId: jitsiRumnavn(samtaleId, cfg.hemmelighed) };
    },
    async deltagerLink(rum, deltager, tid) {
      if (rum.udbyder !== "jitsi") throw new Error(`Jitsi: the room belongs to the provider "${rum.udbyder}"`);
      const { gyldigFra, gyldigTil } = linkVindue(tid);
      const moderator = deltager.rolle === "medarbejder";
      const user: Record<string, string> = {
        id: deltager.id,
        name: deltager.navn,
        moderator: moderator ? "true" : "false",
        affiliation: moderator ? "owner" : "member",
      };
      if (deltager.email) user.email = deltager.email;
      const token = await new SignJWT({ room: rum.rumId, context: { user } })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setAudience(JITSI_AUDIENCE)
        .setIssuer(cfg.appId)
        .setSubject(cfg.domaene)
        .setNotBefore(gyldigFra.getTime() / 1000)
        .setExpirationTime(gyldigTil.getTime() / 1000)
        .sign(key);
      const url = `${skema}://${cfg.domaene}/${encodeURIComponent(rum.rumId)}?jwt=${token}`;
      return { url, gyldigFra, gyldigTil };
    },
  };
}

/**
 * Checks a Jitsi participant link the way Prosody would: the host and room, the signature with the secret, the
 * audience, issuer and subject, and the time window at `tidspunkt` (now if not given) without clock tolerance.
 * Throws when anything does not hold.
 */
export async function verificerJitsiLink(
  url: string,
  cfg: JitsiKonfiguration,
  tidspunkt?: Date,
): Promise<{ rum: string; navn: string; moderator: boolean; nbf: Date; exp: Date }> {
  const u = new URL(url);
  if (u.host !== cfg.domaene.toLowerCase()) throw new Error(`Jitsi link: host ${u.host} is not ${cfg.domaene}`);
  const rum = decodeURIComponent(u.pathname.replace(/^\//, ""));
  const token = u.searchParams.get("jwt");
  if (!token) throw new Error("Jitsi link: no jwt parameter");
  const { payload } = await jwtVerify(token, noegle(cfg), {
    algorithms: ["HS256"],
    audience: JITSI_AUDIENCE,
    issuer: cfg.appId,
    subject: cfg.domaene,
    requiredClaims: ["room", "nbf", "exp"],
    clockTolerance: 0,
    ...(tidspunkt ? { currentDate: tidspunkt } : {}),
  });
  if (payload.room !== rum) throw new Error("Jitsi link: the token is for another room");
  const user = (payload.context as { user?: { name?: unknown; moderator?: unknown } } | undefined)?.user;
  if (typeof user?.name !== "string") throw new Error("Jitsi link: the token names no participant");
  return {
    rum,
    navn: user.name,
    moderator: user.moderator === "true" || user.moderator === true,
    nbf: new Date((payload.nbf as number) * 1000),
    exp: new Date((payload.exp as number) * 1000),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Registry

/** The configured video providers by name. Two providers with the same name are refused; an unknown name throws. */
export function videoUdbydere(...list: VideoUdbyder[]): { hent(navn: string): VideoUdbyder; navne(): string[] } {
  const efterNavn = new Map<string, VideoUdbyder>();
  for (const udbyder of list) {
    if (efterNavn.has(udbyder.navn)) throw new Error(`Video provider "${udbyder.navn}" is registered twice`);
    efterNavn.set(udbyder.navn, udbyder);
  }
  return {
    hent(navn) {
      const udbyder = efterNavn.get(navn);
      if (!udbyder)
        throw new Error(`Unknown video provider "${navn}" (known: ${[...efterNavn.keys()].join(", ") || "none"})`);
      return udbyder;
    },
    navne: () => [...efterNavn.keys()],
  };
}
