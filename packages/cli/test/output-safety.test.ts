import { describe, expect, it } from "vitest";
import { failureLine } from "../src/batch/failure.ts";
import { renderRows } from "../src/render.ts";

describe("what diarium prints cannot be turned against the reader", () => {
  it("keeps a quote that starts like a formula from running in a spreadsheet", () => {
    const rows = [
      { party: "MP", quote: '=HYPERLINK("http://example.invalid","klicka")' },
      { party: "S", quote: "- att motionen bifalls" },
      { party: "V", quote: "Reservation anfördes av V-ledamöterna" },
    ];
    expect(renderRows(rows, ["party", "quote"], "csv")).toBe(
      'party,quote\r\nMP,"\'=HYPERLINK(""http://example.invalid"",""klicka"")"\r\nS,\'- att motionen bifalls\r\nV,Reservation anfördes av V-ledamöterna\r\n',
    );
  });

  it("prints a file name with an escape sequence in it as plain text", () => {
    const line = failureLine({ path: "arkiv/\u001b]0;pwned\u0007utlåtande.pdf", code: "E_DAMAGED", message: "bad\u009b2J xref\nat line 3" });
    expect(line).toBe("arkiv/?]0;pwned?utlåtande.pdf: E_DAMAGED: bad?2J xref at line 3");
  });
});
