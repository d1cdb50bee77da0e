/** Fills the `{name}` placeholders of a catalogue string; an unknown placeholder is left visible, not blanked. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
