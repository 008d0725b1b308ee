import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type {
  BorgerOversigt,
  Gruppe,
  IndbakkeRaekke,
  Indberetning,
  KortStatus,
  Oplysninger,
  RettelseTilBehandling,
  SagDialog,
  TraadDetalje,
  ValgtFil,
} from "./types.ts";

const root = ["dialog"] as const;
const borgerKey = [...root, "borger"] as const;
const medarbejderKey = [...root, "medarbejder"] as const;
const oplysningerKey = [...root, "oplysninger"] as const;

const bilagBody = (filer: ValgtFil[]) => filer.map((f) => ({ filnavn: f.filnavn, indhold: f.indhold }));

/* ------------------------------------------------------------------ citizen */
export const useMineTraade = () =>
  useQuery({ queryKey: [...borgerKey, "liste"], queryFn: () => api<BorgerOversigt>("/api/borger/dialog") });

export const useKortStatus = () =>
  useQuery({
    queryKey: [...borgerKey, "status"],
    queryFn: () => api<KortStatus>("/api/borger/dialog/status"),
    staleTime: 10_000,
  });

export const useMinTraad = (id: string) =>
  useQuery({ queryKey: [...borgerKey, "traad", id], queryFn: () => api<TraadDetalje>(`/api/borger/dialog/${id}`) });

export function useNyTraad() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { emne: string; tekst: string; filer: ValgtFil[]; idempotensnoegle: string }) =>
      api<TraadDetalje>("/api/borger/dialog", {
        method: "POST",
        body: { emne: b.emne, tekst: b.tekst, bilag: bilagBody(b.filer), idempotensnoegle: b.idempotensnoegle },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: borgerKey }),
  });
}

export function useBorgerSvar(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { tekst: string; filer: ValgtFil[]; idempotensnoegle: string }) =>
      api<TraadDetalje>(`/api/borger/dialog/${id}/beskeder`, {
        method: "POST",
        body: { tekst: b.tekst, bilag: bilagBody(b.filer), idempotensnoegle: b.idempotensnoegle },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: borgerKey }),
  });
}

export function useBorgerLaest(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/api/borger/dialog/${id}/laest`, { method: "POST" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: [...borgerKey, "status"] }),
  });
}

/* ------------------------------------------------------------------ staff */
export const useIndbakke = () =>
  useQuery({
    queryKey: [...medarbejderKey, "indbakke"],
    queryFn: () => api<IndbakkeRaekke[]>("/api/medarbejder/dialog"),
  });

export const useRettelserTilBehandling = () =>
  useQuery({
    queryKey: [...medarbejderKey, "rettelser"],
    queryFn: () => api<RettelseTilBehandling[]>("/api/medarbejder/oplysninger/til-behandling"),
  });

export const useSagDialog = (borgerId: string, formaal: string) =>
  useQuery({
    queryKey: [...medarbejderKey, "sag", borgerId, formaal],
    queryFn: () => api<SagDialog>(`/api/medarbejder/borgere/${borgerId}/dialog?formaal=${encodeURIComponent(formaal)}`),
  });

export const useSagTraad = (id: string | null, formaal: string) =>
  useQuery({
    queryKey: [...medarbejderKey, "traad", id, formaal],
    queryFn: () => api<TraadDetalje>(`/api/medarbejder/dialog/${id}?formaal=${encodeURIComponent(formaal)}`),
    enabled: id !== null,
  });

export function useMedarbejderLaest(formaal: string) {
  return useMutation({
    mutationFn: (id: string) =>
      api(`/api/medarbejder/dialog/${id}/laest?formaal=${encodeURIComponent(formaal)}`, { method: "POST" }),
  });
}

export function useMedarbejderSvar(id: string, formaal: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { tekst: string; filer: ValgtFil[]; svarOenskes: boolean; idempotensnoegle: string }) =>
      api<TraadDetalje>(`/api/medarbejder/dialog/${id}/beskeder?formaal=${encodeURIComponent(formaal)}`, {
        method: "POST",
        body: {
          tekst: b.tekst,
          svarOenskes: b.svarOenskes,
          bilag: bilagBody(b.filer),
          idempotensnoegle: b.idempotensnoegle,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: medarbejderKey }),
  });
}

export function useMedarbejderNyTraad(borgerId: string, formaal: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: {
      emne: string;
      tekst: string;
      svarOenskes: boolean;
      filer: ValgtFil[];
      idempotensnoegle: string;
    }) =>
      api<TraadDetalje>(`/api/medarbejder/borgere/${borgerId}/dialog?formaal=${encodeURIComponent(formaal)}`, {
        method: "POST",
        body: {
          emne: b.emne,
          tekst: b.tekst,
          svarOenskes: b.svarOenskes,
          bilag: bilagBody(b.filer),
          idempotensnoegle: b.idempotensnoegle,
        },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: medarbejderKey }),
  });
}

export function useIntetSvar(formaal: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<TraadDetalje>(`/api/medarbejder/dialog/${id}/intet-svar?formaal=${encodeURIComponent(formaal)}`, {
        method: "POST",
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: medarbejderKey }),
  });
}

/* ------------------------------------------------------------------ own details */
export const useOplysninger = () =>
  useQuery({ queryKey: [...oplysningerKey, "egne"], queryFn: () => api<Oplysninger>("/api/borger/oplysninger") });

export function useIndberet() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { gruppe: Gruppe; handling: "bekraeftet" | "rettet"; data?: unknown; idempotensnoegle: string }) =>
      api<Oplysninger & { indberetning: Indberetning }>(`/api/borger/oplysninger/${b.gruppe}`, {
        method: "POST",
        body: { handling: b.handling, data: b.data, idempotensnoegle: b.idempotensnoegle },
      }),
    onSuccess: (r) => qc.setQueryData([...oplysningerKey, "egne"], r),
  });
}

export const useSagOplysninger = (borgerId: string, formaal: string) =>
  useQuery({
    queryKey: [...oplysningerKey, "sag", borgerId, formaal],
    queryFn: () =>
      api<Oplysninger>(`/api/medarbejder/borgere/${borgerId}/oplysninger?formaal=${encodeURIComponent(formaal)}`),
  });

export function useBehandl(formaal: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { id: string; udfald: "godkendt" | "afvist"; bemaerkning?: string }) =>
      api<Indberetning>(`/api/medarbejder/oplysninger/${b.id}/behandl?formaal=${encodeURIComponent(formaal)}`, {
        method: "POST",
        body: { udfald: b.udfald, ...(b.bemaerkning ? { bemaerkning: b.bemaerkning } : {}) },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: root }),
  });
}
