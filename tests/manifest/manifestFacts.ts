// Facts read from an add-in manifest, shared by the manifest test (the committed file) and the
// build test (the copy in dist/ with the hosting URL).
import { type XmlElement, descendants, select } from "./xmlTree";

export type ResourceKind = "image" | "url" | "shortString" | "longString";

export interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly value: string;
}

const RESOURCE_GROUPS: readonly {
  readonly path: readonly string[];
  readonly kind: ResourceKind;
}[] = [
  { path: ["bt:Images", "bt:Image"], kind: "image" },
  { path: ["bt:Urls", "bt:Url"], kind: "url" },
  { path: ["bt:ShortStrings", "bt:String"], kind: "shortString" },
  { path: ["bt:LongStrings", "bt:String"], kind: "longString" },
];

/** The manifest's resources (VersionOverrides/Resources), in document order. */
export function resources(root: XmlElement): Resource[] {
  const resourcesElement = select(root, ["VersionOverrides", "Resources"]);
  return resourcesElement.flatMap((element) =>
    RESOURCE_GROUPS.flatMap(({ path, kind }) =>
      select(element, path).map((resource) => ({
        id: resource.attributes.id ?? "",
        kind,
        value: resource.attributes.DefaultValue ?? "",
      })),
    ),
  );
}

/** Which kind of resource an element's `resid` must name (Office's schema for VersionOverrides 1.0). */
export function residKind(elementName: string): ResourceKind | undefined {
  switch (elementName) {
    case "bt:Image":
      return "image";
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "url";
    case "Namespace":
    case "Label":
    case "Title":
      return "shortString";
    case "Description":
      return "longString";
    default:
      return undefined;
  }
}

export interface ResidUse {
  readonly element: string;
  readonly path: string;
  readonly resid: string;
}

/** Every element that refers to a resource by `resid`. */
export function residUses(root: XmlElement): ResidUse[] {
  return descendants(root).flatMap(({ element, ancestors }) => {
    const resid = element.attributes.resid;
    if (resid === undefined) return [];
    return [
      {
        element: element.name,
        path: [...ancestors.map((ancestor) => ancestor.name), element.name].join("/"),
        resid,
      },
    ];
  });
}

/**
 * Every URL the manifest points Office at: URL-valued attributes (not the xmlns namespace names,
 * which are identifiers, never fetched) and AppDomain texts.
 */
export function manifestUrls(root: XmlElement): string[] {
  const fromAttributes = [root, ...descendants(root).map(({ element }) => element)].flatMap(
    (element) =>
      Object.entries(element.attributes)
        .filter(
          ([name, value]) => !name.startsWith("xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value),
        )
        .map(([, value]) => value),
  );
  const appDomains = select(root, ["AppDomains", "AppDomain"]).map((element) =>
    element.text.trim(),
  );
  return [...fromAttributes, ...appDomains];
}

export interface LocaleOverride {
  /** What is overridden: DisplayName, Description, or the id of a resource. */
  readonly owner: string;
  /** "Override" (base manifest) or "bt:Override" (a resource). */
  readonly element: string;
  readonly locale: string;
  readonly value: string;
}

/** Every locale override, in document order, with what it overrides. */
export function localeOverrides(root: XmlElement): LocaleOverride[] {
  return descendants(root).flatMap(({ element, ancestors }) => {
    if (element.name !== "Override" && element.name !== "bt:Override") return [];
    const parent = ancestors[ancestors.length - 1];
    return [
      {
        owner: parent?.attributes.id ?? parent?.name ?? "",
        element: element.name,
        locale: element.attributes.Locale ?? "",
        value: element.attributes.Value ?? "",
      },
    ];
  });
}
