import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, ProblemError, SESSION_EXPIRED_URL, setCsrfToken } from "./client.ts";
import type { Lang, Session } from "./types.ts";

export const sessionKey = ["session"] as const;

/**
 * The logged-in user, or null when nobody is logged in. An expired session sends the browser to the front page with
 * the explanation, except on the front page itself, which then simply shows the portals.
 */
async function fetchSession(): Promise<Session | null> {
  try {
    const s = await api<Session>("/api/session", { keepOnExpiry: true });
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ProblemError && e.status === 401) {
      setCsrfToken(undefined);
      if (e.code === "SESSION_EXPIRED" && window.location.pathname !== "/") window.location.assign(SESSION_EXPIRED_URL);
      return null;
    }
    throw e;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** Ends the session on the server and goes where it says (the front page with "you are logged out"). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        return await api<{ redirect: string }>("/auth/logout", { method: "POST", keepOnExpiry: true });
      } catch (e) {
        // A stale CSRF token: fetch a fresh one with the session and try once more.
        if (e instanceof ProblemError && e.code === "CSRF_INVALID") {
          await queryClient.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 0 });
          return api<{ redirect: string }>("/auth/logout", { method: "POST", keepOnExpiry: true });
        }
        // The session had already ended: the user is logged out either way.
        if (e instanceof ProblemError && e.status === 401) return { redirect: "/?logget-ud=1" };
        throw e;
      }
    },
    onSuccess: ({ redirect }) => {
      setCsrfToken(undefined);
      queryClient.clear();
      window.location.assign(redirect.startsWith("/") ? redirect : "/");
    },
  });
}

/**
 * Switches between Danish and English: the server remembers the choice (in the session and a cookie), the page
 * re-renders in the new language, and <html lang> follows. Data already shown is not fetched again: texts for codes
 * (target groups, roles, purposes) come from the shared catalogues in the chosen language.
 */
export function useSwitchLanguage() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lang: Lang) => api<{ lang: Lang }>("/api/sprog", { method: "PUT", body: { lang } }),
    onSuccess: async ({ lang }) => {
      await i18n.changeLanguage(lang);
      queryClient.setQueryData<Session | null>(sessionKey, (s) => (s ? { ...s, user: { ...s.user, lang } } : s));
    },
  });
}
