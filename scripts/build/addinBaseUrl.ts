// Where the built add-in is hosted. The committed manifest and the functions' help links use the
// development origin; the build rewrites them to ADDIN_BASE_URL so one source tree serves any host.

export const DEVELOPMENT_BASE_URL = "https://localhost:3000/";

/** Thrown (and shown by webpack) when ADDIN_BASE_URL cannot be used in a manifest. */
export class AddinBaseUrlError extends Error {
  constructor(value: string, reason: string) {
    super(
      `ADDIN_BASE_URL must be an https:// URL ending with "/" (for example https://addins.example.org/c2c/); got "${value}": ${reason}.`,
    );
    this.name = "AddinBaseUrlError";
  }
}

/**
 * The base URL to build for: `value` (the ADDIN_BASE_URL environment variable) or, when it is unset
 * or empty, the development origin. Office loads add-ins only over https, and every asset path is
 * appended to the base, so a missing final "/" would silently point at the wrong folder.
 */
export function readAddinBaseUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return DEVELOPMENT_BASE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AddinBaseUrlError(value, "it is not a URL");
  }
  if (url.protocol !== "https:")
    throw new AddinBaseUrlError(value, "Office add-ins must be served over https");
  if (!value.endsWith("/")) throw new AddinBaseUrlError(value, 'it does not end with "/"');
  if (url.search !== "" || url.hash !== "")
    throw new AddinBaseUrlError(value, "it has a query or a fragment");
  return value;
}

/** Replaces every development-origin URL prefix in `text` by `baseUrl`. */
export function rebaseUrls(text: string, baseUrl: string): string {
  return text.split(DEVELOPMENT_BASE_URL).join(baseUrl);
}

/**
 * The manifest for `baseUrl`: URLs rebased, and the AppDomain (an origin, without a path) set to the
 * base URL's origin.
 */
export function rebaseManifest(manifestXml: string, baseUrl: string): string {
  const developmentOrigin = new URL(DEVELOPMENT_BASE_URL).origin;
  return rebaseUrls(manifestXml, baseUrl)
    .split(`<AppDomain>${developmentOrigin}</AppDomain>`)
    .join(`<AppDomain>${new URL(baseUrl).origin}</AppDomain>`);
}
