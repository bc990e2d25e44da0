// The parts of a package as the preflight hands them on: canonical part name → inflated bytes.
// Looked up without case, as package part names are compared (ECMA-376 part 2).

export interface PackageParts {
  get(name: string): Uint8Array | undefined;
}

export function packagePartsOf(parts: ReadonlyMap<string, Uint8Array>): PackageParts {
  const byLowerName = new Map<string, Uint8Array>();
  for (const [name, bytes] of parts) byLowerName.set(name.toLowerCase(), bytes);
  return { get: (name) => parts.get(name) ?? byLowerName.get(name.toLowerCase()) };
}
