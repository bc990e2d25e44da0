// Runs the production build once, as `npm run build` does, into a temporary directory with a
// hosting URL, and checks what would be uploaded: pages, bundles, metadata, manifest and icons.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rebaseManifest } from "../../scripts/build/addinBaseUrl";
import { FUNCTION_GUIDE } from "../../src/taskpane/functionGuide";
import { manifestUrls } from "../manifest/manifestFacts";
import { only, parseXml } from "../manifest/xmlTree";

const REPO = join(__dirname, "..", "..");
const WEBPACK_CLI = join(REPO, "node_modules", "webpack-cli", "bin", "cli.js");
const BASE_URL = "https://addins.example.org/c2c/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ICON_FILES = ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"];
// Strings every React 19 production build carries (the element symbol's name, the internals
// export, the hook and root names); each test below first checks the pane bundle has them.
const REACT_MARKERS = [
  "react.transitional.element",
  "__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE",
  "useState",
  "createRoot",
];

function runWebpack(environment: Record<string, string>): {
  status: number | null;
  output: string;
} {
  const result = spawnSync(process.execPath, [WEBPACK_CLI, "--mode", "production"], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, ...environment },
    timeout: 170_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

interface FunctionsJson {
  readonly allowErrorForDataTypeAny?: unknown;
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly helpUrl?: string;
  }[];
}

