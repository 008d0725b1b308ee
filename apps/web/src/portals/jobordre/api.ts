import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Art, Ordre, OrdreBody, OrdreRaekke, OrdningForslag, Status, Sted } from "./types.ts";

const enc = encodeURIComponent;
const key = (s: Sted) => ["jobordre", s.portal] as const;

export interface Filter {
  status?: Status | "";
  art?: Art | "";
  q?: string;
}

export function useOrdrer(s: Sted, f: Filter = {}) {
  const qs = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
  return useQuery({
    queryKey: [...key(s), "liste", qs],
    queryFn: () => api<{ ordrer: OrdreRaekke[] }>(`${s.api}${qs ? `?${qs}` : ""}`),
  });
}

export const useOrdre = (s: Sted, id: string) =>
  useQuery({ queryKey: [...key(s), "ordre", id], queryFn: () => api<Ordre>(`${s.api}/${enc(id)}`) });

export const useVirksomheder = (enabled: boolean) =>
  useQuery({
    queryKey: ["jobordre", "virksomheder"],
    queryFn: () => api<{ virksomheder: { cvr: string; navn: string }[] }>("/api/medarbejder/jobordrer/virksomheder"),
    enabled,
  });

export function useOrdninger(p: { art?: Art; timerMin: number; timerMax: number; start: string; slut: string | null }) {
  const ok =
    p.timerMin >= 1 && p.timerMax >= 1 && p.timerMin <= 60 && p.timerMax <= 60 && /^\d{4}-\d{2}-\d{2}$/.test(p.start);
  const qs = new URLSearchParams({
    timerMin: String(p.timerMin),
    timerMax: String(p.timerMax),
    start: p.start,
    ...(p.slut ? { slut: p.slut } : {}),
    ...(p.art ? { art: p.art } : {}),
  }).toString();
  return useQuery({
    queryKey: ["jobordre", "ordninger", qs],
    queryFn: () =>
      api<{ ordninger: OrdningForslag[]; certifikater: string[]; koerekort: string[] }>(
        `/api/jobordre/ordninger?${qs}`,
      ),
    enabled: ok,
  });
}

export function useOpret(s: Sted) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (b: OrdreBody & { idempotensnoegle: string; cvr?: string; udgiv: boolean }) => {
      const { udgiv, ...body } = b;
      const o = await api<Ordre>(s.api, { method: "POST", body });
      if (!udgiv) return o;
      return api<Ordre>(`${s.api}/${enc(o.id)}/status`, { method: "POST", body: { status: "aaben" } });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: key(s) }),
  });
}

export function useSkiftStatus(s: Sted, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { status: Exclude<Status, "kladde">; version: number }) =>
      api<Ordre>(`${s.api}/${enc(id)}/status`, { method: "POST", body: b }),
    onSuccess: (o) => {
      qc.setQueryData([...key(s), "ordre", id], o);
      return qc.invalidateQueries({ queryKey: [...key(s), "liste"] });
    },
  });
}

/** Skills found in a pasted job ad (H7's service). */
export const findAnnonceFaerdigheder = (tekst: string) =>
  api<{ forslag: { uri: string; titel: string; fund: string[] }[] }>("/api/jobordre/annonce/faerdigheder", {
    method: "POST",
    body: { tekst },
  });

export interface ErhvervDetalje {
  uri: string;
  titel: string;
  titelEn: string;
  isco: string;
  iscoTitel: string;
  essentielle: { uri: string; titel: string }[];
  valgfrie: { uri: string; titel: string }[];
}

/** The occupation with its skills (H1's service). */
export const useErhverv = (uri: string | null) =>
  useQuery({
    queryKey: ["jobordre", "erhverv", uri],
    queryFn: () => api<ErhvervDetalje>(`/api/esco/erhverv/${enc(uri!)}`),
    enabled: !!uri,
    staleTime: 600_000,
  });

/** Occupations suggested from the job's title (H2's search). */
export const useErhvervForslag = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ["jobordre", "erhvervsforslag", q],
    queryFn: () =>
      api<{ forslag: { uri: string; titel: string; isco: string }[] }>(`/api/esco/erhverv?q=${enc(q)}&n=3`),
    enabled: enabled && q.trim().length >= 3,
    staleTime: 600_000,
  });
