/** Fills `{name}` placeholders in an interface string: fill('{right} of {total}', { right: 3, total: 8 }). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
