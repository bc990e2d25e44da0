// Every command the host queues, and every sync: what the tests count and measure. A command's
// bytes are the JSON of its object path, member and arguments, an estimate of what Office.js sends.

export interface RecordedCommand {
  /** The sync this command went out with (0 for the first). */
  readonly batch: number;
  /** The object the command acts on, e.g. `worksheets.getItem("Scoreboard").getRange("A1:C3")`. */
  readonly path: string;
  readonly action: "set" | "call" | "load";
  readonly member: string;
  readonly args: readonly unknown[];
}

export class Recorder {
  readonly commands: RecordedCommand[] = [];
  /** Bytes sent by each sync so far, and the pending batch last. */
  readonly batchBytes: number[] = [0];
  private syncCount = 0;
  private loaders: (() => void)[] = [];

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
      (this.batchBytes[this.syncCount] ?? 0) + JSON.stringify({ path, member, args }).length;
  }

  /** Runs at the next sync: a load fills its proxy's properties then. */
  onSync(loader: () => void): void {
    this.loaders.push(loader);
  }

  sync(): void {
    const loaders = this.loaders;
    this.loaders = [];
    for (const load of loaders) load();
    this.syncCount += 1;
    this.batchBytes.push(0);
  }

  /** The bytes of each sync made so far. */
  sentBatches(): number[] {
    return this.batchBytes.slice(0, this.syncCount);
  }
}
