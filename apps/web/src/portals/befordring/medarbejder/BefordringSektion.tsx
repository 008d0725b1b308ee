/** The caseworker's view of transport claims to decide (tab Selvbetjening). */
export function BefordringSektion(_props: { borgerId: string; formaal: string }) {
  return null;
}
