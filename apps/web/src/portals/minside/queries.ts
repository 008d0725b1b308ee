import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, setCsrfToken } from "../../api/client.ts";
import type { BisidderAdgang, Bisiddere, BisidderSide, NyBisidder } from "./types.ts";

/** The citizen's companion grants (apps/server/src/modules/minside/routes.ts). */
export const useBisiddere = () =>
  useQuery({ queryKey: ["borger", "bisiddere"], queryFn: () => api<Bisiddere>("/api/borger/bisiddere"), staleTime: 0 });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ["borger", "bisiddere"] });
}

export function useGivAdgang() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { navn: string; dage: number; idempotensnoegle: string }) =>
      api<NyBisidder>("/api/borger/bisiddere", { method: "POST", body }),
    onSuccess: () => refresh(),
  });
}

export function useTilbagekald() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<BisidderAdgang>(`/api/borger/bisiddere/${id}/tilbagekald`, { method: "POST" }),
    onSuccess: () => refresh(),
  });
}

export function useNyKode() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ adgang: BisidderAdgang; kode: string }>(`/api/borger/bisiddere/${id}/ny-kode`, { method: "POST" }),
    onSuccess: () => refresh(),
  });
}

// ------------------------------------------------------------------------------------------------- the companion

const side = (token: string) => `/api/offentlig/bisidder/${encodeURIComponent(token)}`;

/**
 * The companion's page. Each read of the overview is logged for the citizen, so it is fetched when the page opens and
 * after the code, not on every focus of the window.
 */
export const useBisidderSide = (token: string) =>
  useQuery({
    queryKey: ["bisidder", token],
    queryFn: async () => {
      const s = await api<BisidderSide>(side(token));
      // the companion has no login: the page's answer carries the token the code form posts with
      setCsrfToken(s.csrfToken);
      return s;
    },
    refetchOnWindowFocus: false,
    retry: false,
  });

/**
 * The page's CSRF token is set again right before each post: the app's session check (which fails without a login)
 * clears the token it does not have.
 */
export function useIndloesKode(token: string, csrfToken: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (kode: string) => {
      setCsrfToken(csrfToken);
      return api<{ status: string }>(`${side(token)}/kode`, { method: "POST", body: { kode } });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ["bisidder", token] }),
  });
}

export function useAfslut(token: string, csrfToken: string) {
  return useMutation({
    mutationFn: () => {
      setCsrfToken(csrfToken);
      return api<{ ok: true }>(`${side(token)}/afslut`, { method: "POST" });
    },
  });
}
