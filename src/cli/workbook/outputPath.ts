// Checks on an output path made before any work is done, so a run that would be refused at the end
// (an existing file without --force, the input file itself, a folder that does not exist) is
// refused at the start instead.

import { dirname, resolve } from "node:path";
import type { Problem } from "../../engine/model/types";
import { exists } from "../../host/xlsx/atomicWrite";
import { ENGLISH_CLI_TEXTS } from "../texts";

export async function outputProblems(
  output: string,
  inputs: readonly string[],
  force: boolean,
): Promise<Problem[]> {
  if (inputs.some((input) => resolve(input) === resolve(output))) {
    return [
      {
        address: output,
        message: ENGLISH_CLI_TEXTS["output.isInput"],
        code: "output.isInput",
        severity: "error",
      },
    ];
  }
  if (!(await exists(dirname(resolve(output))))) {
    return [
      {
        address: output,
        message: `cannot be written: the folder ${dirname(output)} does not exist`,
        code: "output.noFolder",
        parameters: { folder: dirname(output) },
        severity: "error",
      },
    ];
  }
  if (!force && (await exists(output))) {
    return [
      {
        address: output,
        message: ENGLISH_CLI_TEXTS["output.exists"],
        code: "output.exists",
        severity: "error",
      },
    ];
  }
  return [];
}
