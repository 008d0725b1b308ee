import { z } from "zod";

/**
 * The whole configuration of a Jobunivers instance, read from the environment once at start.
 * Every wrong value is reported by name with what was expected; the process then refuses to start.
 */
const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "skal være 32 byte base64-kodet (openssl rand -base64 32)");

const bool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .optional();

export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    HOST: z.string().default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** The public address users reach the app on; used in redirects and SAML/OIDC metadata. */
    PUBLIC_URL: z.url().optional(),
    WEB_DIST: z.string().min(1).optional(),
    /** A PostgreSQL server. When absent, the embedded PGlite in DATA_DIR is used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "skal være en postgres://-adresse")
      .optional(),
    DATA_DIR: z.string().default("var/pglite"),
    /** Seed the demo municipalities and users on start (default: on with PGlite, off with a server). */
    DEMO_SEED: bool,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Encryption key for CPR numbers (AES-256-GCM) and its id. Old keys stay listed for rotation. */
    CPR_ENCRYPTION_KEY: base64Key.optional(),
    CPR_ENCRYPTION_KEY_ID: z
      .string()
      .regex(/^[a-z0-9-]{1,32}$/)
      .default("k1"),
    /** Former keys as "id:base64,id:base64" so data encrypted with them can still be read (and re-encrypted). */
    CPR_OLD_KEYS: z.string().optional(),
    /** Key for the keyed hash used to look CPR numbers up. Never rotated without re-hashing. */
    CPR_HASH_KEY: base64Key.optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(8),
    /** Staff login through OpenID Connect. When absent, the in-process demo provider is used. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    /** Citizens and employers through NemLog-in (SAML 2.0 / OIOSAML 3). When absent, the demo provider is used. */
    SAML_IDP_ENTRY_POINT: z.url().optional(),
    SAML_IDP_CERT: z.string().optional(),
    SAML_SP_ENTITY_ID: z.string().optional(),
    SAML_SP_PRIVATE_KEY: z.string().optional(),
    SAML_SP_CERT: z.string().optional(),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    /** Demo and tests only: the clock starts at this instant and runs on (refused in production). */
    DEMO_START_TID: z.iso.datetime({ offset: true }).optional(),
    /** The video-meeting adapter for video conversations. */
    VIDEO_UDBYDER: z.enum(["jitsi"]).default("jitsi"),
    JITSI_DOMAENE: z.string().min(3).default("meet.jobunivers.example"),
    JITSI_APP_ID: z.string().min(1).default("jobunivers"),
    /** HS256 secret shared with the Jitsi server's token authentication (at least 32 characters). */
    JITSI_HEMMELIGHED: z.string().min(32).optional(),
    /** How often the outbox worker delivers due messages (receipts, reminders, letters); 0 switches it off. */
    UDSENDELSE_INTERVAL_SEKUNDER: z.coerce.number().int().min(0).max(3600).default(10),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === "production") {
      if (c.DEMO_START_TID)
        ctx.addIssue({ code: "custom", path: ["DEMO_START_TID"], message: "må ikke sættes i produktion" });
      for (const key of ["CPR_ENCRYPTION_KEY", "CPR_HASH_KEY", "PUBLIC_URL", "JITSI_HEMMELIGHED"] as const) {
        if (!c[key]) ctx.addIssue({ code: "custom", path: [key], message: "skal sættes i produktion" });
      }
    }
    if (c.OIDC_ISSUER && !c.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: "custom", path: ["OIDC_CLIENT_ID"], message: "skal sættes når OIDC_ISSUER er sat" });
    }
    if (c.SAML_IDP_ENTRY_POINT && !(c.SAML_IDP_CERT && c.SAML_SP_ENTITY_ID)) {
      ctx.addIssue({
        code: "custom",
        path: ["SAML_IDP_CERT"],
        message: "SAML_IDP_CERT og SAML_SP_ENTITY_ID skal sættes når SAML_IDP_ENTRY_POINT er sat",
      });
    }
  });

export type RawConfig = z.infer<typeof ConfigSchema>;

