/** "pieces.2" → "pieces[2]", the way an editor sees a YAML list. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** "contacts[0].contact" → ["contacts", 0, "contact"]: the inverse of formatFieldPath. */
export function parseFieldPath(text: string): (string | number)[] | undefined {
  if (!/^[A-Za-z_][\w-]*(\[\d+\]|\.[A-Za-z_][\w-]*)*$/.test(text)) return undefined;
  return [...text.matchAll(/([A-Za-z_][\w-]*)|\[(\d+)\]/g)].map(([, key, index]) => (key !== undefined ? key : Number(index)));
}
