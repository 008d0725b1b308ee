/** The caseworker's dialog with the citizen (tab Dialog). */
export function DialogFane(_props: { borgerId: string; formaal: string }) {
  return null;
}
