import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type {
  AdminKrav,
  Ansoegning,
  AnsoegningStatus,
  Bekraeftelse,
  Joblog,
  KravIndstilling,
  NyAnsoegning,
  Rettigheder,
} from "./types.ts";

const joblogKey = ["joblog", "borger"] as const;
const rettighederKey = ["rettigheder", "borger"] as const;
const enc = encodeURIComponent;

export const useJoblog = () => useQuery({ queryKey: joblogKey, queryFn: () => api<Joblog>("/api/borger/joblog") });

export const useRettigheder = () =>
  useQuery({ queryKey: rettighederKey, queryFn: () => api<Rettigheder>("/api/borger/rettigheder") });

export function useNyAnsoegning() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: NyAnsoegning) => api<Ansoegning>("/api/borger/joblog", { method: "POST", body: a }),
    onSuccess: () => qc.invalidateQueries({ queryKey: joblogKey }),
  });
}

export function useSkiftStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: AnsoegningStatus }) =>
      api<Ansoegning>(`/api/borger/joblog/${enc(id)}`, { method: "PATCH", body: { status } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: joblogKey }),
  });
}

export function useBekraeft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { gennemgangId: string; version: string; idempotensnoegle: string }) =>
      api<Bekraeftelse>("/api/borger/rettigheder/bekraeftelse", { method: "POST", body: b }),
    onSuccess: () => qc.invalidateQueries({ queryKey: rettighederKey }),
  });
}

/* ------------------------------------------------------------------ the caseworker */
const staffKey = (id: string, formaal: string) => ["joblog", "medarbejder", id, formaal] as const;

export const useBorgerJoblog = (id: string, formaal: string) =>
  useQuery({
    queryKey: [...staffKey(id, formaal), "joblog"],
    queryFn: () => api<Joblog>(`/api/medarbejder/borgere/${enc(id)}/joblog?formaal=${enc(formaal)}`),
  });

export const useBorgerRettigheder = (id: string, formaal: string) =>
  useQuery({
    queryKey: [...staffKey(id, formaal), "rettigheder"],
    queryFn: () => api<Rettigheder>(`/api/medarbejder/borgere/${enc(id)}/rettigheder?formaal=${enc(formaal)}`),
  });

export function useSaetKrav(id: string, formaal: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { antal: number | null; begrundelse: string; gyldigFra?: string; idempotensnoegle: string }) =>
      api<KravIndstilling>(`/api/medarbejder/borgere/${enc(id)}/joblog/krav?formaal=${enc(formaal)}`, {
        method: "POST",
        body: b,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: staffKey(id, formaal) }),
  });
}

/* ------------------------------------------------------------------ the administrator */
const adminKey = ["joblog", "admin"] as const;

export const useAdminKrav = () =>
  useQuery({ queryKey: adminKey, queryFn: () => api<AdminKrav>("/api/admin/joblog/krav") });

export function useSaetKommunekrav() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { maalgruppe: string; antal: number; begrundelse: string; idempotensnoegle: string }) =>
      api<KravIndstilling>("/api/admin/joblog/krav", { method: "POST", body: b }),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKey }),
  });
}
