export { scoreColumn, type RowProblem } from "./scoreColumn";
export { groupMeans, type GroupMeans } from "./groupMeans";
