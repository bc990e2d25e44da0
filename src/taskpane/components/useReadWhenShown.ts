// Sections that show something read from the workbook (what can be compared, the weak spots, the
// settings) read it when they are opened, and again when the workbook changed meanwhile. Reading is
// not a workflow call of its own, so it does not bump the change version it depends on; a read cut
// short (the section closed, the workbook changed) is done again next time; a failed read is shown.

import { useEffect, useRef } from "react";
import { errorMessage } from "./errorMessage";
import { useTexts } from "../texts/PaneTextsContext";
import { usePaneChanges } from "./paneChanges";

export function useReadWhenShown<T>(
  active: boolean,
  read: () => Promise<T>,
  onRead: (value: T) => void,
  fail: (message: string) => void,
): void {
  const { version } = usePaneChanges();
  const texts = useTexts();
  // The version last read; a ref, so that noting it does not re-run (and cancel) the read.
  const loadedAt = useRef(-1);
  // The latest callbacks, without making the effect re-run each render.
  const latest = useRef({ read, onRead, fail });
  latest.current = { read, onRead, fail };

  useEffect(() => {
    if (!active || loadedAt.current === version) return;
    let current = true;
    let settled = false;
    loadedAt.current = version;
    latest.current.read().then(
      (value) => {
        settled = true;
        if (current) latest.current.onRead(value);
      },
      (error: unknown) => {
        settled = true;
        if (current) latest.current.fail(errorMessage(error, texts));
      },
    );
    return () => {
      current = false;
      if (!settled) loadedAt.current = -1;
    };
  }, [active, version, texts]);
}
