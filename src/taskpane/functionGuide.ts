// The pane lists the functions from the functions' own guide (plain data, no function code).
export { FUNCTION_GUIDE, type FunctionGuideEntry } from "../functions/guide";
