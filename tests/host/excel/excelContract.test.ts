// The shared WorkbookHost contract, run against the Office.js host over the recording fake.

import { ExcelHost } from "../../../src/host/excel/excelHost";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { excelPlanReader } from "../../../src/host/excel/planReads";
import { detectFeatures } from "../../../src/host/excel/requirements";
import { interpretPlan } from "../../../src/host/plan/interpretPlan";
import { describePortContract } from "../contract/portContract";
import { describeStepsContract, type InterpretingAdapter } from "../contract/stepsContract";
import { describeTableEditContract } from "../contract/tableEditContract";
import { describeProtectionContract } from "../contract/protectionContract";
import type { FakeExcel } from "./fakeExcel";
import { fakeSnapshot } from "./fakeSnapshot";
import { hostOverFake } from "./hostOverFake";

const fakes = new WeakMap<WorkbookHost, FakeExcel>();

function fakeOf(host: WorkbookHost): FakeExcel {
  const fake = host instanceof ExcelHost ? fakes.get(host) : undefined;
  if (fake === undefined) throw new Error("not a host over a fake");
  return fake;
}

const adapter: InterpretingAdapter = {
  build: (sheets, tables, protection) => {
    const { host, fake } = hostOverFake();
    for (const [name, rows] of Object.entries(sheets)) fake.addSheet(name, rows);
    for (const table of tables) fake.addTable(table);
    for (const sheet of protection?.sheets ?? [])
      fake.sheet(sheet).protection = { protected: true };
    if (protection?.structure === true) fake.workbook.structureProtected = true;
    fakes.set(host, fake);
    return Promise.resolve(host);
  },
  reopen: (host) => Promise.resolve(host),
  snapshot: (host) => Promise.resolve(fakeSnapshot(fakeOf(host))),
  interpret: (host, plan, options) => {
    const fake = fakeOf(host);
    return fake.run((context) =>
      interpretPlan(plan, options, excelPlanReader(context, detectFeatures(fake.isSetSupported))),
    );
  },
};

describePortContract("Office.js (recording fake)", adapter);
describeTableEditContract("Office.js (recording fake)", adapter);
describeStepsContract("Office.js (recording fake)", adapter);
describeProtectionContract("Office.js (recording fake)", adapter);
