/** A form field's text as a whole number within [min, max], or null ("", "1.5", "1e3" and out-of-range are not). */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : null;
}
