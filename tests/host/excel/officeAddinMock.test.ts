// The Office.js host's read paths against Microsoft's office-addin-mock, a check that does not share
// our recording fake's assumptions: in the mock a property read before its load, or after the load
// but before context.sync(), holds an error text ("Error, property was not loaded", "Error,
// context.sync() was not called"); the strict wrapper below turns that read into a thrown error, as
// Excel throws PropertyNotLoaded. The mock does not model *Collection objects (its documented
// limitation: Office-Addin-Scripts issue #729, the unit-testing page of docs/testing), so a
// collection here is a thin list of mock objects whose own properties keep the mock's discipline.
// Kept to the reads: table reads, workbook state and settings reads, selection's lookup, and the
// self-test's cell reads.

import { OfficeMockObject } from "office-addin-mock";
import type { RequestContextApi } from "../../../src/host/excel/excelApi";
import { ExcelHost } from "../../../src/host/excel/excelHost";
import { ExcelScratch } from "../../../src/host/excel/excelScratch";
import { DEFAULT_BATCH_BUDGET_BYTES } from "../../../src/host/excel/batches";
import { readTablesByName } from "../../../src/host/excel/tableReader";
import { readWorkbookState } from "../../../src/host/excel/workbookState";

/** Plain data, as the mock's constructor takes it (its ObjectData class is only a type for it). */
type MockData = Readonly<Record<string, unknown>>;
type Mock = InstanceType<typeof OfficeMockObject>;

const MOCK_ERRORS = ["Error, property was not loaded", "Error, context.sync() was not called"];

/** Every mock made for one context, so that its sync reaches them all, as Excel's sync does. */
class MockWorld {
  private readonly mocks: Mock[] = [];
  private readonly collections: MockCollection[] = [];

  mock(data: MockData, extra: Readonly<Record<string, unknown>> = {}): Mock {
    const made = new OfficeMockObject(data);
    Object.assign(made, extra);
    this.mocks.push(made);
    return strict(made);
  }

  collection(items: readonly Mock[]): MockCollection {
    const made = new MockCollection(items);
    this.collections.push(made);
    return made;
  }

  async sync(): Promise<void> {
    for (const mock of this.mocks) await mock.sync();
    for (const collection of this.collections) collection.synced();
    // The mock updates nested properties in callbacks it does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Reading a value the mock marks as not loaded or not synced throws, as in Excel. */
function strict<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      // The mock's own methods read its error texts: they run on the unwrapped object.
      if (typeof value === "function")
        return (value as (...args: unknown[]) => unknown).bind(object);
      if (typeof value === "string" && MOCK_ERRORS.includes(value))
        throw new Error(`PropertyNotLoaded: ${String(property)}: ${value}`);
      if (value instanceof OfficeMockObject) return strict(value);
      return value;
    },
  });
}

/** A *Collection: "items/a,items/b" loads a and b on each item; items are readable after the sync. */
class MockCollection {
  private readonly all: readonly Mock[];
  private state: "idle" | "loading" | "loaded" = "idle";

  constructor(items: readonly Mock[]) {
    this.all = items;
  }

