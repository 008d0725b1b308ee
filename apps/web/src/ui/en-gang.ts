import { useRef } from "react";

/**
 * A guard for a form's send: a double click or a second Enter while the first send is under way does nothing.
 * (The server saves the write once per idempotency key anyway; this spares the second request.)
 * `start()` says whether this send may go; call `faerdig()` when it has settled, success or not.
 */
export function useEnGang() {
  const igang = useRef(false);
  return {
    start(): boolean {
      if (igang.current) return false;
      igang.current = true;
      return true;
    },
    faerdig(): void {
      igang.current = false;
    },
  };
}
