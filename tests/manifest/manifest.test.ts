// The committed manifest.xml, checked offline: structure, resource references, the shared
// runtime, URLs and icons. (Microsoft's `office-addin-manifest validate` needs its web service,
// so it is not run here; `info` parses the file locally and is.)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readPngSize } from "../../scripts/icons/png";
import { BASELINE_API_VERSION } from "../../src/host/excel/requirements";
import { localeOverrides, manifestUrls, residKind, residUses, resources } from "./manifestFacts";
import { type XmlElement, only, parseXml, select } from "./xmlTree";

const REPO = join(__dirname, "..", "..");
const DEVELOPMENT_BASE_URL = "https://localhost:3000/";
const xml = readFileSync(join(REPO, "manifest.xml"), "utf8");
const root = parseXml(xml);
const resourceList = resources(root);
const resourceById = new Map(resourceList.map((resource) => [resource.id, resource]));

function host(): XmlElement {
  return only(root, ["VersionOverrides", "Hosts", "Host"]);
}

function urlOf(resid: string | undefined): string {
  const resource = resourceById.get(resid ?? "");
  if (resource?.kind !== "url") throw new Error(`${resid ?? "(no resid)"} is not a URL resource`);
  return resource.value;
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel with a stable id and its product details", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    // The id identifies the add-in to Office: changing it orphans every installation.
    expect(only(root, ["Id"]).text).toBe("4c432699-16ce-4b65-b57d-af030737bbc3");
    expect(only(root, ["Version"]).text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(only(root, ["DisplayName"]).attributes.DefaultValue).toBe("C2C Scoreboard");
    expect(only(root, ["ProviderName"]).text.trim()).not.toBe("");
    expect(only(root, ["Description"]).attributes.DefaultValue?.length).toBeGreaterThan(40);
    expect(only(root, ["SupportUrl"]).attributes.DefaultValue).toBe(
      `${DEVELOPMENT_BASE_URL}help.html`,
    );
    expect(select(root, ["AppDomains", "AppDomain"]).map((domain) => domain.text)).toEqual([
      "https://localhost:3000",
    ]);
    expect(select(root, ["Hosts", "Host"]).map((element) => element.attributes.Name)).toEqual([
      "Workbook",
    ]);
    expect(only(root, ["Permissions"]).text).toBe("ReadWriteDocument");
  });

  it("requires the shared runtime 1.1 and the ExcelApi version the host treats as its floor", () => {
    const sets = select(root, ["Requirements", "Sets", "Set"]).map((set) => [
      set.attributes.Name,
      set.attributes.MinVersion,
    ]);
    expect(sets).toEqual(
      expect.arrayContaining([
        ["SharedRuntime", "1.1"],
        ["ExcelApi", BASELINE_API_VERSION],
      ]),
    );
    expect(sets.filter(([name]) => name === "ExcelApi")).toHaveLength(1);
  });

  it("declares its resources once each, with ids of at most 32 characters", () => {
    const ids = resourceList.map((resource) => resource.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("resolves every resid to a resource of the kind its element needs", () => {
    const uses = residUses(root);
    expect(uses.length).toBeGreaterThan(10);
    for (const { path, resid, element } of uses) {
      // The path is part of the compared value so that a failure names the element.
      expect({ path, resid, kind: resourceById.get(resid)?.kind }).toEqual({
        path,
        resid,
        kind: residKind(element) ?? "(no rule for this element)",
      });
    }
  });

  it("uses every resource it declares", () => {
    const used = new Set(residUses(root).map((use) => use.resid));
    expect(
      resourceList.filter((resource) => !used.has(resource.id)).map((resource) => resource.id),
    ).toEqual([]);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    for (const resource of resourceList) {
      if (resource.kind === "shortString") expect(resource.value.length).toBeLessThanOrEqual(125);
      if (resource.kind === "longString") expect(resource.value.length).toBeLessThanOrEqual(250);
    }
  });

  it("runs the pane and the functions in one long-lived runtime", () => {
    const runtimes = select(host(), ["Runtimes", "Runtime"]);
    expect(runtimes).toHaveLength(1);
    const runtime = runtimes[0]!;
    expect(runtime.attributes.lifetime).toBe("long");
    const runtimeResid = runtime.attributes.resid;
    const functions = only(host(), ["AllFormFactors", "ExtensionPoint"]);
    expect(functions.attributes["xsi:type"]).toBe("CustomFunctions");
    expect(only(functions, ["Page", "SourceLocation"]).attributes.resid).toBe(runtimeResid);
    expect(only(host(), ["DesktopFormFactor", "FunctionFile"]).attributes.resid).toBe(runtimeResid);
    const actions = select(host(), [
      "DesktopFormFactor",
      "ExtensionPoint",
      "OfficeTab",
      "Group",
      "Control",
      "Action",
    ]);
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions)
      expect(only(action, ["SourceLocation"]).attributes.resid).toBe(runtimeResid);
    expect(urlOf(runtimeResid)).toBe(
      only(root, ["DefaultSettings", "SourceLocation"]).attributes.DefaultValue,
    );
    expect(urlOf(runtimeResid)).toBe(`${DEVELOPMENT_BASE_URL}taskpane.html`);
  });

  it("registers the functions under the C2C namespace, with the script and metadata the build writes", () => {
    const functions = only(host(), ["AllFormFactors", "ExtensionPoint"]);
    expect(resourceById.get(only(functions, ["Namespace"]).attributes.resid ?? "")?.value).toBe(
      "C2C",
    );
    expect(urlOf(only(functions, ["Script", "SourceLocation"]).attributes.resid)).toBe(
      `${DEVELOPMENT_BASE_URL}functions.js`,
    );
    expect(urlOf(only(functions, ["Metadata", "SourceLocation"]).attributes.resid)).toBe(
      `${DEVELOPMENT_BASE_URL}functions.json`,
    );
  });

  it("opens the pane from a button on the Home tab", () => {
    const tab = only(host(), ["DesktopFormFactor", "ExtensionPoint", "OfficeTab"]);
    expect(tab.attributes.id).toBe("TabHome");
    const control = only(tab, ["Group", "Control"]);
    expect(control.attributes["xsi:type"]).toBe("Button");
    const action = only(control, ["Action"]);
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
    expect(only(action, ["TaskpaneId"]).text).toBe("C2C.Taskpane");
  });

  it("points every URL at the development origin over https", () => {
    const urls = manifestUrls(root);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("references icons that exist in assets/ at the size each use needs", () => {
    const ribbonImages = select(host(), [
      "DesktopFormFactor",
      "ExtensionPoint",
      "OfficeTab",
      "Group",
    ]).flatMap((group) => [
      ...select(group, ["Icon", "bt:Image"]),
      ...select(group, ["Control", "Icon", "bt:Image"]),
    ]);
    const uses = [
      { url: only(root, ["IconUrl"]).attributes.DefaultValue ?? "", size: 32 },
      { url: only(root, ["HighResolutionIconUrl"]).attributes.DefaultValue ?? "", size: 64 },
      ...ribbonImages.map((image) => ({
        url: resourceById.get(image.attributes.resid ?? "")?.value ?? "",
        size: Number(image.attributes.size),
      })),
    ];
    expect(new Set(uses.map((use) => use.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { url, size } of uses) {
      expect(url.startsWith(`${DEVELOPMENT_BASE_URL}assets/`)).toBe(true);
      const file = join(REPO, url.slice(DEVELOPMENT_BASE_URL.length));
      expect(existsSync(file)).toBe(true);
      expect({ url, ...readPngSize(readFileSync(file)) }).toEqual({
        url,
        width: size,
        height: size,
      });
    }
  });

  describe("in French and Spanish", () => {
    const LOCALES = ["fr-FR", "es-ES", "es-MX"];
    const overrides = localeOverrides(root);
    const localised = [
      "DisplayName",
      "Description",
      "SupportUrl",
      "Functions.Metadata.Url",
      "Help.Url",
      "GetStarted.Title",
      "Group.Label",
      "OpenPane.Label",
      "GetStarted.Description",
      "OpenPane.Tooltip",
    ];

    const urls = ["SupportUrl", "Functions.Metadata.Url", "Help.Url"];

    it("overrides the display name, description, ribbon strings, functions' metadata and help for each locale", () => {
      expect([...new Set(overrides.map((override) => override.owner))].sort()).toEqual(
        [...localised].sort(),
      );
      for (const owner of localised)
        expect(
          overrides.filter((override) => override.owner === owner).map((o) => o.locale),
        ).toEqual(LOCALES);
    });

    it("places Override only where the schema allows it: in the base manifest's DisplayName, Description and SupportUrl, and bt:Override in a resource", () => {
      for (const override of overrides) {
        const base = ["DisplayName", "Description", "SupportUrl"].includes(override.owner);
        expect({ owner: override.owner, element: override.element }).toEqual({
          owner: override.owner,
          element: base ? "Override" : "bt:Override",
        });
        expect(override.locale).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
      }
    });

    it("points French Office at functions-fr.json and Spanish Office at functions-es.json", () => {
      const metadata = overrides.filter((o) => o.owner === "Functions.Metadata.Url");
      expect(metadata.map((o) => [o.locale, o.value])).toEqual([
        ["fr-FR", `${DEVELOPMENT_BASE_URL}functions-fr.json`],
        ["es-ES", `${DEVELOPMENT_BASE_URL}functions-es.json`],
        ["es-MX", `${DEVELOPMENT_BASE_URL}functions-es.json`],
      ]);
    });

    it.each(["SupportUrl", "Help.Url"])(
      "points French Office's %s at help-fr.html and Spanish Office's at help-es.html",
      (owner) => {
        const help = overrides.filter((o) => o.owner === owner);
        expect(help.map((o) => [o.locale, o.value])).toEqual([
          ["fr-FR", `${DEVELOPMENT_BASE_URL}help-fr.html`],
          ["es-ES", `${DEVELOPMENT_BASE_URL}help-es.html`],
          ["es-MX", `${DEVELOPMENT_BASE_URL}help-es.html`],
        ]);
      },
    );

    it("translates every text it overrides, within the length its default has to keep", () => {
      const defaults = new Map<string, string>([
        ["DisplayName", only(root, ["DisplayName"]).attributes.DefaultValue ?? ""],
        ["Description", only(root, ["Description"]).attributes.DefaultValue ?? ""],
        ...resourceList.map((resource) => [resource.id, resource.value] as const),
      ]);
      const limits: Record<string, number> = { DisplayName: 125, Description: 250 };
      for (const resource of resourceList)
        limits[resource.id] = resource.kind === "shortString" ? 125 : 250;
      for (const override of overrides.filter((o) => !urls.includes(o.owner))) {
        expect(override.value).not.toBe(defaults.get(override.owner));
        expect(override.value.length).toBeLessThanOrEqual(limits[override.owner] ?? 0);
      }
      const french = overrides.find((o) => o.owner === "OpenPane.Tooltip" && o.locale === "fr-FR");
      expect(french?.value).toMatch(/volet/);
    });
  });

  it("is read by Microsoft's office-addin-manifest tool (offline `info`)", () => {
    const cli = join(REPO, "node_modules", "office-addin-manifest", "cli.js");
    const result = spawnSync(process.execPath, [cli, "info", join(REPO, "manifest.xml")], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Id: 4c432699-16ce-4b65-b57d-af030737bbc3");
    expect(result.stdout).toContain("Name: C2C Scoreboard");
    expect(result.stdout).toContain("Hosts: Workbook");
  });
});
