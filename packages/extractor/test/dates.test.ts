import { describe, expect, it } from "vitest";
import { MONTHS_SV, plainDocument } from "@diarium/parser";
import { extractDates } from "../src/extractors/dates.ts";

const values = (text: string) => extractDates(plainDocument(text)).dates.map((d) => (d.end ? [d.value, d.end] : d.value));

describe("extractDates", () => {
  it("reads day, month and year, also with the year on the next line", () => {
    expect(values("Farsta stadsdelsnämnd beslutade vid sitt sammanträde den 18 december\n2012 att överlämna")).toEqual(["2012-12-18"]);
    expect(values("Stockholm den 18 september 2013")).toEqual(["2013-09-18"]);
    expect(values("beslutad 18 dec. 2012 och 2012-12-20")).toEqual(["2012-12-18", "2012-12-20"]);
    expect(values("inkom 18/12 2012")).toEqual(["2012-12-18"]);
    expect(values("tisdagen den 5 mars 2013")).toEqual(["2013-03-05"]);
  });

  it("reads a month and year as YYYY-MM", () => {
    expect(values("Antalet ärenden uppgick i början av december 2012 till 54 st.")).toEqual(["2012-12"]);
  });

  // written examples: no paper of the corpus gives a period of months
  it("reads a period of months, and no month inside a word", () => {
    expect(values("januari–mars 2024")).toEqual([["2024-01", "2024-03"]]);
    expect(values("under jan. till mar.\n2024 och i juni. 2025")).toEqual([["2024-01", "2024-03"], "2025-06"]);
    expect(values("Skolmars 2024")).toEqual([]);
  });

  it("joins the months of a period with the words that join two dates (PERIOD_JOINS)", () => {
    expect(values("från januari till och med mars 2024")).toEqual([["2024-01", "2024-03"]]);
    expect(values("april t.o.m. juni 2025")).toEqual([["2025-04", "2025-06"]]);
  });

  it("has no month's name that ends another's, so one name stands before a year (monthsBeforeYears)", () => {
    const forms = MONTHS_SV.flatMap((m) => [...m.forms]);
    expect(forms.filter((f) => forms.some((g) => g !== f && g.endsWith(f)))).toEqual([]);
  });

  it("reads periods as value and end", () => {
    expect(values("Samråd pågick under perioden 6 mars till 28 mars 2020.")).toEqual([["2020-03-06", "2020-03-28"]]);
    expect(values("har använts under perioden 1 januari till den 31 augusti 2009.")).toEqual([["2009-01-01", "2009-08-31"]]);
    expect(values("Under perioden 1 september 2009 – 31 juli 2011 drevs")).toEqual([["2009-09-01", "2011-07-31"]]);
    expect(values("öppet 1–3 mars 2013")).toEqual([["2013-03-01", "2013-03-03"]]);
    expect(values("1 januari–30 juni 2014")).toEqual([["2014-01-01", "2014-06-30"]]);
    expect(values("försöksverksamhet åren 1995-1998 på tio platser")).toEqual([["1995", "1998"]]);
    expect(values("Budget 2024-2027 samt flerårsplan 2025–2026.")).toEqual([["2024", "2027"], ["2025", "2026"]]);
  });

  it("gives a day without a year the paper's year only when it falls before the paper's date, with a warning", () => {
    const doc = plainDocument("Protokollsutdrag\n2025-12-15\n\nFörvaltningen har i skrivelse den 27 november lämnat följande yttrande.");
    const { dates, warnings } = extractDates(doc);
    expect(dates.map((d) => d.value)).toEqual(["2025-12-15", "2025-11-27"]);
    expect(warnings.map((w) => w.code)).toEqual(["W_DATE_YEAR_INFERRED"]);
    expect(values("Arbetsutskottet behandlade ärendet 8 december.")).toEqual([]);
  });

  it("leaves identifiers, law references, phone numbers and times alone", () => {
    expect(values("Dnr 325-1328/2012, motion (2012:46), KS 2023-00135, 2025.374 KS")).toEqual([]);
    expect(values("enligt SFS 2001:453 och lag (2016:38), 4 kap. 2 §, Telefon 0300-83 40 00, kl. 18:00-21:30")).toEqual([]);
    expect(values("Sida 2 (12), § 116, Sörhaga 2:4")).toEqual([]);
  });

  it("gives every date evidence that quotes the text", () => {
    const doc = plainDocument("beslutade den 11\ndecember 2012 att överlämna; granskning den 25 augusti till 14 september 2025.");
    const { dates } = extractDates(doc);
    expect(dates).toHaveLength(2);
    for (const d of dates) expect(doc.text.slice(d.evidence.start, d.evidence.end)).toBe(d.evidence.quote);
  });
});

describe("extractDates on a day without a year after another year", () => {
  it("does not guess the paper's year when the paragraph names another", () => {
    const doc = plainDocument("Protokoll\n2024-03-01\n\nMotionen väcktes den 12 januari 2023 och remitterades den 1 februari.");
    expect(extractDates(doc).dates.map((d) => d.value)).toEqual(["2024-03-01", "2023-01-12"]);
    expect(extractDates(doc).warnings.map((w) => w.code)).toEqual(["W_DATE_WITHOUT_YEAR"]);
  });
});
