/** The caseworker's view of the citizen's aktindsigt requests (tab Selvbetjening). */
export function AktindsigtSektion(_props: { borgerId: string; formaal: string }) {
  return null;
}
