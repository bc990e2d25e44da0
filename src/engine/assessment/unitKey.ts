// Cities are told apart by name, ignoring case and surrounding spaces (as peerWorstValue does), so
// "Nakuru" and "nakuru " in two rows are one unit.

export function unitKey(city: string): string {
  return city.trim().toLowerCase();
}
