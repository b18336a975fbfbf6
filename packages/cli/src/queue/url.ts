/**
 * A database URL as it may be printed: without its password.
 * @example shownUrl("postgres://diarium:secret@db/arkiv") // "postgres://diarium@db/arkiv"
 */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, "@");
  }
}
