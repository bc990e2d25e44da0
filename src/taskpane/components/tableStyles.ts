// Tables in a narrow pane: columns sized by their content (Fluent's tables share the width equally,
// which wraps names over three lines beside short numbers), numbers right-aligned on one line.
import { makeStyles } from "@fluentui/react-components";

export const useTableStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  // A band label on one line ("En développement"): the name column beside it wraps instead.
  label: { whiteSpace: "nowrap" },
  scroll: { overflowX: "auto" },
});
