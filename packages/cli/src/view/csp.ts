/**
 * The view's Content-Security-Policy. Nothing loads from anywhere (`default-src 'none'`); the
 * inline scripts and the stylesheet run because their hashes are listed, so a script or style a
 * paper smuggled into the page would not. pdf.js needs three more sources: its worker from a
 * blob: URL (`worker-src blob:`), and images and fonts it builds from the PDF's own bytes as
 * blob: or data: URLs. Styles set from script (box positions) go through the CSSOM, which the
 * policy does not restrict; no `style` attribute stands in the HTML.
 */
import { createHash } from "node:crypto";

/**
 * The CSP source expression of an inline script's or style's text.
 * @example sha256Source("alert(1)") // "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function sha256Source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The policy for a view whose inline scripts and styles have these hashes.
 * @example viewCsp(["'sha256-…'"], ["'sha256-…'"]) // "default-src 'none'; script-src 'sha256-…'; …"
 */
export function viewCsp(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(" ")}`,
    `style-src ${styleHashes.join(" ")}`,
    "img-src data: blob:",
    "font-src data: blob:",
    "worker-src blob:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
