/** A message catalogue as messages/<locale>.json holds it: namespaces nesting down to strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/** Every message of a catalogue by its dotted key ("alumni.directory.title" → its text). */
export function flattenMessages(messages: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flattenMessages(value, path)) out.set(inner, text);
  }
  return out;
}