  load(propertyNames: string): this {
    const properties = propertyNames
      .split(",")
      .map((name) => name.trim().replace(/^items\//, ""))
      .join(",");
    for (const item of this.all) item.load(properties);
    if (this.state === "idle") this.state = "loading";
    return this;
  }

  synced(): void {
    if (this.state === "loading") this.state = "loaded";
  }

  get items(): readonly Mock[] {
    if (this.state !== "loaded")
      throw new Error("PropertyNotLoaded: items was read without load and sync");
    return this.all;
  }
}

function context(world: MockWorld, workbook: Readonly<Record<string, unknown>>): RequestContextApi {
  return { workbook, sync: () => world.sync() } as unknown as RequestContextApi;
}

const INDICATORS_VALUES = [
  ["Code", "Value"],
  ["11.6.2", 42.5],
  ["6.1.1", ""],
];

/** A workbook with the C2C_Indicators table on Indicators, and no other table. */
function tableWorkbook(world: MockWorld): Readonly<Record<string, unknown>> {
  const table = world.mock(
    {
      name: "C2C_Indicators",
      showHeaders: true,
      showTotals: false,
      worksheet: { name: "Indicators" },
      getRange: () => world.mock({ address: "Indicators!A1:B3", values: INDICATORS_VALUES }),
    },
    {
      isNullObject: false,
      columns: world.collection([world.mock({ name: "Code" }), world.mock({ name: "Value" })]),
    },
  );
  const missing = world.mock(
    { name: "", showHeaders: true, showTotals: false },
    { isNullObject: true },
  );
  // The cells come in chunks through the sheet (rangeChunks.ts); these three rows are one chunk.
  const cells = world.mock({
    address: "Indicators!A1:B3",
    values: INDICATORS_VALUES,
    numberFormat: INDICATORS_VALUES.map((row) => row.map(() => "General")),
  });
  return {
    tables: {
      getItemOrNullObject: (name: string) =>
        name.toLowerCase() === "c2c_indicators" ? table : missing,
    },
    worksheets: {
      getItem: (sheet: string) => ({
        getRange: (address: string) => {
          expect(`${sheet}!${address}`).toBe("Indicators!A1:B3");
          return cells;
        },
      }),
    },
  };
}

describe("the Office.js host's reads against office-addin-mock", () => {
  it("the strict mock fails a read before load, and one after load but before sync, as Excel does", async () => {
    const world = new MockWorld();
    const range = world.mock({ address: "Indicators!A1", values: [[1]] });
    expect(() => range.values as unknown).toThrow(/was not loaded/);
    range.load("values");
    expect(() => range.values as unknown).toThrow(/sync\(\) was not called/);
    await world.sync();
    expect(range.values).toEqual([[1]]);
  });

  it("reads tables by name with every property loaded and synced before it is read", async () => {
    const world = new MockWorld();
    const tables = await readTablesByName(
      context(world, tableWorkbook(world)),
      ["c2c_indicators", "C2C_Missing"],
      DEFAULT_BATCH_BUDGET_BYTES,
    );
    expect(tables.C2C_Missing).toBeNull();
    const indicators = tables.c2c_indicators;
    expect(indicators?.name).toBe("C2C_Indicators");
    expect(indicators?.sheet).toBe("Indicators");
    expect(indicators?.columns.map((column) => column.header)).toEqual(["Code", "Value"]);
    expect(indicators?.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      ["11.6.2", 42.5],
      ["6.1.1", null],
    ]);
  });

  it("reads the workbook state and the add-in's settings in two syncs, each property loaded first", async () => {
    const world = new MockWorld();
    const sheet = (name: string, position: number, used?: Mock) =>
      world.mock(
        { name, position, protection: { protected: name === "Scoreboard" } },
        {
          tables: world.collection(
            name === "Indicators" ? [world.mock({ name: "C2C_Indicators" })] : [],
          ),
          getUsedRangeOrNullObject: () => used,
        },
      );
    const settings = world.mock(
      {
        address: "C2C_AddinData!A1:B3",
        values: [
          ["Key", "Value"],
          ["ownedSheets", "Scoreboard"],
          ["list", "long"],
        ],
      },
      { isNullObject: false },
    );
    const workbook = {
      worksheets: world.collection([
        sheet("Scoreboard", 1),
        sheet("Indicators", 0),
        sheet("C2C_AddinData", 2, settings),
      ]),
      names: world.collection([
        world.mock({ name: "TargetYear", type: "Range", formula: "=Settings!$B$3" }),
      ]),
      protection: world.mock({ protected: false }),
    };
    let syncs = 0;
    const counted = context(world, workbook);
    const state = await readWorkbookState({
      workbook: counted.workbook,
      sync: () => {
        syncs += 1;
        return counted.sync();
      },
    });
    expect(syncs).toBe(2);
    expect(state.tabOrder).toEqual(["Indicators", "Scoreboard", "C2C_AddinData"]);
    expect(state.inventory.tables).toEqual([{ name: "C2C_Indicators", sheet: "Indicators" }]);
    expect(state.inventory.names).toEqual([{ name: "TargetYear", sheet: "Settings", range: "B3" }]);
    expect(state.protectedSheets).toEqual(["Scoreboard"]);
    expect(state.settings).toEqual({ ownedSheets: "Scoreboard", list: "long" });
    expect(state.inventory.sheets.map((sheet) => sheet.name)).toEqual(["Indicators", "Scoreboard"]);
  });

  it("selectRange loads the sheet's visibility and syncs before reading it", async () => {
    const world = new MockWorld();
    const selected: string[] = [];
    const sheet = world.mock(
      { visibility: "Visible" },
      {
        isNullObject: false,
        activate: () => selected.push("activate"),
        getRange: (address: string) => ({ select: () => selected.push(address) }),
      },
    );
    const host = new ExcelHost({
      run: (batch) => batch(context(world, { worksheets: { getItemOrNullObject: () => sheet } })),
      isSetSupported: () => true,
    });
    await expect(host.selectRange("Indicators!F12")).resolves.toBe(true);
    expect(selected).toEqual(["activate", "F12"]);
  });

  it("the self-test's cell reads load values and formulas and sync before reading them", async () => {
    const world = new MockWorld();
    const range = world.mock({ values: [["Riverton", 85]], formulas: [["Riverton", "=B1*2"]] });
    const scratch = new ExcelScratch((batch) =>
      batch(context(world, { worksheets: { getItem: () => ({ getRange: () => range }) } })),
    );
    await expect(scratch.readCells("C2C self-test 1", "A1:B1")).resolves.toEqual([
      [
        { value: "Riverton", formula: null },
        { value: 85, formula: "=B1*2" },
      ],
    ]);
  });
});
