/** Min side: the dialog with the caseworker (waiting for whom) and the citizen's own details to verify. */
export function DialogKort() {
  return null;
}