export interface Config {
  env: RawConfig["NODE_ENV"];
  host: string;
  port: number;
  publicUrl: string | undefined;
  /** the built web app to serve (default dist/web beside the code) */
  webDist: string | undefined;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | undefined };
  demoSeed: boolean;
  logLevel: RawConfig["LOG_LEVEL"];
  cpr: { keyId: string; key: Buffer; oldKeys: Map<string, Buffer>; hashKey: Buffer };
  session: { idleMinutes: number; maxHours: number };
  oidc: { issuer: string; clientId: string; clientSecret: string | undefined } | undefined;
  saml: { entryPoint: string; idpCert: string; spEntityId: string; spPrivateKey?: string; spCert?: string } | undefined;
  loginRateLimitPerMinute: number;
  /** demo and tests: the instant the clock starts at */
  demoStartTid: Date | undefined;
  video: { udbyder: "jitsi"; domaene: string; appId: string; hemmelighed: string };
  udsendelseIntervalSekunder: number;
}

/** Development keys: fixed so the embedded demo keeps its data readable between runs. Never used in production. */
const DEV_CPR_KEY = Buffer.from("jobunivers-demo-cpr-key-32-bytes", "utf8");
const DEV_HASH_KEY = Buffer.from("jobunivers-demo-cpr-hash-32bytes", "utf8");
const DEV_JITSI_SECRET = "jobunivers-demo-jitsi-secret-32-bytes!";

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurationen er ugyldig:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "(konfiguration)"}: ${i.message}`));
  }
  const c = parsed.data;
  const oldKeys = new Map<string, Buffer>();
  for (const part of (c.CPR_OLD_KEYS ?? "").split(",").filter(Boolean)) {
    const [id, key] = part.split(":");
    const buf = Buffer.from(key ?? "", "base64");
    if (!id || buf.length !== 32) throw new ConfigError([`CPR_OLD_KEYS: "${id ?? ""}" skal være id:32-byte-base64`]);
    oldKeys.set(id, buf);
  }
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    publicUrl: c.PUBLIC_URL,
    webDist: c.WEB_DIST,
    database: c.DATABASE_URL
      ? { kind: "postgres", url: c.DATABASE_URL }
      : { kind: "pglite", dataDir: c.DATA_DIR === "memory" ? undefined : c.DATA_DIR },
    demoSeed: c.DEMO_SEED ?? !c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    cpr: {
      keyId: c.CPR_ENCRYPTION_KEY_ID,
      key: c.CPR_ENCRYPTION_KEY ? Buffer.from(c.CPR_ENCRYPTION_KEY, "base64") : DEV_CPR_KEY,
      oldKeys,
      hashKey: c.CPR_HASH_KEY ? Buffer.from(c.CPR_HASH_KEY, "base64") : DEV_HASH_KEY,
    },
    demoStartTid: c.DEMO_START_TID ? new Date(c.DEMO_START_TID) : undefined,
    video: {
      udbyder: c.VIDEO_UDBYDER,
      domaene: c.JITSI_DOMAENE,
      appId: c.JITSI_APP_ID,
      hemmelighed: c.JITSI_HEMMELIGHED ?? DEV_JITSI_SECRET,
    },
    udsendelseIntervalSekunder: c.UDSENDELSE_INTERVAL_SEKUNDER,
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, maxHours: c.SESSION_MAX_HOURS },
    oidc: c.OIDC_ISSUER
      ? { issuer: c.OIDC_ISSUER, clientId: c.OIDC_CLIENT_ID!, clientSecret: c.OIDC_CLIENT_SECRET }
      : undefined,
    saml: c.SAML_IDP_ENTRY_POINT
      ? {
          entryPoint: c.SAML_IDP_ENTRY_POINT,
          idpCert: c.SAML_IDP_CERT!,
          spEntityId: c.SAML_SP_ENTITY_ID!,
          spPrivateKey: c.SAML_SP_PRIVATE_KEY,
          spCert: c.SAML_SP_CERT,
        }
      : undefined,
    loginRateLimitPerMinute: c.LOGIN_RATE_LIMIT_PER_MINUTE,
  };
}
