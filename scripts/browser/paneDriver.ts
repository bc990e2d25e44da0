// Drives the task pane's browser preview the way a user does, by role and accessible name — the
// names fixed in the UI contract (/work/notes/prompts/ui-contract.md): the section tabs, the
// preview's Sheets tabs and grid, the status region and error alerts. Shared by the pane's browser
// tests and the README screenshot script.

import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { LANGUAGES } from "../../src/engine/language";
import { PANE_CATALOGUE, type PaneTextKey } from "../../src/taskpane/texts/paneTexts";
import { guardContext, type PageGuard } from "./pageGuard";

/** An accessible name as the pane writes it in any of its languages (the preview's, say). */
function inAnyLanguage(key: PaneTextKey, parameters: Record<string, string> = {}): RegExp {
  const names = LANGUAGES.map((language) => PANE_CATALOGUE.text(language, key, parameters));
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^(${escaped.join("|")})$`);
}

export const SECTIONS = [
  "Create",
  "Validate",
  "Scoreboard",
  "Compare",
  "Stakeholders",
  "Publish",
  "Actions",
  "Settings",
] as const;
export type Section = (typeof SECTIONS)[number];

/** Wide enough for the pane (about 350 px in Excel) and the preview grid beside it. */
export const PANE_VIEWPORT = { width: 1440, height: 900 } as const;
/** How long one user step (create, load, refresh, validate) may take before the test says so. */
export const STEP_TIMEOUT_MS = 30_000;

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly guard: PageGuard;
  close(): Promise<void>;
}

/** A fresh browser context (an empty preview workbook) with the pane open and rendered. */
/** Opens taskpane.html, with a query such as "?selftest=run" when given. */
export async function openPane(browser: Browser, origin: string, query = ""): Promise<PaneSession> {
  // An English browser whatever the machine's LANG, as the tests that drive the pane by its English
  // names need (the pane follows navigator.language).
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: "en-US" });
  const guard = await guardContext(context, origin);
  const page = await context.newPage();
  guard.watch(page);
  await page.goto(`${origin}/taskpane.html${query}`, { waitUntil: "load" });
  await sectionTabs(page).waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
  return { context, page, guard, close: () => context.close() };
}

export interface LocalisedOpening {
  /** The browser's language (navigator.language), e.g. "fr-FR". */
  readonly locale: string;
  /** The pane language a person chose before, as the pane keeps it in localStorage. */
  readonly storedChoice?: string;
  /** The section tabs' accessible name in the language the pane should open in. */
  readonly sectionsLabel: string;
  /** After taskpane.html, e.g. "?selftest=run". */
  readonly query?: string;
}

/**
 * Opens the pane in a browser speaking `locale`, with an earlier choice of language in localStorage
 * when given, and waits for its section tabs under their name in that language.
 */
export async function openLocalisedPane(
  browser: Browser,
  origin: string,
  opening: LocalisedOpening,
): Promise<PaneSession> {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: opening.locale });
  const { storedChoice } = opening;
  if (storedChoice !== undefined)
    await context.addInitScript((choice: string) => {
      window.localStorage.setItem("c2c-scoreboard.pane-language", choice);
    }, storedChoice);
  const guard = await guardContext(context, origin);
  const page = await context.newPage();
  guard.watch(page);
  await page.goto(`${origin}/taskpane.html${opening.query ?? ""}`, { waitUntil: "load" });
  await page
    .getByRole("tablist", { name: opening.sectionsLabel, exact: true })
    .waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
  return { context, page, guard, close: () => context.close() };
}

export function sectionTabs(page: Page): Locator {
  return page.getByRole("tablist", { name: "C2C Scoreboard sections" });
}

export function sectionTab(page: Page, section: Section): Locator {
  return sectionTabs(page).getByRole("tab", { name: section, exact: true });
}

export async function openSection(page: Page, section: Section): Promise<void> {
  const tab = sectionTab(page, section);
  await tab.click();
  await waitForAttribute(tab, "aria-selected", "true");
}

export function preview(page: Page): Locator {
  return page.getByRole("region", { name: inAnyLanguage("preview.title") });
}

export function sheetTabs(page: Page): Locator {
  return preview(page)
    .getByRole("tablist", { name: inAnyLanguage("preview.sheets") })
    .getByRole("tab");
}

/** The names on the preview's Sheets tabs, in order. */
export async function sheetNames(page: Page): Promise<string[]> {
  // innerText: a Fluent tab also holds a hidden copy of its label (reserving the bold width).
  return (await sheetTabs(page).allInnerTexts()).map((name) => name.trim());
}

export async function openSheet(page: Page, sheet: string): Promise<void> {
  const tab = preview(page)
    .getByRole("tablist", { name: inAnyLanguage("preview.sheets") })
    .getByRole("tab", { name: sheet, exact: true });
  await tab.click();
  await waitForAttribute(tab, "aria-selected", "true");
}

/** A cell of the preview grid by its sheet-qualified address, e.g. "Indicators!F2". */
export function gridCell(page: Page, address: string): Locator {
  return preview(page).getByRole("gridcell", { name: address, exact: true });
}

/** A text field by its label (its accessible name: a required field's "*" is not part of it). */
export function textField(page: Page, label: string): Locator {
  return page.getByRole("textbox", { name: label, exact: true });
}

/** Types `text` into a cell of the active sheet as a user does: double-click, type, Enter. */
export async function editCell(page: Page, address: string, text: string): Promise<void> {
  const cell = gridCell(page, address);
  await cell.scrollIntoViewIfNeeded();
  await cell.dblclick();
  const editor = preview(page).getByRole("textbox", {
    name: inAnyLanguage("preview.edit", { address }),
  });
  await editor.fill(text);
  await editor.press("Enter");
  await editor.waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
}

export interface CellPosition {
  readonly sheet: string;
  readonly column: string;
  readonly row: number;
}

export function addressOf(position: CellPosition): string {
  return `${position.sheet}!${position.column}${position.row}`;
}

/** Where the active sheet shows `text` first (a table header, say), read from the grid cells' names. */
export async function findCell(page: Page, sheet: string, text: string): Promise<CellPosition> {
  const cells = await preview(page)
    .getByRole("gridcell")
    .evaluateAll((elements) =>
      elements.map((element) => ({
        name: element.getAttribute("aria-label") ?? "",
        text: element.textContent.trim(),
      })),
    );
  const prefix = `${sheet}!`;
  const found = cells.find((cell) => cell.name.startsWith(prefix) && cell.text === text);
  const match =
    found === undefined ? null : /^([A-Z]+)(\d+)$/.exec(found.name.slice(prefix.length));
  if (match === null)
    throw new Error(
      `the preview of ${sheet} shows no cell with the text "${text}" (${cells.length} cells shown)`,
    );
  return { sheet, column: match[1] ?? "", row: Number(match[2]) };
}

/**
 * Waits until `ready` is visible; fails at once, quoting it, if the pane shows an error alert
 * instead — so a broken step reads as the pane's own message, not a timeout.
 */
export async function settle(page: Page, ready: Locator, what: string): Promise<void> {
  const alert = page.getByRole("alert");
  await ready.or(alert).first().waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
  if (await alert.first().isVisible()) {
    const message = (await alert.allTextContents()).join(" | ");
    throw new Error(`${what}: the pane shows an error: ${message}`);
  }
}

export function statusRegion(page: Page): Locator {
  return page.getByRole("status");
}

/** The attribute's value once it equals `value`, or its last value when `timeoutMs` ran out. */
export async function attributeBecomes(
  locator: Locator,
  name: string,
  value: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let current = await locator.getAttribute(name);
  while (current !== value && Date.now() < deadline) {
    await locator.page().waitForTimeout(50);
    current = await locator.getAttribute(name);
  }
  return current;
}

async function waitForAttribute(locator: Locator, name: string, value: string): Promise<void> {
  const current = await attributeBecomes(locator, name, value);
  if (current !== value)
    throw new Error(
      `${name} is "${current ?? "missing"}", not "${value}", on ${locator.toString()}`,
    );
}

/**
 * Chooses `option` in the control labelled `label`, whatever Fluent control it is: a native select,
 * a radio group or a dropdown (combobox with a listbox).
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const control = page
    .getByRole("combobox", { name: label, exact: true })
    .or(page.getByRole("radiogroup", { name: label, exact: true }))
    .first();
  const kind = await control.evaluate((element) =>
    element.tagName === "SELECT"
      ? "select"
      : (element.getAttribute("role") ?? element.tagName.toLowerCase()),
  );
  const pattern = new RegExp(`^${option}`, "i");
  if (kind === "select") {
    const labels = await control.locator("option").allTextContents();
    const wanted = labels.find((text) => pattern.test(text.trim()));
    if (wanted === undefined)
      throw new Error(`"${label}" offers no option "${option}" (it offers ${labels.join(", ")})`);
    await control.selectOption({ label: wanted });
    return;
  }
  if (kind === "radiogroup") {
    await control.getByRole("radio", { name: pattern }).check();
    return;
  }
  await control.click();
  await page.getByRole("option", { name: pattern }).first().click();
}

export interface TableText {
  readonly headers: readonly string[];
  /** Each row's cells by column header. */
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/** A table's text by header, whether Fluent renders native table elements or ARIA rows and cells. */
export async function readTable(table: Locator): Promise<TableText> {
  const grid = await table.evaluate((element) => {
    const cellSelector =
      "th, td, [role=columnheader], [role=rowheader], [role=cell], [role=gridcell]";
    return Array.from(element.querySelectorAll("tr, [role=row]")).map((row) => ({
      header:
        row.querySelector("th, [role=columnheader]") !== null &&
        row.querySelector("td, [role=cell], [role=gridcell]") === null,
      cells: Array.from(row.querySelectorAll(cellSelector))
        .filter((cell) => cell.parentElement?.closest("tr, [role=row]") === row)
        .map((cell) => cell.textContent.trim()),
    }));
  });
  const headerRow = grid.find((row) => row.header);
  if (headerRow === undefined) throw new Error(`the table ${table.toString()} has no header row`);
  const rows = grid
    .filter((row) => !row.header)
    .map((row) =>
      Object.fromEntries(headerRow.cells.map((header, index) => [header, row.cells[index] ?? ""])),
    );
  return { headers: headerRow.cells, rows };
}
