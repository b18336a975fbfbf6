/**
 * Escaping for the view's HTML: every string that comes from a paper goes through one of these,
 * so a paper that says `<script>` or `"><img src=x onerror=…>` shows those characters as text.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text for an HTML element's content or a quoted attribute value.
 * @example escapeHtml('"><img src=x onerror=alert(1)>') // "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON that can stand inside a `<script type="application/json">` element: "<" is written as its
 * escape, so no string in it can close the element ("</script>") or open a comment ("<!--");
 * U+2028/U+2029 likewise, for older parsers.
 * @example jsonForScript({ q: "</script>" }) // '{"q":"\\u003c/script>"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
