import { type ErrorCode, errors } from "#contracts/errors.ts";
import { PORTALS, roleLabel } from "#contracts/roles.ts";
import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useSession } from "../../api/session.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { useFormat } from "../../ui/format.ts";
import { Alert, PageHeading } from "../../ui/page.tsx";
import { homePath, loginUrl } from "../../ui/portal.ts";

/**
 * The front page: the five entrances, each a full navigation to its login. It also explains why the user is here
 * after logging out (?logget-ud=1), after the session ran out (?udloebet=1) or after a failed login (?fejl=CODE).
 */
export function Landing() {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const [params] = useSearchParams();
  const session = useSession();
  const user = session.data?.user;
  const code = params.get("fejl");
  const known = code && code in errors ? (code as ErrorCode) : code ? "LOGIN_FAILED" : undefined;

  return (
    <div data-testid={testIds.landing.page}>
      <PageHeading>{t("landing.heading")}</PageHeading>
      {known ? (
        <div data-testid={testIds.landing.loginError}>
          <ErrorSummary
            problem={{
              type: `https://jobunivers.dk/problemer/${known.toLowerCase().replaceAll("_", "-")}`,
              title: errors[known][lang],
              status: errors[known].status,
              code: known,
            }}
          />
        </div>
      ) : null}
      {params.get("logget-ud") === "1" ? (
        <Alert kind="success" heading={t("landing.loggedOut")} testId={testIds.landing.loggedOutNotice}>
          <p>{t("landing.loggedOutText")}</p>
        </Alert>
      ) : null}
      {params.get("udloebet") === "1" ? (
        <Alert kind="info" heading={t("landing.expired")} testId={testIds.landing.expiredNotice}>
          <p>{t("landing.expiredText")}</p>
        </Alert>
      ) : null}
      <p className="font-lead">{t("landing.lead")}</p>
      {user ? (
        <Alert
          kind="info"
          heading={t("landing.loggedInAs", { name: user.name, role: roleLabel[user.role][lang].toLowerCase() })}
        >
          <p>
            <Link to={homePath[user.role]}>{t("landing.toYourPage")}</Link>
          </p>
        </Alert>
      ) : null}
      <h2>{t("landing.choose")}</h2>
      <ul className="card-row row">
        {PORTALS.map((portal) => (
          <li key={portal} className="col-12 col-md-6 col-lg-4">
            <a className="card" href={loginUrl(portal)} data-testid={testIds.landing.portalLink(portal)}>
              <div className="card-content">
                <h3 className="card-heading">{t(`landing.portals.${portal}.title`)}</h3>
                <p>{t(`landing.portals.${portal}.text`)}</p>
              </div>
            </a>
          </li>
        ))}
      </ul>
      <h2>{t("landing.aboutHeading")}</h2>
      <p>{t("landing.about")}</p>
    </div>
  );
}
