import { type ErrorCode, errors, type Problem } from "#contracts/errors.ts";

export type Lang = "da" | "en";

/** An expected failure with a stable code; mapped to problem details at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors?: { path: string; message: string }[],
  ) {
    super(code);
  }
  get status(): number {
    return errors[this.code].status;
  }
}

export function problem(
  code: ErrorCode,
  lang: Lang,
  extra?: { instance?: string; errors?: Problem["errors"] },
): Problem {
  const e = errors[code];
  return {
    type: `https://jobunivers.dk/problemer/${code.toLowerCase().replaceAll("_", "-")}`,
    title: e[lang],
    status: e.status,
    code,
    ...(extra?.instance ? { instance: extra.instance } : {}),
    ...(extra?.errors ? { errors: extra.errors } : {}),
  };
}
