// A catalogue that breaks its schema is a programming error (misuse), not user data:
// it throws, listing every problem so one run shows all that needs fixing.

export class CatalogueError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The framework catalogue is invalid (${count}):\n- ${problems.join("\n- ")}`);
    this.name = "CatalogueError";
    this.problems = problems;
  }
}
