import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client.ts";
import type {
  Afmelding,
  Forslag,
  Kompetence,
  Tegnebog,
  Tilmelding,
  TilmeldingDetalje,
  Udbud,
  UdbudDetalje,
  UdbudFilter,
} from "./types.ts";

/** The citizen's marketplace API (apps/server/src/modules/marked/routes.ts). */
const base = "/api/borger/marked";
const root = ["marked", "borger"] as const;
export const tokensKey = [...root, "tokens"] as const;
export const tilmeldingerKey = [...root, "tilmeldinger"] as const;
const udbudKey = [...root, "udbud"] as const;
const forslagKey = [...root, "forslag"] as const;

/** The approved offers open to the citizen, by the filter (empty fields are left out). */
export const useUdbud = (filter: UdbudFilter) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
  const qs = q.toString();
  return useQuery({
    queryKey: [...udbudKey, "liste", qs],
    queryFn: () => api<Udbud[]>(`${base}/udbud${qs ? `?${qs}` : ""}`),
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
};

/** One approved offer with its modules, free seats and measured effect. */
export const useUdbudDetalje = (id: string) =>
  useQuery({
    queryKey: [...udbudKey, id],
    queryFn: () => api<UdbudDetalje>(`${base}/udbud/${id}`),
    staleTime: 10_000,
  });

export const useTegnebog = () =>
  useQuery({ queryKey: tokensKey, queryFn: () => api<Tegnebog>(`${base}/tokens`), staleTime: 10_000 });

export const useTilmeldinger = () =>
  useQuery({ queryKey: tilmeldingerKey, queryFn: () => api<Tilmelding[]>(`${base}/tilmeldinger`), staleTime: 10_000 });

export const useForslag = () =>
  useQuery({ queryKey: forslagKey, queryFn: () => api<Forslag[]>(`${base}/forslag`), staleTime: 60_000, retry: false });

/** The skills an offer can teach (ESCO), for the filter. */
export const useKompetencer = () =>
  useQuery({
    queryKey: ["marked", "kompetencer"],
    queryFn: () => api<Kompetence[]>("/api/marked/kompetencer"),
    staleTime: 60 * 60_000,
  });

/** One enrolment with what the provider has reported; fetched when the citizen opens it. */
export const useTilmeldingDetalje = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...root, "tilmelding", id],
    queryFn: () => api<TilmeldingDetalje>(`/api/marked/tilmeldinger/${id}`),
    enabled,
  });

/** After enrolling or cancelling: the balance, the enrolments, the seats and the suggestions change. */
function useRefresh() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: tokensKey }),
      qc.invalidateQueries({ queryKey: tilmeldingerKey }),
      qc.invalidateQueries({ queryKey: udbudKey }),
      qc.invalidateQueries({ queryKey: forslagKey }),
    ]);
}

/**
 * Enrol (idempotent with the key: a second click or a retry answers the first enrolment). The mutation ends when the
 * balance and the enrolments are fetched again, so the receipt shows the new balance at once.
 */
export function useTilmeld() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { udbudId: string; idempotensnoegle: string }) =>
      api<Tilmelding>(`${base}/tilmeldinger`, { method: "POST", body }),
    onSuccess: () => refresh(),
  });
}

/** Cancel an enrolment; the answer carries the tokens given back and the municipality's reason. */
export function useAfmeld() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, aarsag }: { id: string; aarsag?: string }) =>
      api<Afmelding>(`${base}/tilmeldinger/${id}/afmeld`, { method: "POST", body: aarsag ? { aarsag } : {} }),
    onSuccess: () => refresh(),
  });
}
