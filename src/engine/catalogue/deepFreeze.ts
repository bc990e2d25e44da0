// The catalogue is module-level data shared by every caller; freezing it makes an accidental
// mutation fail at once instead of silently changing everyone's scores.

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
