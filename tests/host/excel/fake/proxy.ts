// The base of every fake proxy: it records each property set and method call, and keeps loaded
// properties readable only after the sync that follows their load, as Office.js does.

import type { Value } from "../../../oracle/values";
import type { WorkbookModel } from "./model";
import type { Recorder } from "./recorder";

/** Evaluates a C2C.* call in a formula; undefined for an unknown function (#NAME?). */
export type CustomFunctions = (fn: string, args: readonly Value[]) => Value | undefined;

export interface World {
  readonly workbook: WorkbookModel;
  readonly recorder: Recorder;
  readonly custom: CustomFunctions;
  /** Whether this Excel offers ExcelApi `version` (isSetSupported). */
  readonly supports: (version: string) => boolean;
}

export abstract class FakeProxy {
  protected readonly world: World;
  readonly path: string;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();

  constructor(world: World, path: string) {
    this.world = world;
    this.path = path;
  }

  /** What a proxy passed as an argument looks like in the recorded request. */
  toJSON(): { path: string } {
    return { path: this.path };
  }

  /** Takes a snapshot of these properties now (a collection filling its items at a sync). */
  takeSnapshot(properties: readonly string[]): void {
    for (const property of properties) {
      const value = this.snapshot(property);
      this.world.recorder.respond(value);
      this.loaded.set(property, value);
    }
  }

  /** A navigation property: Office.js returns the same proxy every time it is read. */
  protected child<T>(key: string, make: () => T): T {
    if (!this.children.has(key)) this.children.set(key, make());
    return this.children.get(key) as T;
  }

  /** The value of a loaded property; Office.js throws PropertyNotLoaded otherwise. */
  protected read(property: string): unknown {
    if (!this.loaded.has(property))
      throw new Error(`PropertyNotLoaded: ${this.path}.${property} was read without load and sync`);
    return this.loaded.get(property);
  }

  protected recordSet(member: string, value: unknown): void {
    this.world.recorder.record(this.path, "set", member, [value]);
  }

  protected recordCall(member: string, args: readonly unknown[]): void {
    this.world.recorder.record(this.path, "call", member, args);
  }

  /** Queues a load; the properties are filled at the next sync. */
  protected queueLoad(propertyNames: string, fill: (properties: readonly string[]) => void): void {
    this.world.recorder.record(this.path, "load", "load", [propertyNames]);
    const properties = propertyNames
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "");
    this.world.recorder.onSync(() => {
      fill(properties);
    });
  }

  /** The current value of a loadable property. */
  protected abstract snapshot(property: string): unknown;
}

/** A proxy that may stand for nothing (from a *OrNullObject method). */
export function nullCheck(world: World, createdAt: number, path: string, exists: boolean): boolean {
  if (world.recorder.syncs <= createdAt)
    throw new Error(`${path}.isNullObject was read before a sync`);
  return !exists;
}

export function quoted(text: string): string {
  return JSON.stringify(text);
}
