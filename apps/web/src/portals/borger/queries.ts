import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { AdgangslogEntry, BorgerMig } from "../../api/types.ts";

export const useBorgerMig = () =>
  useQuery({ queryKey: ["borger", "mig"], queryFn: () => api<BorgerMig>("/api/borger/mig") });

export const useAdgangslog = () =>
  useQuery({
    queryKey: ["borger", "adgangslog"],
    queryFn: () => api<AdgangslogEntry[]>("/api/borger/adgangslog"),
    staleTime: 0,
  });
