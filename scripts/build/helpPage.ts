// help.html: the add-in's support page (manifest SupportUrl) and the target of each function's
// helpUrl in Excel's formula builder. It is rendered from the generated functions.json, so every
// function, argument and anchor on the page is the one Excel knows — nothing to keep in sync by hand.

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

/** How Excel's formula builder shows the call: optional arguments in brackets, repeating ones with "…". */
export function signature(namespace: string, entry: FunctionEntry): string {
  const argumentList = entry.parameters.map((parameter) => {
    const name = parameter.repeating === true ? `${parameter.name}, …` : parameter.name;
    return parameter.optional === true ? `[${name}]` : name;
  });
  return `${namespace}.${entry.name}(${argumentList.join(", ")})`;
}

function renderFunction(namespace: string, entry: FunctionEntry): string {
  const parameters = entry.parameters
    .map((parameter) => {
      const flags = [
        parameter.optional === true ? "optional" : "",
        parameter.repeating === true ? "repeating" : "",
      ].filter((flag) => flag !== "");
      const label = flags.length > 0 ? `${parameter.name} (${flags.join(", ")})` : parameter.name;
      return `        <dt><code>${escapeHtml(label)}</code></dt>\n        <dd>${escapeHtml(parameter.description ?? "")}</dd>`;
    })
    .join("\n");
  return [
    `    <section id="${escapeHtml(helpAnchor(entry))}">`,
    `      <h3><code>=${escapeHtml(signature(namespace, entry))}</code></h3>`,
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

/** The whole help page for the functions in `metadata`, registered under `namespace`. */
export function renderHelpPage(metadata: FunctionsMetadata, namespace: string): string {
  const index = metadata.functions
    .map(
      (entry) =>
        `      <li><a href="#${escapeHtml(helpAnchor(entry))}"><code>${escapeHtml(`${namespace}.${entry.name}`)}</code></a></li>`,
    )
    .join("\n");
  const sections = metadata.functions.map((entry) => renderFunction(namespace, entry)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>C2C Scoreboard — help</title>
  <style>${STYLE}
  </style>
</head>
<body>
  <main>
    <h1>C2C Scoreboard</h1>
    <p>An Excel add-in for city-to-city partnerships that follow the OECD monitoring and evaluation
    framework: a self-assessment against the ten G20 Rome High-level Principles on city-to-city
    partnerships for localising the SDGs, and SDG indicators scored by the distance still to travel
    to their 2030 end values.</p>
    <h2>Open the add-in</h2>
    <p>In Excel, choose <strong>Home › C2C Scoreboard</strong> to open the task pane. The functions
    below work in any cell of any workbook while the add-in is installed: type <code>=${escapeHtml(namespace)}.</code>
    to list them. A blank input gives an empty result, bad input gives <code>#VALUE!</code> with a
    message, and an aggregate without any data gives <code>#N/A</code>.</p>
    <h2>Functions</h2>
    <ul>
${index}
    </ul>
${sections}
    <h2>Source</h2>
    <p>OECD (2023), <cite>City-to-City Partnerships to Localise the Sustainable Development Goals</cite>,
    OECD Publishing, Paris; OECD (2020), <cite>A Territorial Approach to the Sustainable Development Goals</cite>.</p>
  </main>
</body>
</html>
`;
}
