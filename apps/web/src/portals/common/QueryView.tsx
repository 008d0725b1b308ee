import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { localProblem, ProblemError } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { Loading } from "../../ui/page.tsx";

/** Shows a query's data, or a spinner while it loads, or the problem if it failed. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    const e = query.error;
    return <ErrorSummary problem={e instanceof ProblemError ? e.problem : localProblem("INTERNAL")} focus={false} />;
  }
  return <>{children(query.data)}</>;
}
