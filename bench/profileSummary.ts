// `npx tsx bench/profileSummary.ts RUN.cpuprofile [top]`: a V8 CPU profile (`node --cpu-prof
// dist-cli/c2c.js score …`) summarised three ways: functions by self time; self time by the source
// folder of the bundle's module (esbuild marks each module in dist-cli/c2c.js with a `// src/…`
// comment; packages and Node's own modules by their file); and the time under each phase of a run
// (the outermost frame on the stack whose function name is listed below: an await cuts the stack,
// so what runs after one inside a phase counts as outside). Times are samples × their intervals.

import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Phases of `c2c score`, outermost first where they nest; matched on the function's name. */
const PHASES = [
  "preflightPackage",
  "packageToEdit",
  "fromParts",
  "openedModel",
  "readAddinData",
  "adoptPlainSheets",
  "interpretPlan",
  "currentPackage",
  "editedParts",
  "editedZip",
  "writeZip",
  "writeFileAtomically",
];

/** For each bundle file read: the line numbers where a module starts and the module's path. */
const moduleStarts = new Map<string, { line: number; module: string }[]>();

function modulesOf(url: string): { line: number; module: string }[] {
  const known = moduleStarts.get(url);
  if (known !== undefined) return known;
  const starts: { line: number; module: string }[] = [];
  if (url.startsWith("file://")) {
    readFileSync(new URL(url), "utf8")
      .split("\n")
      .forEach((text, index) => {
        const module = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text)?.[1];
        if (module !== undefined) starts.push({ line: index, module });
      });
  }
  moduleStarts.set(url, starts);
  return starts;
}

/** The folder of the source module a frame's code is in, or its package or Node's file. */
function moduleOf(node: ProfileNode): string {
  const { url, lineNumber } = node.callFrame;
  if (url === "") return node.callFrame.functionName;
  const starts = modulesOf(url);
  if (starts.length === 0) {
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    return (
      inPackage ??
      url
        .replace(/^file:\/\//, "")
        .split("/")
        .slice(-2)
        .join("/")
    );
  }
  let module = "(bundle runtime)";
  for (const start of starts) {
    if (start.line > lineNumber) break;
    module = start.module;
  }
  return module.split("/").slice(0, -1).join("/");
}

function summarise(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    self.set(id, (self.get(id) ?? 0) + micros);
    total += micros;
  });

  const frameName = (node: ProfileNode): string => {
    const file = node.callFrame.url.split("/").slice(-2).join("/");
    return `${node.callFrame.functionName || "(anonymous)"} ${file}:${node.callFrame.lineNumber + 1}`;
  };
  const selfByFrame = new Map<string, number>();
  const phaseTime = new Map<string, number>();
  const moduleTime = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (node === undefined) continue;
    const name = frameName(node);
    selfByFrame.set(name, (selfByFrame.get(name) ?? 0) + micros);
    const module = moduleOf(node);
    moduleTime.set(module, (moduleTime.get(module) ?? 0) + micros);
    let phase = "(outside the phases)";
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = byId.get(at)?.callFrame.functionName ?? "";
      if (PHASES.includes(fn)) phase = fn;
      if (fn === "(garbage collector)" || fn === "(program)" || fn === "(idle)") phase = fn;
    }
    phaseTime.set(phase, (phaseTime.get(phase) ?? 0) + micros);
  }
  const ms = (micros: number): string => `${(micros / 1000).toFixed(0).padStart(6)} ms`;
  const share = (micros: number): string => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
  const sorted = (map: Map<string, number>): [string, number][] =>
    [...map].sort(([, a], [, b]) => b - a);
  return [
    `total ${ms(total)}`,
    "by phase:",
    ...sorted(phaseTime).map(([name, micros]) => `  ${ms(micros)} ${share(micros)}  ${name}`),
    "by source folder (self time):",
    ...sorted(moduleTime).map(([name, micros]) => `  ${ms(micros)} ${share(micros)}  ${name}`),
    `by self time (top ${top}):`,
    ...sorted(selfByFrame)
      .slice(0, top)
      .map(([name, micros]) => `  ${ms(micros)} ${share(micros)}  ${name}`),
  ];
}

const [file, top] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: profileSummary.ts RUN.cpuprofile [top]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
for (const line of summarise(profile, Number(top ?? 30))) console.log(line);
