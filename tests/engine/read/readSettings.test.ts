import type { CellValue } from "../../../src/engine/cells";
import { TABLES } from "../../../src/engine/model/contract";
import { ProblemList, readSettings } from "../../../src/engine/read";
import { CATALOGUE_DAC_LENS } from "../../../src/engine/dac";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { keyValueTable, table } from "./tableBuilder";

function read(rows: readonly (readonly [string, CellValue])[]) {
  const problems = new ProblemList();
  const settings = readSettings(keyValueTable(TABLES.settings, "Settings", rows), problems);
  return {
    settings,
    problems: problems.problems.map((problem) => [problem.address, problem.message]),
  };
}

describe("reading C2C_Settings", () => {
  it("gives the framework defaults without a table", () => {
    const problems = new ProblemList();
    expect(readSettings(null, problems)).toBe(DEFAULT_SETTINGS);
    expect(problems.problems).toEqual([]);
  });

  it("reads every setting of the contract, keys matched ignoring case and spaces, text values ignoring case", () => {
    const { settings, problems } = read([
      ["worst-value  MODE", "Peer"],
      ["Target year", 2035],
      ["Item aggregation", "MEDIAN"],
      ["Contested threshold", "2"],
      ["Half-answered share", 0.6],
      ["Coverage threshold", 0.4],
      ["Peer minimum units", 4],
      ["SDG band limit: Achieved", 95],
      ["SDG band limit: Challenges remain", 70],
      ["SDG band limit: Significant challenges", 40],
      ["Principle band limit: Developing", 1.5],
      ["Principle band limit: Established", 2.5],
      ["Principle band limit: Advanced", 3.5],
      ["Principle weight: FIN", 2],
      ["Principle weight: DIG", 0],
      ["DAC  Relevance", "TA, stk, SDG index"],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      worstValueMode: "peer",
      targetYear: 2035,
      itemAggregation: "median",
      contestedThreshold: 2,
      halfAnsweredShare: 0.6,
      coverageThreshold: 0.4,
      peerMinimumUnits: 4,
      minimumGroupSize: 3,
      sdgBandLimits: { achieved: 95, challengesRemain: 70, significantChallenges: 40 },
      principleBandLimits: { developing: 1.5, established: 2.5, advanced: 3.5 },
      principleWeights: { ...DEFAULT_SETTINGS.principleWeights, FIN: 2, DIG: 0 },
      dacLens: { ...CATALOGUE_DAC_LENS, relevance: ["TA", "STK", "SDG index"] },
    });
  });

  it.each([
    [
      "fr",
      [
        "Limite de bande ODD : ODD atteint",
        "Limite de bande ODD : Des défis subsistent",
        "Limite de bande ODD : D'importants défis subsistent",
        "Limite de bande des principes : En développement",
        "Limite de bande des principes : Établi",
        "Limite de bande des principes : Avancé",
      ],
    ],
    [
      "es",
      [
        "Límite de banda ODS: ODS logrado",
        "Límite de banda ODS: Persisten desafíos",
        "Límite de banda ODS: Persisten desafíos significativos",
        "Límite de banda de principios: En desarrollo",
        "Límite de banda de principios: Consolidado",
        "Límite de banda de principios: Avanzado",
      ],
    ],
  ])("reads the band limits keyed as earlier %s workbooks wrote them (Bande, Banda)", (_, keys) => {
    const { settings, problems } = read(
      keys.map((key, index) => [key, [95, 70, 40, 1.5, 2.5, 3.5][index]]),
    );
    expect(problems).toEqual([]);
    expect(settings.sdgBandLimits).toEqual({
      achieved: 95,
      challengesRemain: 70,
      significantChallenges: 40,
    });
    expect(settings.principleBandLimits).toEqual({
      developing: 1.5,
      established: 2.5,
      advanced: 3.5,
    });
  });

  it("keeps the catalogue's sources of a DAC criterion whose row is blank or names an unknown source, naming the cell", () => {
    const { settings, problems } = read([
      ["DAC coherence", "MLG, URL, XYZ"],
      ["DAC impact", null],
      ["DAC efficiency", "FIN"],
    ]);
    expect(settings.dacLens).toEqual({ ...CATALOGUE_DAC_LENS, efficiency: ["FIN"] });
    expect(problems).toEqual([
      [
        "Settings!B2",
        '"DAC coherence": "XYZ" is not a principle id (TA, MLG, URL, DATA, ME, P2P, CAP, STK, FIN, DIG) nor "SDG index"; the catalogue\'s sources (MLG, URL) are used',
      ],
      ["Settings!B3", '"DAC impact" has no value; the catalogue\'s sources (SDG index) are used'],
    ]);
  });

  it("takes the catalogue's DAC lens in an older workbook without the DAC rows", () => {
    const { settings, problems } = read([["Target year", 2030]]);
    expect(settings.dacLens).toEqual(CATALOGUE_DAC_LENS);
    expect(problems).toEqual([]);
  });

  it("keeps the default of a setting whose value is blank, unreadable or out of bounds, naming the cell", () => {
    const { settings, problems } = read([
      ["Worst-value mode", "best"],
      ["Target year", 2030.5],
      ["Item aggregation", null],
      ["Contested threshold", "three"],
      ["Coverage threshold", 50],
      ["Peer minimum units", 0],
    ]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      [
        "Settings!B2",
        'the worst-value mode must be fixed, peer or baseline, not "best"; the default (fixed) is used',
      ],
      [
        "Settings!B3",
        "the target year must be a whole year, not 2030.5; the default (2030) is used",
      ],
      ["Settings!B4", '"Item aggregation" has no value; the default (mean) is used'],
      [
        "Settings!B5",
        '"Contested threshold" must be a number, not the text "three"; the default (3) is used',
      ],
      [
        "Settings!B6",
        "the coverage threshold must be between 0 and 1, not 50; the default (0.5) is used",
      ],
      [
        "Settings!B7",
        "the peer minimum units must be a whole number of 1 or more, not 0; the default (3) is used",
      ],
    ]);
  });

  it("checks band limits as a group: limits that do not rise fall back together", () => {
    const { settings, problems } = read([
      ["SDG band limit: Challenges remain", 40],
      ["SDG band limit: Significant challenges", 60],
      ["Principle band limit: Advanced", "high"],
    ]);
    expect(settings.sdgBandLimits).toEqual(DEFAULT_SETTINGS.sdgBandLimits);
    expect(settings.principleBandLimits).toEqual(DEFAULT_SETTINGS.principleBandLimits);
    expect(problems).toEqual([
      [
        "Settings!B2",
        "the SDG band limits must rise within 0–100 (significant challenges < challenges remain < achieved), not 60, 40, 100; the default limits are used",
      ],
      [
        "Settings!B4",
        '"Principle band limit: Advanced" must be a number, not the text "high"; the default (4) is used',
      ],
    ]);
  });

  it("refuses negative weights one by one and all-zero weights as a whole", () => {
    expect(read([["Principle weight: TA", -1]]).problems).toEqual([
      [
        "Settings!B2",
        '"Principle weight: TA" must be a number of 0 or more, not -1; the default (1) is used',
      ],
    ]);
    const allZero = read(
      ["TA", "MLG", "URL", "DATA", "ME", "P2P", "CAP", "STK", "FIN", "DIG"].map(
        (id) => [`Principle weight: ${id}`, 0] as const,
      ),
    );
    expect(allZero.settings.principleWeights).toEqual(DEFAULT_SETTINGS.principleWeights);
    expect(allZero.problems).toEqual([
      [
        "Settings!B2",
        "every principle weight is 0, so no alignment could be computed; equal weights are used",
      ],
    ]);
  });

  it("reports unknown and repeated keys, and a value without a key; the first of two rows counts", () => {
    const { settings, problems } = read([
      ["Target year", 2040],
      ["target year", 2050],
      ["Contested treshold", 2],
      [" ", 7],
    ]);
    expect(settings.targetYear).toBe(2040);
    expect(settings.contestedThreshold).toBe(3);
    expect(problems).toEqual([
      ["Settings!A3", 'C2C_Settings: "Target year" is given twice; the first row is used'],
      [
        "Settings!A4",
        'C2C_Settings: "Contested treshold" is not a key this table knows; the row is not read',
      ],
      ["Settings!A5", "C2C_Settings: a value without a key; the row is not read"],
    ]);
  });

  it("does not read a table without Key and Value columns", () => {
    const problems = new ProblemList();
    expect(
      readSettings(
        table(TABLES.settings, "Settings", ["Setting", "Value"], [["Target year", 2040]]),
        problems,
      ),
    ).toEqual(DEFAULT_SETTINGS);
    expect(problems.problems[0]?.message).toMatch(/has no "Key" column/);
  });
});
