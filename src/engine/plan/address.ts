// A1 addresses: parsing and printing cell addresses and ranges, and sheet-qualified references.
// Pure helpers shared by the plan validator and every host, so they all agree on what "B7" is.

/** A cell position, both 1-based, as Excel numbers rows and columns. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export interface RangeBounds {
  readonly start: CellPosition;
  readonly end: CellPosition;
}

/** Excel's limits (XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1 → "A", 28 → "AB". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) {
    throw new RangeError(`column ${column} is outside 1–${MAX_COLUMNS}`);
  }
  let letters = "";
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "AB" → 28; undefined when the text is not a column within Excel's limits. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column <= MAX_COLUMNS ? column : undefined;
}

/**
 * "B7" or "$B$7" → { row: 7, column: 2 }; undefined when it is not a cell address within Excel's limits.
 * Read character by character rather than with a pattern: the plan and the sheet writers parse an
 * address for every cell and formula reference of a long list (tens of thousands per score).
 */
export function parseCellAddress(address: string): CellPosition | undefined {
  const text = address.trim();
  let index = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  let column = 0;
  const lettersStart = index;
  for (; index < text.length && index - lettersStart < 4; index++) {
    const letter = letterValue(text.charCodeAt(index));
    if (letter === 0) break;
    column = column * 26 + letter;
  }
  const letters = index - lettersStart;
  if (letters < 1 || letters > 3 || column > MAX_COLUMNS) return undefined;
  if (text.charCodeAt(index) === DOLLAR) index++;
  let row = 0;
  const digitsStart = index;
  for (; index < text.length; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  const digits = index - digitsStart;
  if (digits < 1 || digits > 7 || row < 1 || row > MAX_ROWS) return undefined;
  return { row, column };
}

const DOLLAR = 36;
const ZERO = 48;

/** "A"/"a" → 1 … "Z"/"z" → 26; 0 for any other character code (NaN past the end included). */
function letterValue(code: number): number {
  if (code >= 65 && code <= 90) return code - 64;
  if (code >= 97 && code <= 122) return code - 96;
  return 0;
}

export function formatCellAddress(position: CellPosition, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(position.column)}${dollar}${position.row}`;
}

/** "A1:C5" (either corner first) or a single cell "B2" → normalised bounds; undefined when malformed. */
export function parseRange(range: string): RangeBounds | undefined {
  const parts = range.split(":");
  if (parts.length > 2) return undefined;
  const first = parseCellAddress(parts[0] ?? "");
  const second = parts.length === 2 ? parseCellAddress(parts[1] ?? "") : first;
  if (first === undefined || second === undefined) return undefined;
  return {
    start: { row: Math.min(first.row, second.row), column: Math.min(first.column, second.column) },
    end: { row: Math.max(first.row, second.row), column: Math.max(first.column, second.column) },
  };
}

export function formatRange(bounds: RangeBounds, absolute = false): string {
  const start = formatCellAddress(bounds.start, absolute);
  const end = formatCellAddress(bounds.end, absolute);
  return start === end ? start : `${start}:${end}`;
}

export function rangeWidth(bounds: RangeBounds): number {
  return bounds.end.column - bounds.start.column + 1;
}

export function rangeHeight(bounds: RangeBounds): number {
  return bounds.end.row - bounds.start.row + 1;
}

export function rangeContains(bounds: RangeBounds, position: CellPosition): boolean {
  return (
    position.row >= bounds.start.row &&
    position.row <= bounds.end.row &&
    position.column >= bounds.start.column &&
    position.column <= bounds.end.column
  );
}

export function rangesOverlap(a: RangeBounds, b: RangeBounds): boolean {
  return (
    a.start.row <= b.end.row &&
    b.start.row <= a.end.row &&
    a.start.column <= b.end.column &&
    b.start.column <= a.end.column
  );
}

/** Every cell of the range, row by row. */
export function rangePositions(bounds: RangeBounds): CellPosition[] {
  const positions: CellPosition[] = [];
  for (let row = bounds.start.row; row <= bounds.end.row; row++) {
    for (let column = bounds.start.column; column <= bounds.end.column; column++)
      positions.push({ row, column });
  }
  return positions;
}

// A sheet name needs quotes in a reference unless it is a plain identifier that cannot be read
// as a cell address (a sheet called "A1" or "R2C3" must be quoted too).
function needsQuotes(sheet: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(sheet)) return true;
  return /^[Rr](\d*)[Cc](\d*)$/.test(sheet) || /^[RrCc]$/.test(sheet);
}

// A workbook has a few sheet names and a long list prints one in every formula reference (tens of
// thousands per score), so each name is quoted once. The cache holds at most a workbook's worth.
const quotedSheetNames = new Map<string, string>();
const MAX_QUOTED_SHEET_NAMES = 1024;

/** The sheet part of a reference: `Settings` or `'Partner cities'` (apostrophes doubled). */
export function quoteSheetName(sheet: string): string {
  const known = quotedSheetNames.get(sheet);
  if (known !== undefined) return known;
  const quoted = needsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  if (quotedSheetNames.size >= MAX_QUOTED_SHEET_NAMES) quotedSheetNames.clear();
  quotedSheetNames.set(sheet, quoted);
  return quoted;
}

/** "Indicators", "B7" → "Indicators!B7"; used for cell addresses in problems and formulas. */
export function qualifiedAddress(sheet: string, address: string): string {
  return `${quoteSheetName(sheet)}!${address}`;
}

/** "Settings", "B3" → "Settings!$B$3" (absolute, as defined names and chart series refer to cells). */
export function absoluteReference(sheet: string, range: string): string {
  // One cell written as formatCellAddress writes it, the common case (a row's own cells): its
  // letters and digits are the absolute address's, without parsing or printing the position.
  const digits = plainAddressDigits(range);
  if (digits > 0)
    return `${quoteSheetName(sheet)}!$${range.slice(0, digits)}$${range.slice(digits)}`;
  // Any other cell without building the range's bounds.
  if (!range.includes(":")) {
    const position = parseCellAddress(range);
    if (position !== undefined) return qualifiedAddress(sheet, formatCellAddress(position, true));
  }
  const bounds = parseRange(range);
  if (bounds === undefined) throw new RangeError(`"${range}" is not an A1 range`);
  return qualifiedAddress(sheet, formatRange(bounds, true));
}

/**
 * Where the digits of a plain address start ("B7": capitals, then digits without a leading zero,
 * within Excel's limits, as formatCellAddress writes it); -1 for any other text.
 */
function plainAddressDigits(address: string): number {
  let index = 0;
  let column = 0;
  for (
    let code = address.charCodeAt(0);
    code >= 65 && code <= 90;
    code = address.charCodeAt(++index)
  )
    column = column * 26 + (code - 64);
  if (index === 0 || index > 3 || column > MAX_COLUMNS) return -1;
  const digits = index;
  if (address.charCodeAt(digits) === ZERO) return -1;
  let row = 0;
  for (
    let code = address.charCodeAt(index);
    code >= ZERO && code <= ZERO + 9;
    code = address.charCodeAt(++index)
  )
    row = row * 10 + (code - ZERO);
  const length = index - digits;
  if (index !== address.length || length < 1 || length > 7 || row > MAX_ROWS) return -1;
  return digits;
}

/**
 * "Indicators!F12", "'My data'!$A$1:C3" → its sheet and bounds; undefined when the text is not one
 * range of a named sheet (an unquoted sheet name may not hold spaces or apostrophes, as in Excel).
 */
export function parseSheetRange(
  address: string,
): { readonly sheet: string; readonly bounds: RangeBounds } | undefined {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheetPart = address.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(sheetPart);
  if (quoted === null && /['\s]/.test(sheetPart)) return undefined;
  const sheet = quoted === null ? sheetPart : (quoted[1] ?? "").replace(/''/g, "'");
  const bounds = parseRange(address.slice(bang + 1).replace(/\$/g, ""));
  return bounds === undefined ? undefined : { sheet, bounds };
}
