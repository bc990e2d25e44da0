// `npm run bench`: every speed and memory target of the product, as ratios against a baseline
// measured in the same run (timed tests flake on a shared machine; ratios and sizes do not).
import { benchEngineScoring } from "./engineScoring";
import { benchFunctionsScore } from "./functionsScore";
import { printLines } from "./harness";

printLines([...benchEngineScoring(), ...benchFunctionsScore()]);
