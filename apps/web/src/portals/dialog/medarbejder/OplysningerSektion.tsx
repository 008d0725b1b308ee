/** The caseworker's view of the citizen's confirmed and corrected details (tab Selvbetjening). */
export function OplysningerSektion(_props: { borgerId: string; formaal: string }) {
  return null;
}