let dist = "";
let build: { status: number | null; output: string } = { status: null, output: "" };
const read = (file: string): string => readFileSync(join(dist, file), "utf8");

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "c2c-dist-"));
  build = runWebpack({ ADDIN_BASE_URL: BASE_URL, C2C_DIST_DIR: dist });
}, 180_000);

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe("production build", () => {
  it("succeeds and writes the pages, bundles, metadata, manifest and icons", () => {
    expect({ status: build.status, output: build.status === 0 ? "" : build.output }).toEqual({
      status: 0,
      output: "",
    });
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "functions-fr.json",
      "functions-es.json",
      "help.html",
      "help-fr.html",
      "help-es.html",
      "manifest.xml",
    ])
      expect(existsSync(join(dist, file))).toBe(true);
    expect(readdirSync(join(dist, "assets")).sort()).toEqual(ICON_FILES);
    for (const icon of ICON_FILES)
      expect(
        readFileSync(join(dist, "assets", icon)).equals(readFileSync(join(REPO, "assets", icon))),
      ).toBe(true);
  });

  it("taskpane.html loads office.js from Microsoft's CDN first, then the functions and the pane", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
    const sources = scripts.map((attributes) => /\bsrc=("?)([^"\s>]+)\1/.exec(attributes)?.[2]);
    expect(sources).toEqual([OFFICE_JS_CDN, "functions.js", "taskpane.js"]);
    // office.js must run before the bundles: it is neither deferred nor async.
    expect(scripts[0]).not.toMatch(/\b(defer|async)\b/);
  });

  it("the manifest is the committed one with every URL moved to ADDIN_BASE_URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).toBe(
      rebaseManifest(readFileSync(join(REPO, "manifest.xml"), "utf8"), BASE_URL),
    );
    expect(manifest).not.toContain("localhost");
    const root = parseXml(manifest);
    const urls = manifestUrls(root);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      if (url === "https://addins.example.org") continue; // the AppDomain: an origin, without the path
      expect(url.startsWith(BASE_URL)).toBe(true);
    }
    expect(only(root, ["AppDomains", "AppDomain"]).text).toBe("https://addins.example.org");
  });

  it("functions.json is post-processed, lists the functions once each, and links help on the hosting site", () => {
    const text = read("functions.json");
    expect(text).not.toContain("localhost");
    const metadata = JSON.parse(text) as FunctionsJson;
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    const ids = metadata.functions.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of metadata.functions)
      expect(entry.helpUrl?.startsWith(`${BASE_URL}help.html#`)).toBe(true);
  });

  it.each([
    ["functions-fr.json", "INDICEODD", "help-fr.html"],
    ["functions-es.json", "INDICEODS", "help-es.html"],
  ])(
    "%s names the same functions in its language, with help on the hosting site",
    (file, goalIndex, helpPage) => {
      const text = read(file);
      expect(text).not.toContain("localhost");
      const localised = JSON.parse(text) as FunctionsJson;
      const english = JSON.parse(read("functions.json")) as FunctionsJson;
      expect(localised.allowErrorForDataTypeAny).toBe(true);
      expect(localised.functions.map((entry) => [entry.id, entry.helpUrl])).toEqual(
        english.functions.map((entry) => [
          entry.id,
          entry.helpUrl?.replace(`${BASE_URL}help.html#`, `${BASE_URL}${helpPage}#`),
        ]),
      );
      expect(localised.functions.find((entry) => entry.id === "GOALINDEX")?.name).toBe(goalIndex);
    },
  );

  it.each([
    ["functions.json", "help.html", "en"],
    ["functions-fr.json", "help-fr.html", "fr"],
    ["functions-es.json", "help-es.html", "es"],
  ])("%s links every function to a section of %s, a page in its language", (file, page, lang) => {
    // The production build minifies the pages: attribute quotes may go. Anchors and languages are
    // letters, digits and hyphens, nothing a regular expression reads specially.
    const help = read(page);
    const attribute = (name: string, value: string) => new RegExp(`<${name}="?${value}"?>`, "g");
    expect(help).toMatch(attribute("html lang", lang));
    const metadata = JSON.parse(read(file)) as FunctionsJson;
    for (const entry of metadata.functions) {
      const [url, anchor] = entry.helpUrl?.split("#") ?? [];
      expect({
        id: entry.id,
        url,
        sections: help.match(attribute("section id", anchor ?? ""))?.length ?? 0,
        name: help.includes(`<code>C2C.${entry.name}</code>`),
      }).toEqual({ id: entry.id, url: `${BASE_URL}${page}`, sections: 1, name: true });
    }
  });

  it("functions.js associates every function id exactly once", () => {
    const bundle = read("functions.js");
    const metadata = JSON.parse(read("functions.json")) as FunctionsJson;
    for (const { id } of metadata.functions) {
      expect({
        id,
        associations: bundle.split(`CustomFunctions.associate("${id}",`).length - 1,
      }).toEqual({ id, associations: 1 });
    }
  });

  it("functions.js carries no React (the markers are found in taskpane.js)", () => {
    const pane = read("taskpane.js");
    const functions = read("functions.js");
    for (const marker of REACT_MARKERS) {
      expect({
        marker,
        inPane: pane.includes(marker),
        inFunctions: functions.includes(marker),
      }).toEqual({ marker, inPane: true, inFunctions: false });
    }
    const functionsLicences = join(dist, "functions.js.LICENSE.txt");
    if (existsSync(functionsLicences))
      expect(readFileSync(functionsLicences, "utf8")).not.toMatch(/react/i);
  });

  it("the pane lists the same functions, in the same order, as functions.json", () => {
    const metadata = JSON.parse(read("functions.json")) as FunctionsJson;
    expect(FUNCTION_GUIDE.map((entry) => entry.id)).toEqual(
      metadata.functions.map((entry) => entry.id),
    );
  });

  it("refuses an http ADDIN_BASE_URL with a clear message and writes nothing", () => {
    const refusedDist = join(dist, "refused");
    const refused = runWebpack({
      ADDIN_BASE_URL: "http://addins.example.org/c2c/",
      C2C_DIST_DIR: refusedDist,
    });
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('ADDIN_BASE_URL must be an https:// URL ending with "/"');
    expect(refused.output).toContain("Office add-ins must be served over https");
    expect(existsSync(refusedDist)).toBe(false);
  }, 60_000);
});
