// XLSForm names become XML element names in the form ODK and Kobo build (pyxform checks each one):
// a letter or underscore first, then letters, digits, hyphens, underscores and periods. Colons
// are left out although XML allows them: they mean a namespace prefix there.

const XML_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

function isXmlName(name: string): boolean {
  return XML_NAME.test(name) && !/^xml/i.test(name);
}

/**
 * `text` as a valid XML name not in `taken`: invalid characters become "_", a name that cannot
 * start as it is gets `prefix` and "_" before it, and a taken name gets "_2", "_3"…
 */
export function xmlNameFrom(text: string, prefix: string, taken: ReadonlySet<string>): string {
  let name = text
    .trim()
    .replace(/\s+/g, "_")
    .replace(/[^\p{L}\p{N}_.-]/gu, "_");
  if (!isXmlName(name)) name = `${prefix}_${name}`;
  if (!taken.has(name)) return name;
  let suffix = 2;
  while (taken.has(`${name}_${suffix}`)) suffix += 1;
  return `${name}_${suffix}`;
}
