import type { Portal, Role } from "#contracts/roles.ts";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { ProblemError } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { Loading } from "../../ui/page.tsx";
import { loginUrl } from "../../ui/portal.ts";
import { NoAccess } from "./NoAccess.tsx";

/**
 * A portal's pages: a visitor who is not logged in is sent to that portal's login; a user of another role sees
 * "Du har ikke adgang". The server checks the role on every call as well; this only spares the user a page of errors.
 */
export function RequireRole({ portal, roles }: { portal: Portal; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const anonymous = session.isSuccess && !session.data;
  useEffect(() => {
    if (anonymous) window.location.replace(loginUrl(portal, window.location.pathname + window.location.search));
  }, [anonymous, portal]);

  if (session.isPending || anonymous) return <Loading label={anonymous ? t("common.toLogin") : undefined} />;
  if (session.isError) {
    const e = session.error;
    return e instanceof ProblemError ? <ErrorSummary problem={e.problem} /> : null;
  }
  if (!roles.includes(session.data!.user.role)) return <NoAccess role={session.data!.user.role} />;
  return <Outlet />;
}
