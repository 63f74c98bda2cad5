/** Placeholder until lib/cases export/import lands. */
export function DataTools() {
  return null;
}
