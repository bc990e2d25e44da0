// help.html: the add-in's support page (manifest SupportUrl) and the target of each function's
// helpUrl in Excel's formula builder. It is rendered from the generated functions.json, so every
// function, argument and anchor on the page is the one Excel knows — nothing to keep in sync by hand.
// help-fr.html and help-es.html are rendered alike from functions-fr.json and functions-es.json,
// whose help links point at them (localisedMetadata.ts), with the page's own words in the language
// (src/functions/texts/helpPage).

import { fillTemplate, type Language, type MessageParameters } from "../../src/engine/language";
import { helpPageTexts, type HelpPageTextKey } from "../../src/functions/texts/helpPage";

export interface FunctionParameter {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

export interface FunctionEntry {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly helpUrl?: string;
  readonly parameters: readonly FunctionParameter[];
}

export interface FunctionsMetadata {
  readonly functions: readonly FunctionEntry[];
}

/** The help page's file in a language, beside functions.json: help.html, help-fr.html, help-es.html. */
export function helpPageFile(language: Language): string {
  return language === "en" ? "help.html" : `help-${language}.html`;
}

/** Thrown when the input does not have the shape custom-functions-metadata writes. */
export class FunctionsMetadataShapeError extends Error {
  constructor(detail: string) {
    super(`functions.json does not have the expected shape: ${detail}`);
    this.name = "FunctionsMetadataShapeError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(
  record: Record<string, unknown>,
  key: string,
  where: string,
): string | undefined {
  const value = record[key];
  if (value === undefined || typeof value === "string") return value;
  throw new FunctionsMetadataShapeError(`${where}.${key} is not a string`);
}

function readParameter(value: unknown, where: string): FunctionParameter {
  if (!isRecord(value) || typeof value.name !== "string")
    throw new FunctionsMetadataShapeError(`${where} has no name`);
  return {
    name: value.name,
    description: optionalString(value, "description", where),
    optional: value.optional === true,
    repeating: value.repeating === true,
  };
}

function readFunction(value: unknown, index: number): FunctionEntry {
  const where = `functions[${index}]`;
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.name !== "string") {
    throw new FunctionsMetadataShapeError(`${where} has no id or name`);
  }
  const parameters = value.parameters ?? [];
  if (!Array.isArray(parameters))
    throw new FunctionsMetadataShapeError(`${where}.parameters is not a list`);
  return {
    id: value.id,
    name: value.name,
    description: optionalString(value, "description", where),
    helpUrl: optionalString(value, "helpUrl", where),
    parameters: parameters.map((parameter: unknown, position) =>
      readParameter(parameter, `${where}.parameters[${position}]`),
    ),
  };
}

/** Validates parsed functions.json just enough to render it. */
export function readFunctionsMetadata(value: unknown): FunctionsMetadata {
  if (!isRecord(value) || !Array.isArray(value.functions))
    throw new FunctionsMetadataShapeError("no functions list");
  return { functions: value.functions.map((entry: unknown, index) => readFunction(entry, index)) };
}

/** The page anchor of a function: the fragment of its helpUrl, else `c2c-<id>` in lower case. */
export function helpAnchor(entry: FunctionEntry): string {
  const fragment = entry.helpUrl === undefined ? "" : (entry.helpUrl.split("#")[1] ?? "");
  return fragment === "" ? `c2c-${entry.id.toLowerCase()}` : fragment;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** A fixed text of the page in its language, escaped, its placeholders filled with markup. */
function pageHtml(
  language: Language,
  key: HelpPageTextKey,
  markup: MessageParameters = {},
): string {
  return fillTemplate(escapeHtml(helpPageTexts.templates(language)[key]), markup);
}

/**
 * How Excel's formula builder shows the call: optional arguments in brackets, repeating ones with
 * "…", separated as Excel in the language writes formulas (", " in English, "; " in French and Spanish).
 */
export function signature(
  namespace: string,
  entry: FunctionEntry,
  language: Language = "en",
): string {
  const separator = helpPageTexts.text(language, "argumentSeparator");
  const argumentList = entry.parameters.map((parameter) => {
    const name = parameter.repeating === true ? `${parameter.name}${separator}…` : parameter.name;
    return parameter.optional === true ? `[${name}]` : name;
  });
  return `${namespace}.${entry.name}(${argumentList.join(separator)})`;
}

function renderFunction(namespace: string, entry: FunctionEntry, language: Language): string {
  const parameters = entry.parameters
    .map((parameter) => {
      const flags = [
        parameter.optional === true ? helpPageTexts.text(language, "optional") : "",
        parameter.repeating === true ? helpPageTexts.text(language, "repeating") : "",
      ].filter((flag) => flag !== "");
      const label = flags.length > 0 ? `${parameter.name} (${flags.join(", ")})` : parameter.name;
      return `        <dt><code>${escapeHtml(label)}</code></dt>\n        <dd>${escapeHtml(parameter.description ?? "")}</dd>`;
    })
    .join("\n");
  return [
    `    <section id="${escapeHtml(helpAnchor(entry))}">`,
    `      <h3><code>=${escapeHtml(signature(namespace, entry, language))}</code></h3>`,
    `      <p>${escapeHtml(entry.description ?? "")}</p>`,
    entry.parameters.length > 0 ? `      <dl>\n${parameters}\n      </dl>` : "",
    "    </section>",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

const STYLE = `
    body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; margin: 0; color: #242424; }
    main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
    h1 { margin-bottom: 0.25rem; }
    section { border-top: 1px solid #e0e0e0; padding-top: 0.5rem; }
    code { font-family: Consolas, "Cascadia Mono", monospace; }
    dt { font-weight: 600; }
    dd { margin: 0 0 0.5rem 1.5rem; }`;

// The works the page cites, under their published (English) titles in every language.
const CITED_TITLES: MessageParameters = {
  title2023: "<cite>City-to-City Partnerships to Localise the Sustainable Development Goals</cite>",
  title2020: "<cite>A Territorial Approach to the Sustainable Development Goals</cite>",
};

/** The whole help page in `language` for the functions in `metadata`, registered under `namespace`. */
export function renderHelpPage(
  metadata: FunctionsMetadata,
  namespace: string,
  language: Language = "en",
): string {
  const index = metadata.functions
    .map(
      (entry) =>
        `      <li><a href="#${escapeHtml(helpAnchor(entry))}"><code>${escapeHtml(`${namespace}.${entry.name}`)}</code></a></li>`,
    )
    .join("\n");
  const sections = metadata.functions
    .map((entry) => renderFunction(namespace, entry, language))
    .join("\n");
  const text = (key: HelpPageTextKey, markup?: MessageParameters): string =>
    pageHtml(language, key, markup);
  const openPane = text("openPane", {
    menu: `<strong>${text("menu")}</strong>`,
    prefix: `<code>=${escapeHtml(namespace)}.</code>`,
    valueError: `<code>${text("valueError")}</code>`,
    noDataError: `<code>${text("noDataError")}</code>`,
  });
  return `<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${text("title")}</title>
  <style>${STYLE}
  </style>
</head>
<body>
  <main>
    <h1>${text("productName")}</h1>
    <p>${text("intro")}</p>
    <h2>${text("openHeading")}</h2>
    <p>${openPane}</p>
    <h2>${text("functionsHeading")}</h2>
    <ul>
${index}
    </ul>
${sections}
    <h2>${text("sourceHeading")}</h2>
    <p>${text("sources", CITED_TITLES)}</p>
  </main>
</body>
</html>
`;
}
