// The runner's CSV writing is the engine's (src/engine/publish/csv.ts), shared with the pane.

export { csvField, csvLine, type CsvField, type CsvOptions } from "../../engine/publish/csv";
