import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Prometheus metrics: process defaults plus HTTP requests by route and status. One registry per app instance. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "jobunivers_" });
  const httpDuration = new Histogram({
    name: "jobunivers_http_request_duration_seconds",
    help: "HTTP-forespørgslers varighed",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const logins = new Counter({
    name: "jobunivers_logins_total",
    help: "Gennemførte og afviste logins",
    labelNames: ["method", "outcome"],
    registers: [registry],
  });
  return { registry, httpDuration, logins };
}
export type Metrics = ReturnType<typeof createMetrics>;
