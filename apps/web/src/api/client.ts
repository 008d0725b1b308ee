import { type ErrorCode, errors, type Problem } from "#contracts/errors.ts";

/** An answer that was not OK, carrying the server's RFC 9457 problem details. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = "ProblemError";
  }
  get code(): ErrorCode {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
}

let csrfToken: string | undefined;
let lastActivity = Date.now();
const activityListeners = new Set<(at: number) => void>();

/** When the browser last talked to the server with the session (each such call keeps the session alive). */
export function lastApiActivity(): number {
  return lastActivity;
}

/** Calls `listener` after every answer from the server except "not logged in"; returns the unsubscribe. */
export function onApiActivity(listener: (at: number) => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

/** The CSRF token of the current session (from GET /api/session), sent with every call that changes something. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Where the browser goes when the server says the session has expired. */
export const SESSION_EXPIRED_URL = "/?udloebet=1";

function currentLang(): "da" | "en" {
  return document.documentElement.lang === "en" ? "en" : "da";
}

/** A problem made on this side, for answers that carry none (a proxy's error page, a lost connection). */
export function localProblem(code: ErrorCode, status?: number): Problem {
  const e = errors[code];
  return {
    type: `https://jobunivers.dk/problemer/${code.toLowerCase().replaceAll("_", "-")}`,
    title: e[currentLang()],
    status: status ?? e.status,
    code,
  };
}

/** A VALIDATION_FAILED problem made on this side, for the fields found wrong before anything is sent. */
export function validationProblem(errors: NonNullable<Problem["errors"]>): Problem {
  return { ...localProblem("VALIDATION_FAILED"), errors };
}

export interface ApiOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** Leave an expired session to the caller instead of sending the browser to the front page. */
  keepOnExpiry?: boolean;
  signal?: AbortSignal;
}

/**
 * Calls the API. Every call that is not a GET sends JSON and the session's CSRF token. An answer of 401 with
 * SESSION_EXPIRED sends the browser to the front page, which tells the user why; any other failure is thrown as a
 * ProblemError whose title is already in the user's language.
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  let body: string | undefined;
  if (method !== "GET") {
    headers["content-type"] = "application/json";
    if (csrfToken) headers["x-csrf-token"] = csrfToken;
    body = JSON.stringify(options.body ?? {});
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: "same-origin", signal: options.signal });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ProblemError(localProblem("UNAVAILABLE", 0));
  }
  if (res.status !== 401) {
    lastActivity = Date.now();
    for (const l of activityListeners) l(lastActivity);
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  let problem: Problem;
  try {
    const json = (await res.json()) as Partial<Problem>;
    problem = json.code && json.code in errors ? (json as Problem) : localProblem(fallbackCode(res.status), res.status);
  } catch {
    problem = localProblem(fallbackCode(res.status), res.status);
  }
  if (problem.status === 401 && problem.code === "SESSION_EXPIRED" && !options.keepOnExpiry) {
    window.location.assign(SESSION_EXPIRED_URL);
  }
  throw new ProblemError(problem);
}

/** The problem details of a call that failed with an answer (or a lost connection); undefined for anything else. */
export function problemOf(error: unknown): Problem | undefined {
  return error instanceof ProblemError ? error.problem : undefined;
}

function fallbackCode(status: number): ErrorCode {
  if (status === 401) return "NOT_AUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status === 404) return "NOT_FOUND";
  if (status === 429) return "RATE_LIMITED";
  if (status === 502 || status === 503 || status === 504) return "UNAVAILABLE";
  if (status >= 400 && status < 500) return "VALIDATION_FAILED";
  return "INTERNAL";
}
