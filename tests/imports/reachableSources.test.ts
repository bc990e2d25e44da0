// Nothing under src/ ships for tests alone: every source file is reached from a real entry point
// (the c2c runner, the task pane, the custom functions, and every src path the webpack build,
// bin/c2c, the runner's build script or the help pages' renderer names: it checks the shipped catalogue) by following import, export … from, import() and require(). A file reached only
// from tests belongs under tests/.

import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = path.join(ROOT, "src");
const SOURCE_FILE = /\.(ts|tsx|json|html)$/;

const NAMED_ENTRIES = ["src/cli/main.ts", "src/taskpane/index.tsx", "src/functions/functions.ts"];

/** Every "./src/…" or "../src/…" path a build or launcher file names, relative to the root. */
function entriesNamedIn(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const base = path.dirname(path.join(ROOT, file));
  return [...text.matchAll(/["'`]((?:\.\.?\/)+src\/[^"'`]+)["'`]/g)].map((match) => {
    const named = path.resolve(base, match[1] ?? "");
    // An import names a module without its extension, or a folder by its index.
    const index = path.join(named, "index.ts");
    const isFile = fs.existsSync(named) && fs.statSync(named).isFile();
    const file = isFile ? named : fs.existsSync(index) ? index : `${named}.ts`;
    return path.relative(ROOT, file);
  });
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
}

/** The files one source file imports, resolved as the compiler resolves them. */
function importsOf(file: string, options: ts.CompilerOptions): string[] {
  if (!/\.(ts|tsx)$/.test(file)) return [];
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
    return resolved === undefined ? [] : [path.resolve(resolved.resolvedFileName)];
  });
}

function reachableFrom(entries: readonly string[]): Set<string> {
  const options = compilerOptions();
  const reached = new Set<string>();
  const pending = entries.map((entry) => path.join(ROOT, entry));
  while (pending.length > 0) {
    const file = pending.pop() ?? "";
    if (reached.has(file) || !file.startsWith(SOURCE)) continue;
    reached.add(file);
    pending.push(...importsOf(file, options));
  }
  return reached;
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

describe("the import graph of src/", () => {
  const entries = [
    ...NAMED_ENTRIES,
    ...entriesNamedIn("webpack.config.js"),
    ...entriesNamedIn("bin/c2c"),
    ...entriesNamedIn("scripts/buildCli.ts"),
    // The help pages' renderer, which webpack.config.js runs: it reads the pages' own words.
    ...entriesNamedIn("scripts/build/helpPage.ts"),
  ];

  it("starts from entry points that exist", () => {
    expect(entries).toEqual(
      expect.arrayContaining(["src/cli/main.ts", "src/taskpane/taskpane.html"]),
    );
    for (const entry of entries) expect(fs.existsSync(path.join(ROOT, entry))).toBe(true);
  });

  it("reaches every source file from an entry point, none only from tests", () => {
    const reached = reachableFrom(entries);
    const unreached = sourceFiles(SOURCE)
      .filter((file) => !reached.has(file))
      .map((file) => path.relative(ROOT, file).split(path.sep).join("/"))
      .sort();
    expect(unreached).toEqual([]);
  });

  // Issue 12: ExcelJS never writes a package the product ships; its host lives in tests/support.
  it("has no source file that imports exceljs", () => {
    const importers = sourceFiles(SOURCE)
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .filter((file) =>
        ts
          .preProcessFile(fs.readFileSync(file, "utf8"), true, true)
          .importedFiles.some(({ fileName }) => fileName === "exceljs"),
      )
      .map((file) => path.relative(ROOT, file));
    expect(importers).toEqual([]);
  });
});
