import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import type { CellValue } from "../../engine/cells";
import { formatCellAddress } from "../../engine/plan/address";
import type { MemorySelection } from "../../host/memory/memoryWorkbook";
import type { MemoryCell, MemorySheet } from "../../host/memory/memorySheet";
import { useTexts } from "../texts/PaneTextsContext";
import { editableText, formatCellValue, typedCellValue } from "./cellText";
import { columnWidthPx, isSelected, selectionLastRow, sheetLayout } from "./sheetLayout";

export interface SheetGridProps {
  readonly sheet: MemorySheet;
  readonly selection: MemorySelection | null;
  /** Stores what the user typed into a cell (the caller says when a sheet refuses edits). */
  readonly onCommit: (address: string, value: CellValue) => void;
}

/** Rows drawn at first and added by "Show more rows": the long list's Indicators sheet has ~1,000. */
export const ROW_PAGE = 200;

const ROW_HEADER_WIDTH = 44;

interface Position {
  readonly row: number;
  readonly column: number;
}

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  grid: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    height: "20px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    textAlign: "right",
  },
  corner: { left: 0, zIndex: 2 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    height: "20px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  },
  selected: {
    boxShadow: `inset 0 0 0 2px ${tokens.colorPaletteGreenBorderActive}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  editor: {
    width: "100%",
    boxSizing: "border-box",
    font: "inherit",
    padding: "0 2px",
    border: "none",
    outline: `2px solid ${tokens.colorBrandStroke1}`,
  },
  more: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
  },
});

/**
 * One sheet as a grid (role="grid"): every cell a gridcell named "<Sheet>!<A1>", the selected range
 * highlighted and scrolled into view. Arrow keys move, Enter, F2 or a double-click opens the editor
 * ("Edit <Sheet>!<A1>"; Enter commits, Escape cancels), Delete clears a cell.
 */
export function SheetGrid({ sheet, selection, onCommit }: SheetGridProps) {
  const styles = useStyles();
  const layout = sheetLayout(sheet);
  const { t } = useTexts();
  const [rowsShown, setRowsShown] = useState(ROW_PAGE);
  const [focus, setFocus] = useState<Position>({ row: 1, column: 1 });
  const [editing, setEditing] = useState<{
    readonly address: string;
    readonly text: string;
  } | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const focusWanted = useRef(false);
  const editFinished = useRef(false);

  const visibleRows = Math.min(
    layout.rows,
    Math.max(rowsShown, selectionLastRow(selection, sheet.name)),
  );
  const label = (address: string): string => `${sheet.name}!${address}`;

  // A cell selected through the pane (a problem clicked) is scrolled into view, without taking focus.
  useEffect(() => {
    if (selection === null) return;
    const start = selection.range.split(":")[0] ?? "";
    gridRef.current
      ?.querySelector(`[data-address="${start}"]`)
      ?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selection, sheet.name]);

  useEffect(() => {
    if (!focusWanted.current || editing !== null) return;
    focusWanted.current = false;
    const cell = gridRef.current?.querySelector<HTMLElement>(
      `[data-address="${formatCellAddress(focus)}"]`,
    );
    cell?.focus();
    cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [focus, editing]);

  const moveTo = (position: Position): void => {
    const row = Math.min(Math.max(position.row, 1), visibleRows);
    const column = Math.min(Math.max(position.column, 1), layout.columns);
    focusWanted.current = true;
    setFocus({ row, column });
  };

  const startEditing = (position: Position): void => {
    const address = formatCellAddress(position);
    editFinished.current = false;
    setFocus(position);
    setEditing({ address, text: editableText(sheet.cells.get(address)?.value) });
  };

  const finishEditing = (commit: boolean): void => {
    if (editing === null || editFinished.current) return;
    editFinished.current = true;
    if (commit) onCommit(editing.address, typedCellValue(editing.text));
    focusWanted.current = true;
    setEditing(null);
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    if (editing !== null) return;
    const moves: Partial<Record<string, Position>> = {
      ArrowUp: { row: focus.row - 1, column: focus.column },
      ArrowDown: { row: focus.row + 1, column: focus.column },
      ArrowLeft: { row: focus.row, column: focus.column - 1 },
      ArrowRight: { row: focus.row, column: focus.column + 1 },
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      moveTo(move);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEditing(focus);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onCommit(formatCellAddress(focus), null);
    }
  };

  const rows = Array.from({ length: visibleRows }, (_unused, index) => index + 1);
  const widths = layout.letters.map((letter) => columnWidthPx(sheet.columnWidths[letter]));
  // A fixed table layout needs the table's own width; the columns then keep theirs, as in Excel.
  const tableWidth = ROW_HEADER_WIDTH + widths.reduce((total, width) => total + width, 0);
  return (
    <div className={styles.scroller}>
      <table
        ref={gridRef}
        role="grid"
        aria-label={sheet.name}
        aria-rowcount={layout.rows + 1}
        className={styles.grid}
        style={{ width: `${tableWidth}px` }}
        onKeyDown={onGridKeyDown}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {layout.letters.map((letter, index) => (
            <col key={letter} style={{ width: `${widths[index] ?? 0}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th
              className={mergeClasses(styles.header, styles.corner)}
              aria-label={t("preview.rowsAndColumns")}
            />
            {layout.letters.map((letter) => (
              <th key={letter} scope="col" className={styles.header}>
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row" className={styles.rowHeader}>
                {row}
              </th>
              {layout.letters.map((_letter, index) => {
                const position = { row, column: index + 1 };
                const address = formatCellAddress(position);
                const cell = sheet.cells.get(address);
                const selected = isSelected(selection, sheet.name, row, index + 1);
                const focused = focus.row === row && focus.column === index + 1;
                const isEditing = editing?.address === address;
                return (
                  <td
                    key={address}
                    role="gridcell"
                    data-address={address}
                    aria-label={label(address)}
                    aria-selected={selected}
                    tabIndex={focused && !isEditing ? 0 : -1}
                    className={mergeClasses(styles.cell, selected && styles.selected)}
                    style={cellStyle(cell)}
                    title={cell?.formula}
                    onClick={() => {
                      setFocus(position);
                    }}
                    onDoubleClick={() => {
                      startEditing(position);
                    }}
                  >
                    {isEditing ? (
                      <input
                        className={styles.editor}
                        aria-label={t("preview.edit", { address: label(address) })}
                        value={editing.text}
                        autoFocus
                        onChange={(event) => {
                          setEditing({ address, text: event.target.value });
                        }}
                        onKeyDown={(event) => {
                          if (event.key === "Enter") {
                            event.preventDefault();
                            finishEditing(true);
                          } else if (event.key === "Escape") {
                            event.preventDefault();
                            finishEditing(false);
                          }
                          event.stopPropagation();
                        }}
                        onBlur={() => {
                          finishEditing(true);
                        }}
                      />
                    ) : (
                      formatCellValue(cell?.value, cell?.numberFormat)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {visibleRows < layout.rows && (
        <div className={styles.more}>
          <Caption1>{t("preview.rowsShown", { shown: visibleRows, rows: layout.rows })}</Caption1>
          <Button
            size="small"
            onClick={() => {
              setRowsShown(visibleRows + ROW_PAGE);
            }}
          >
            {t("preview.showMore", { count: Math.min(ROW_PAGE, layout.rows - visibleRows) })}
          </Button>
        </div>
      )}
    </div>
  );
}

// The template's cell styles, as far as a preview needs them; numbers align right as in Excel.
function cellStyle(cell: MemoryCell | undefined): CSSProperties {
  const style = cell?.style;
  const numeric = typeof cell?.value === "number";
  return {
    ...(style?.bold === true ? { fontWeight: 600 } : {}),
    ...(style?.italic === true ? { fontStyle: "italic" } : {}),
    ...(style?.fill === undefined ? {} : { backgroundColor: style.fill }),
    // A filled cell keeps dark text unless its style says otherwise, as in Excel.
    ...(style?.fontColour !== undefined
      ? { color: style.fontColour }
      : style?.fill !== undefined
        ? { color: "#000000" }
        : {}),
    ...(style?.wrapText === true ? { whiteSpace: "normal" } : {}),
    ...(style?.bottomBorder === true ? { borderBottom: "1px solid #808080" } : {}),
    textAlign: style?.horizontalAlignment ?? (numeric ? "right" : "left"),
  };
}
