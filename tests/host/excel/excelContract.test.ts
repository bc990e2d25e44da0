// The shared WorkbookHost contract, run against the Office.js host over the recording fake.

import { ExcelHost } from "../../../src/host/excel/excelHost";
import type { WorkbookHost } from "../../../src/host/workbookHost";
import { describePortContract, type HostAdapter } from "../contract/portContract";
import { describeTableEditContract } from "../contract/tableEditContract";
import type { FakeExcel } from "./fakeExcel";
import { fakeSnapshot } from "./fakeSnapshot";
import { hostOverFake } from "./hostOverFake";

const fakes = new WeakMap<WorkbookHost, FakeExcel>();

function fakeOf(host: WorkbookHost): FakeExcel {
  const fake = host instanceof ExcelHost ? fakes.get(host) : undefined;
  if (fake === undefined) throw new Error("not a host over a fake");
  return fake;
}

const adapter: HostAdapter = {
  build: (sheets, tables) => {
    const { host, fake } = hostOverFake();
    for (const [name, rows] of Object.entries(sheets)) fake.addSheet(name, rows);
    for (const table of tables) fake.addTable(table);
    fakes.set(host, fake);
    return Promise.resolve(host);
  },
  reopen: (host) => Promise.resolve(host),
  snapshot: (host) => Promise.resolve(fakeSnapshot(fakeOf(host))),
};

describePortContract("Office.js (recording fake)", adapter);
describeTableEditContract("Office.js (recording fake)", adapter);
