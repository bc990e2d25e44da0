// Every command the host queues, and every sync: what the tests count and measure. A command's
// bytes are the UTF-8 bytes of the JSON of its object path, member and arguments, an estimate of
// what Office.js sends; a response's are those of the JSON of what its loads returned. Like Excel
// on the web, a sync whose request or response passes the payload limit fails (the limit is 5 MB:
// "Resource limits and performance optimization for Office Add-ins", learn.microsoft.com). Unlike
// Excel, which refuses a request too large before running any of it, the fake has applied the
// commands by then: a test that reaches the limit has found a bug, whatever the workbook holds.

export interface RecordedCommand {
  /** The sync this command went out with (0 for the first). */
  readonly batch: number;
  /** The object the command acts on, e.g. `worksheets.getItem("Scoreboard").getRange("A1:C3")`. */
  readonly path: string;
  readonly action: "set" | "call" | "load";
  readonly member: string;
  readonly args: readonly unknown[];
}

const UTF8 = new TextEncoder();

/** An error as Office.js raises it: OfficeExtension.Error carries Excel's code beside the message. */
export class FakeOfficeError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

/** The UTF-8 bytes of a value's JSON, as it travels between the add-in and Excel. */
export function wireBytes(value: unknown): number {
  return UTF8.encode(JSON.stringify(value)).length;
}

export class Recorder {
  readonly commands: RecordedCommand[] = [];
  /** Bytes sent by each sync so far, and the pending batch last. */
  readonly batchBytes: number[] = [0];
  /** Bytes returned by each sync so far. */
  readonly responseBytes: number[] = [];
  /** The syncs (0 for the first) that failed on the payload limit. */
  readonly refusedSyncs: number[] = [];
  /** The most bytes one request or one response may carry; unlimited when undefined. */
  private readonly payloadLimit: number | undefined;
  private syncCount = 0;
  private loaders: (() => void)[] = [];
  private responding = 0;

  constructor(payloadLimit?: number) {
    this.payloadLimit = payloadLimit;
  }

  get syncs(): number {
    return this.syncCount;
  }

  /** True when commands or loads wait for a sync. */
  get pending(): boolean {
    return (this.batchBytes[this.syncCount] ?? 0) > 0;
  }

  record(
    path: string,
    action: RecordedCommand["action"],
    member: string,
    args: readonly unknown[],
  ): void {
    const command = { batch: this.syncCount, path, action, member, args };
    this.commands.push(command);
    this.batchBytes[this.syncCount] =
      (this.batchBytes[this.syncCount] ?? 0) + wireBytes({ path, member, args });
  }

  /** Runs at the next sync: a load fills its proxy's properties then. */
  onSync(loader: () => void): void {
    this.loaders.push(loader);
  }

  /** Counts what a load returns towards the current sync's response. */
  respond(value: unknown): void {
    this.responding += wireBytes(value);
  }

  sync(): void {
    const sent = this.batchBytes[this.syncCount] ?? 0;
    const loaders = this.loaders;
    this.loaders = [];
    this.responding = 0;
    for (const load of loaders) load();
    const returned = this.responding;
    this.syncCount += 1;
    this.batchBytes.push(0);
    this.responseBytes.push(returned);
    const limit = this.payloadLimit;
    if (limit !== undefined && (sent > limit || returned > limit))
      this.refusedSyncs.push(this.syncCount - 1);
    if (limit !== undefined && sent > limit)
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `the request of sync ${this.syncCount} sent ${sent} bytes, over the limit of ${limit}`,
      );
    if (limit !== undefined && returned > limit)
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the response of sync ${this.syncCount} returned ${returned} bytes, over the limit of ${limit}`,
      );
  }

  /** The bytes of each sync made so far. */
  sentBatches(): number[] {
    return this.batchBytes.slice(0, this.syncCount);
  }
}
