/** The caseworker's view of the job log and the rights review (tab Selvbetjening). */
export function JoblogSektion(_props: { borgerId: string; formaal: string }) {
  return null;
}
