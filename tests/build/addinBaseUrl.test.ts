import {
  AddinBaseUrlError,
  DEVELOPMENT_BASE_URL,
  readAddinBaseUrl,
  rebaseManifest,
  rebaseUrls,
} from "../../scripts/build/addinBaseUrl";

describe("readAddinBaseUrl", () => {
  it.each([
    [undefined, DEVELOPMENT_BASE_URL],
    ["", DEVELOPMENT_BASE_URL],
    ["  ", DEVELOPMENT_BASE_URL],
    ["https://addins.example.org/c2c/", "https://addins.example.org/c2c/"],
    ["https://example.github.io/", "https://example.github.io/"],
    ["https://localhost:8443/", "https://localhost:8443/"],
  ])("accepts %p as %p", (value, expected) => {
    expect(readAddinBaseUrl(value)).toBe(expected);
  });

  it.each([
    ["http://addins.example.org/c2c/", "must be served over https"],
    ["https://addins.example.org/c2c", 'does not end with "/"'],
    ["addins.example.org/c2c/", "not a URL"],
    ["https://addins.example.org/c2c/?v=2/", "query or a fragment"],
    ["ftp://addins.example.org/", "must be served over https"],
  ])("refuses %p with a message saying why", (value, reason) => {
    expect(() => readAddinBaseUrl(value)).toThrow(AddinBaseUrlError);
    expect(() => readAddinBaseUrl(value)).toThrow(reason);
    expect(() => readAddinBaseUrl(value)).toThrow(
      `ADDIN_BASE_URL must be an https:// URL ending with "/"`,
    );
  });
});

describe("rebaseUrls and rebaseManifest", () => {
  const base = "https://addins.example.org/c2c/";

  it("replaces every development URL prefix and nothing else", () => {
    expect(
      rebaseUrls(
        "a https://localhost:3000/x.js b https://localhost:3000/assets/i.png https://localhost:30000/",
        base,
      ),
    ).toBe(
      "a https://addins.example.org/c2c/x.js b https://addins.example.org/c2c/assets/i.png https://localhost:30000/",
    );
  });

  it("sets the AppDomain to the base URL's origin", () => {
    const manifest =
      '<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains><IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>';
    expect(rebaseManifest(manifest, base)).toBe(
      '<AppDomains><AppDomain>https://addins.example.org</AppDomain></AppDomains><IconUrl DefaultValue="https://addins.example.org/c2c/assets/icon-32.png"/>',
    );
  });
});
