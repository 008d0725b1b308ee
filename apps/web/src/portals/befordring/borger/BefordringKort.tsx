/** Min side: transport allowance claims. */
export function BefordringKort() {
  return null;
}
