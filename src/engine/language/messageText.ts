// A message's text in a language: a template whose `{name}` placeholders take the message's
// parameters. Message catalogues (one per language, English the key set) hold the templates; this
// is the one place a template becomes text.

export type MessageParameters = Readonly<Record<string, string | number>>;

/** The template with each `{name}` replaced by its parameter; a placeholder without one stays as written. */
export function fillTemplate(template: string, parameters: MessageParameters = {}): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const value = parameters[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a template uses, sorted, each once: what two languages' templates must share. */
export function templatePlaceholders(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) names.add(match[1] ?? "");
  return [...names].sort();
}
