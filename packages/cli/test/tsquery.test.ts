import { describe, expect, it } from "vitest";
import { parseSearch, toFtsQuery } from "../src/db/search-syntax.ts";
import { toTsQuery } from "../src/store/tsquery.ts";

/** Stop words of PostgreSQL's Swedish configuration that the examples use. */
const STOP = new Set(["och", "till", "om"]);
const ts = (search: string): string | null => toTsQuery(parseSearch(search).parts, STOP);

describe("diarium's search syntax as a PostgreSQL tsquery", () => {
  it("finds a word by every stem whose forms meet its own: laddplats by laddplatser's stem", () => {
    // "laddplats" stems to "laddplat"; "laddplatser" and "laddplatsen" stem to "laddplats".
    expect(ts("laddplats")).toBe("( 'laddplat' | 'laddplatet' | 'laddplatan' | 'laddplats' )");
    // "huset" keeps its article in the stem: found by "hus" and by "huset".
    expect(ts("huset")).toContain("'hus'");
  });

  it("keeps a prefix as it is typed, lower-cased and not stemmed", () => {
    expect(ts("Ladd*")).toBe("'ladd':*");
  });

  it("binds NOT tighter than AND and AND tighter than OR, as FTS5 does", () => {
    expect(ts("bifall OR avslag motion")).toMatch(/^\( \(.*'bifall'.*\) \| \( \(.*'avslag'.*\) & \(.*'motion'.*\) \) \)$/);
    expect(ts("motion NOT återremiss")).toMatch(/^\( \(.*'motion'.*\) & !\( \(.*'återremiss'.*\) \) \)$/);
    expect(ts("(bifall OR avslag) motion")).toMatch(/^\( \( \(.*'bifall'.*\) \| \(.*'avslag'.*\) \) & \(.*'motion'.*\) \)$/);
  });

  it("keeps a phrase's stop words as distance and drops a stop word searched alone", () => {
    expect(ts('"förslag till beslut"')).toMatch(/^\( \(.*'förslag'.*\) <2> \(.*'beslut'.*\) \)$/);
    expect(ts("motion och")).toBe(ts("motion"));
    expect(ts("och")).toBeNull();
  });

  it("reads the same operands FTS5 gets", () => {
    expect(toFtsQuery("laddplats OR ombud*").match).toBe('(forms : "laddplat") OR forms : "ombud"*');
    expect(toFtsQuery('"personliga ombud"').match).toBe('phrase : "person ombud"');
  });
});
