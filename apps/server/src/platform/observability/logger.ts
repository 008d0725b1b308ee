import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured logs with no personal data. Known personal fields are redacted by path, and anything that looks like a
 * CPR number (DDMMYY-SSSS, with or without the dash) is replaced wherever it appears, in messages and in nested
 * values, because a CPR number can hide in an error text or a URL someone built by mistake.
 */
const CPR_LIKE = /(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)/g;

export function scrubCpr(s: string): string {
  return s.replace(CPR_LIKE, "[cpr]");
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubCpr(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubCpr(value.message),
      stack: value.stack ? scrubCpr(value.stack) : undefined,
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
  return out;
}

export const REDACT_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "*.cpr",
  "*.password",
  "*.SAMLResponse",
  "body",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[skjult]" },
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? scrubCpr(a) : a)) as Parameters<typeof method>);
        },
      },
      serializers: {
        req: (req: { method?: string; url?: string; id?: string; raw?: { url?: string } }) => ({
          method: req.method,
          url: scrubCpr(String(req.url ?? req.raw?.url ?? "")),
          id: req.id,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: (e: Error) => scrub(e),
      },
    },
    destination,
  );
}
