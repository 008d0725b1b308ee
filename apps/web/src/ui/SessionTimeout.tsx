import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, lastApiActivity, onApiActivity, SESSION_EXPIRED_URL } from "../api/client.ts";
import { sessionKey } from "../api/session.ts";
import { formatTimeOfDay } from "./format.ts";
import { Icon } from "./Icon.tsx";
import { timeoutPlan } from "./session-timeout.ts";

/**
 * Warns before an idle session ends and lets the user stay logged in with one click; when the time is up it logs
 * out (so a shared computer is not left logged in) and shows the front page with the explanation.
 * `idleMs` is the session's idle timeout as the server reported it (expiresAt minus the time of the answer).
 * The warning is a non-modal alert dialog at the top of the content: it takes the focus, and nothing else is blocked.
 */
export function SessionTimeout({ idleMs }: { idleMs: number }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [last, setLast] = useState(lastApiActivity);
  const [warn, setWarn] = useState(false);
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => onApiActivity(setLast), []);

  const { warnAt, endAt } = timeoutPlan(idleMs, last);
  useEffect(() => {
    setWarn(Date.now() >= warnAt);
    const w = setTimeout(() => setWarn(true), Math.max(0, warnAt - Date.now()));
    const e = setTimeout(
      () => {
        void api("/auth/logout", { method: "POST", keepOnExpiry: true })
          .catch(() => undefined)
          .finally(() => window.location.assign(SESSION_EXPIRED_URL));
      },
      Math.max(0, endAt - Date.now()),
    );
    return () => {
      clearTimeout(w);
      clearTimeout(e);
    };
  }, [warnAt, endAt]);

  useEffect(() => {
    if (warn) stayRef.current?.focus();
  }, [warn]);

  if (!warn) return null;
  const time = formatTimeOfDay(new Date(endAt), i18n.language === "en" ? "en" : "da");
  return (
    <div
      className="alert alert-warning ju-timeout"
      role="alertdialog"
      aria-labelledby="timeout-heading"
      aria-describedby="timeout-text"
    >
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <p className="alert-heading" id="timeout-heading">
          {t("timeout.heading")}
        </p>
        <p className="alert-text" id="timeout-text">
          {t("timeout.text", { time })}
        </p>
        <p className="alert-text">
          <button
            ref={stayRef}
            type="button"
            className="button button-primary"
            onClick={() => void queryClient.refetchQueries({ queryKey: sessionKey })}
          >
            {t("timeout.stay")}
          </button>
        </p>
      </div>
    </div>
  );
}
