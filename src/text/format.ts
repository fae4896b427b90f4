// Numbers as a reader sees them: `1,234`, `-5,000`, `0.125`. A whole number's digits are grouped here; any other
// number goes to `toLocaleString`, whose first call loads the ICU locale data (about 15 ms of a warm start).

/** `value` in US English: thousands grouped with commas, at most three decimals (as `toLocaleString('en-US')`). */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString('en-US');
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${grouped}` : grouped;
}
