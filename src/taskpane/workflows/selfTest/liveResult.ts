// Reading back a live formula: Excel shows #BUSY! (and #GETTING_DATA on older builds) while a custom
// function is still computing, so the cell is read again until it holds a result or time runs out.

import type { CellValue } from "../../../engine/sheetValues";
import { isError, readCell } from "./scratchPlans";
import type { SelfTestBench } from "./types";

/** How often the cell is read again, and for how long at most (a cold custom-functions runtime takes seconds). */
export const LIVE_POLL_MS = 500;
export const LIVE_WAIT_MS = 30_000;

export interface LiveReading {
  readonly value: CellValue;
  /** True when the cell still showed #BUSY! at the end of the wait. */
  readonly timedOut: boolean;
}

export async function waitForLiveResult(
  bench: SelfTestBench,
  sheet: string,
  address: string,
): Promise<LiveReading> {
  for (let waited = 0; ; waited += LIVE_POLL_MS) {
    const { value } = await readCell(bench, sheet, address);
    const computing = isError(value, "#BUSY!") || isError(value, "#GETTING_DATA");
    if (!computing) return { value, timedOut: false };
    if (waited >= LIVE_WAIT_MS) return { value, timedOut: true };
    await bench.sleep(LIVE_POLL_MS);
  }
}
