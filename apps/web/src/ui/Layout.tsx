import { roleLabel } from "#contracts/roles.ts";
import { testIds } from "#contracts/testids.ts";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { ProblemError } from "../api/client.ts";
import { useLogout, useSession, useSwitchLanguage } from "../api/session.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { useFormat } from "./format.ts";
import { homePath, portalOf, portalOfPath, themeOf } from "./portal.ts";
import { SessionTimeout } from "./SessionTimeout.tsx";

/**
 * Every page: the skip link, the DKFDS header (portal row with the language switch and the user, solution row with
 * the page's service and the sending authority), the main content and the footer.
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { lang } = useFormat();
  const session = useSession();
  const user = session.data?.user;
  const location = useLocation();
  const portal = user ? portalOf(user.role) : portalOfPath(location.pathname);
  const switchLanguage = useSwitchLanguage();
  const logout = useLogout();

  // The session's language wins over the cookie (it is what the server answers in).
  const sessionLang = user?.lang;
  useEffect(() => {
    if (sessionLang && sessionLang !== i18n.language) void i18n.changeLanguage(sessionLang);
  }, [sessionLang, i18n]);

  useEffect(() => {
    document.documentElement.classList.toggle("theme-virk", themeOf(portal) === "virkdk");
  }, [portal]);

  const authority = user
    ? (user.jobcenterNavn ?? t("header.jobcenter", { kommune: (user.kommunenavn ?? "").replace(/ Kommune$/, "") }))
    : t("app.name");
  const solution = user ? t(`header.solution.${user.role}`) : t("header.solution.anonymous");
  const home = user ? homePath[user.role] : "/";
  const other = lang === "da" ? "en" : "da";
  const problem = logout.error ?? switchLanguage.error;

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t("layout.skipLink")}
      </a>
      <header className="header" data-testid={testIds.layout.header}>
        <div className="portal-info">
          <div className="portal-info-inner container ju-portal-info-inner">
            <Link to="/" className="ju-brand">
              {t("app.name")}
            </Link>
            <div className="ju-portal-actions">
              <button
                type="button"
                className="function-link ju-language-switch"
                lang={other}
                onClick={() => switchLanguage.mutate(other)}
                disabled={switchLanguage.isPending}
                data-testid={testIds.layout.languageSwitch}
              >
                {t("layout.switchTo")}
              </button>
              {user ? (
                <>
                  <p className="user ju-user">
                    <span className="username weight-semibold" data-testid={testIds.layout.userName}>
                      {user.name}
                    </span>
                    <span className="ju-user-role" data-testid={testIds.layout.userRole}>
                      {roleLabel[user.role][lang]}
                    </span>
                  </p>
                  <button
                    type="button"
                    className="button button-secondary ju-logout"
                    onClick={() => logout.mutate()}
                    disabled={logout.isPending}
                    data-testid={testIds.layout.logout}
                  >
                    {t("layout.logout")}
                  </button>
                </>
              ) : null}
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container ju-solution-info-inner">
            <div className="solution-heading">
              <Link to={home}>{solution}</Link>
            </div>
            <div className="additional-info ju-additional-info">
              <p className="authority-name" data-testid={testIds.layout.authority}>
                {authority}
              </p>
            </div>
          </div>
        </div>
      </header>
      <main id="main-content" className="container ju-main" tabIndex={-1} data-testid={testIds.layout.main}>
        {user ? <SessionTimeout idleMs={Date.parse(user.expiresAt) - Date.parse(user.serverTid)} /> : null}
        {problem instanceof ProblemError ? <ErrorSummary problem={problem.problem} /> : null}
        <Outlet />
      </main>
      <footer data-testid={testIds.layout.footer}>
        <div className="footer">
          <div className="container">
            <div className="row">
              <div className="col-12 col-md-6 footer-col">
                <p className="weight-semibold">{authority}</p>
                <p>{t("footer.about")}</p>
              </div>
              <div className="col-12 col-md-6 footer-col">
                <ul className="nobullet-list footer-links">
                  <li>
                    <Link
                      className="function-link"
                      to="/tilgaengelighed"
                      data-testid={testIds.layout.accessibilityLink}
                    >
                      {t("footer.accessibility")}
                    </Link>
                  </li>
                  <li>
                    <Link className="function-link" to="/">
                      {t("footer.front")}
                    </Link>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
