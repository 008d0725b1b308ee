import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Anmodning, FristSvar, GenstandArt, MinSag, PunktDetalje, SagsIndsigt, Visningsart } from "./types.ts";

const enc = encodeURIComponent;
const root = ["indsigt"] as const;
const minSagKey = [...root, "borger", "sag"] as const;
const anmodningerKey = [...root, "borger", "aktindsigt"] as const;
const sagsKey = (borgerId: string) => [...root, "medarbejder", borgerId] as const;

export const useMinSag = (art: Visningsart | "") =>
  useQuery({
    queryKey: [...minSagKey, art],
    queryFn: () => api<MinSag>(`/api/borger/sag${art ? `?art=${art}` : ""}`),
    placeholderData: (previous) => previous,
  });

export const usePunkt = (art: GenstandArt, id: string) =>
  useQuery({
    queryKey: [...minSagKey, art, id],
    queryFn: () => api<PunktDetalje>(`/api/borger/sag/${art}/${enc(id)}`),
  });

export const punktPdfUrl = (art: GenstandArt, id: string) => `/api/borger/sag/${art}/${enc(id)}/pdf`;
export const allePdfUrl = "/api/borger/sag/pdf";

export const useAnmodninger = () =>
  useQuery({ queryKey: anmodningerKey, queryFn: () => api<Anmodning[]>("/api/borger/aktindsigt") });

export const useFrist = () =>
  useQuery({ queryKey: [...anmodningerKey, "frist"], queryFn: () => api<FristSvar>("/api/borger/aktindsigt/frist") });

export interface NyAnmodning {
  oenske: string;
  periodeFra?: string;
  periodeTil?: string;
  form: "minside" | "post";
  idempotensnoegle: string;
}

export function useAnmod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: NyAnmodning) => api<Anmodning>("/api/borger/aktindsigt", { method: "POST", body: b }),
    onSuccess: () => qc.invalidateQueries({ queryKey: root }),
  });
}

// The caseworker's side (tab Selvbetjening): every read is logged with the purpose.

export const useSagsIndsigt = (borgerId: string, formaal: string) =>
  useQuery({
    queryKey: [...sagsKey(borgerId), formaal],
    queryFn: () => api<SagsIndsigt>(`/api/medarbejder/borgere/${enc(borgerId)}/indsigt?formaal=${enc(formaal)}`),
  });

export const sagsPdfUrl = (borgerId: string, formaal: string) =>
  `/api/medarbejder/borgere/${enc(borgerId)}/indsigt/pdf?formaal=${enc(formaal)}`;

function useOpdater(borgerId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: sagsKey(borgerId) });
}

export function useUndtag(borgerId: string) {
  const opdater = useOpdater(borgerId);
  return useMutation({
    mutationFn: (b: {
      art: GenstandArt;
      genstandId: string;
      begrundelse: string;
      hjemmel: string;
      idempotensnoegle: string;
    }) => api(`/api/medarbejder/borgere/${enc(borgerId)}/indsigt/undtagelser`, { method: "POST", body: b }),
    onSuccess: opdater,
  });
}

export function useOphaev(borgerId: string) {
  const opdater = useOpdater(borgerId);
  return useMutation({
    mutationFn: ({ id, begrundelse }: { id: string; begrundelse: string }) =>
      api(`/api/medarbejder/indsigt/undtagelser/${enc(id)}/ophaev`, { method: "POST", body: { begrundelse } }),
    onSuccess: opdater,
  });
}

export function useBesvar(borgerId: string) {
  const opdater = useOpdater(borgerId);
  return useMutation({
    mutationFn: ({
      id,
      ...b
    }: {
      id: string;
      tekst: string;
      udvalg?: { art: GenstandArt; id: string }[];
      idempotensnoegle: string;
    }) => api<Anmodning>(`/api/medarbejder/aktindsigt/${enc(id)}/svar`, { method: "POST", body: b }),
    onSuccess: opdater,
  });
}

export function useUdsaet(borgerId: string) {
  const opdater = useOpdater(borgerId);
  return useMutation({
    mutationFn: ({ id, ...b }: { id: string; begrundelse: string; forventet: string; idempotensnoegle: string }) =>
      api<Anmodning>(`/api/medarbejder/aktindsigt/${enc(id)}/udsaet`, { method: "POST", body: b }),
    onSuccess: opdater,
  });
}
