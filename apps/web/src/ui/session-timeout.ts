/**
 * When to warn that an idle session is about to end, and when to end it (WCAG 2.2.1: warn, and let the user extend
 * with one action). The server ends a session `idle` after its last use, but records a use at most once a minute, so
 * the session may end up to a minute before "last call + idle"; the plan keeps that minute in hand for longer
 * timeouts. The warning comes two minutes before the end, or halfway for very short timeouts.
 */
export interface TimeoutPlan {
  warnAt: number;
  endAt: number;
}

const MINUTE = 60_000;

export function timeoutPlan(idleMs: number, lastActivity: number): TimeoutPlan {
  const idle = Math.max(0, idleMs);
  const slack = idle > 2 * MINUTE ? MINUTE : 0;
  const endAt = lastActivity + idle - slack;
  const lead = Math.min(2 * MINUTE, (idle - slack) / 2);
  return { warnAt: endAt - lead, endAt };
}
