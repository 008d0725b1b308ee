/** Min side: the citizen's access to their own case (letters, decisions, everything as PDF) and aktindsigt. */
export function IndsigtKort() {
  return null;
}
