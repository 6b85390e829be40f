/**
 * What went wrong, as text: an Error's message, or anything else thrown (a string, a DOMException
 * from IndexedDB, an object) as String() writes it. The one spelling of `e instanceof Error ?
 * e.message : String(e)`, so every "… failed: <why>" reads the same way.
 */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
