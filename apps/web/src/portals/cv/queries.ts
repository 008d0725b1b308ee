import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Brancheskift, Cv, ForslagsGruppe, Grundlag, NyErfaring, NyUddannelse, StaffCv } from "./types.ts";

const cvKey = ["cv", "borger"] as const;
const enc = encodeURIComponent;

export const useCv = () => useQuery({ queryKey: cvKey, queryFn: () => api<Cv>("/api/borger/cv") });

/** Skill suggestions: for one occupation, or (without one) for all of the CV's occupations. */
export const useForslag = (erhverv: string | null, aktiv = true) =>
  useQuery({
    queryKey: [...cvKey, "forslag", erhverv ?? ""],
    queryFn: () =>
      api<{ grupper: ForslagsGruppe[] }>(`/api/borger/cv/forslag${erhverv ? `?erhverv=${enc(erhverv)}` : ""}`),
    enabled: aktiv,
  });

export const useBrancheskift = (fra: string | null) =>
  useQuery({
    queryKey: [...cvKey, "brancheskift", fra ?? ""],
    queryFn: () => api<Brancheskift>(`/api/borger/cv/brancheskift?fra=${enc(fra ?? "")}`),
    enabled: !!fra,
  });

/** A change of the CV; every change answers the whole CV, which replaces the cached one. */
function useAendring<V>(fn: (v: V) => Promise<Cv>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (cv) => {
      qc.setQueryData(cvKey, cv);
      void qc.invalidateQueries({ queryKey: [...cvKey, "forslag"] });
    },
  });
}

export const useGemGrundlag = () => useAendring((g: Grundlag) => api<Cv>("/api/borger/cv", { method: "PUT", body: g }));

export const useNyErfaring = () =>
  useAendring((e: NyErfaring & { idempotensnoegle: string }) =>
    api<Cv>("/api/borger/cv/erfaring", { method: "POST", body: e }),
  );
export const useRetErfaring = () =>
  useAendring(({ id, ...e }: NyErfaring & { id: string }) =>
    api<Cv>(`/api/borger/cv/erfaring/${enc(id)}`, { method: "PUT", body: e }),
  );
export const useSletErfaring = () =>
  useAendring((id: string) => api<Cv>(`/api/borger/cv/erfaring/${enc(id)}`, { method: "DELETE" }));

export const useNyUddannelse = () =>
  useAendring((u: NyUddannelse & { idempotensnoegle: string }) =>
    api<Cv>("/api/borger/cv/uddannelse", { method: "POST", body: u }),
  );
export const useSletUddannelse = () =>
  useAendring((id: string) => api<Cv>(`/api/borger/cv/uddannelse/${enc(id)}`, { method: "DELETE" }));

export const useTilfoejFaerdigheder = () =>
  useAendring((b: { uris: string[]; kilde: "forslag" | "egen" }) =>
    api<Cv>("/api/borger/cv/faerdigheder", { method: "POST", body: b }),
  );
export const useFjernFaerdighed = () =>
  useAendring((uri: string) => api<Cv>(`/api/borger/cv/faerdigheder?uri=${enc(uri)}`, { method: "DELETE" }));

export const useGemJobmaal = () =>
  useAendring((jobmaal: { erhvervUri: string; brancheskift: boolean; prioritet: number }[]) =>
    api<Cv>("/api/borger/cv/jobmaal", { method: "PUT", body: { jobmaal } }),
  );

/* ------------------------------------------------------------------ staff */
export const useBorgerCv = (id: string, formaal: string) =>
  useQuery({
    queryKey: ["cv", "medarbejder", id, formaal],
    queryFn: () => api<StaffCv>(`/api/medarbejder/borgere/${enc(id)}/cv?formaal=${enc(formaal)}`),
  });
