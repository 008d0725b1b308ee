/** Min side: the job log against the weekly requirement, and the rights and duties review. */
export function JoblogKort() {
  return null;
}
