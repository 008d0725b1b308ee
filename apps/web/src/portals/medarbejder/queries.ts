import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { CitizenDetails, CitizenListItem, CodeText } from "../../api/types.ts";

export const useCaseload = () =>
  useQuery({ queryKey: ["medarbejder", "borgere"], queryFn: () => api<CitizenListItem[]>("/api/medarbejder/borgere") });

export const usePurposes = () =>
  useQuery({
    queryKey: ["medarbejder", "formaal"],
    queryFn: () => api<CodeText[]>("/api/medarbejder/formaal"),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSearchCitizens = () =>
  useMutation({
    mutationFn: (q: { cpr?: string; navn?: string }) =>
      api<CitizenListItem[]>("/api/medarbejder/borgere/soeg", { method: "POST", body: q }),
  });

/**
 * One citizen's data, opened for a stated purpose. Every fetch is an access the citizen can see in their log, so the
 * answer is kept for the page's lifetime and never fetched again in the background.
 */
export const useCitizen = (id: string, formaal: string | null) =>
  useQuery({
    queryKey: ["medarbejder", "borger", id, formaal],
    queryFn: () =>
      api<CitizenDetails>(
        `/api/medarbejder/borgere/${encodeURIComponent(id)}?formaal=${encodeURIComponent(formaal ?? "")}`,
      ),
    enabled: !!formaal,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    meta: { audited: true },
  });
