import { describe, expect, it } from "vitest";
import { buildSections, diarienummerOf, readMetadata } from "../src/index.ts";
import { corpusDocument, normalized } from "./helpers.ts";

const metaOf = (doc: ReturnType<typeof normalized>) => readMetadata(doc, buildSections(doc));

describe("metadata of a Stockholm utlåtande", () => {
  const doc = corpusDocument("stockholm-utlatande-2013-125.txt");
  const meta = metaOf(doc);

  it("reads series, number, diarienummer, title, date, place, issuer and rapporteur", () => {
    expect(meta).toMatchObject({
      kind: "utlatande",
      series: "Utlåtande 2013:125 RVII",
      number: "2013:125",
      diarienummer: ["325-1328/2012"],
      title: "Fler personliga ombud för personer med psykisk funktionsnedsättning",
      date: "2013-09-18",
      place: "Stockholm",
      issuer: "Kommunstyrelsen",
      rapporteur: { name: "Anna König Jerlmyr", party: null, role: "borgarråd" },
    });
  });

  it("reads the signatories under 'På kommunstyrelsens vägnar', the letter-spaced one included", () => {
    expect(meta.signatories.map((p) => p.name)).toEqual(["Sten Nordin", "Anna König Jerlmyr", "Ulrika Gunnarsson"]);
  });

  it("keeps the evidence of each value", () => {
    for (const e of Object.values(meta.evidence ?? {})) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
    expect(meta.evidence?.date?.quote).toBe("Stockholm den 18 september 2013");
  });
});

describe("metadata of a Kungsbacka tjänsteskrivelse", () => {
  const meta = metaOf(corpusDocument("real/kungsbacka-tjansteskrivelse-2023-12-06-hyreskontrakt-nyanlanda.txt"));
  it("reads the labelled date and diarienummer, the title paragraph and the signature columns", () => {
    expect(meta).toMatchObject({
      kind: "tjansteutlatande",
      diarienummer: ["KS 2023-00135"],
      date: "2023-12-06",
      title: "Svar på motion från Viking Bengtsson (V) m.fl. om att ändra tidsbegränsningen för hyreskontrakt för nyanlända barnfamiljer",
    });
    expect(meta.signatories).toEqual([
      { name: "Malin Aronsson", party: null, role: "kommundirektör" },
      { name: "Lovisa Eld", party: null, role: "samhällsbyggnadschef" },
    ]);
  });
});

describe("metadata of a protocol paragraph", () => {
  it("reads the § number, the diarienummer with its glued classification code cut off, and the title", () => {
    const meta = metaOf(corpusDocument("real/molndal-kf-2024-10-16-166-brukningsavgift-va.txt"));
    expect(meta).toMatchObject({ kind: "protokollsutdrag", number: "§ 166", diarienummer: ["00562/2024"], title: "Brukningsavgift vatten och avlopp 2025", date: null });
    expect(meta.issuer?.toLowerCase()).toBe("kommunfullmäktige");
  });

  it("reads a protocol header's body and date", () => {
    const doc = normalized("Tekniska nämnden\nProtokoll\n\n2025-12-15\n\n§ 65 2025.242 TEN\n\nMotion gällande att införa laddstationer för Alingsås cyklister - Amanda\nAndersson (MP)\nÄrendebeskrivning\nAmanda Andersson (MP) har lämnat en motion.");
    expect(metaOf(doc)).toMatchObject({
      kind: "protokollsutdrag",
      number: "§ 65",
      diarienummer: ["2025.242 TEN"],
      date: "2025-12-15",
      issuer: "Tekniska nämnden",
      title: "Motion gällande att införa laddstationer för Alingsås cyklister - Amanda Andersson (MP)",
    });
  });
});

describe("diarienummer", () => {
  it("reads the many forms", () => {
    expect(diarienummerOf(normalized("Dnr 2009-05-0001\nYttrande"), 1e9)).toEqual(["2009-05-0001"]);
    expect(diarienummerOf(normalized("Stadsdelsförvaltning\nSÖ 2019/0312\nYttrande över remiss"), 1e9)).toEqual(["SÖ 2019/0312"]);
    expect(diarienummerOf(normalized("Kommunstyrelsen\nDnr: KS 2020/00123\nTjänsteutlåtande"), 1e9)).toEqual(["KS 2020/00123"]);
  });
});

describe("a paper whose header page is missing", () => {
  it("states nothing it cannot read", () => {
    const meta = metaOf(corpusDocument("hagersten-liljeholmen-tjansteutlatande-2009.txt"));
    expect(meta).toMatchObject({ number: null, diarienummer: [], title: null, date: null, rapporteur: null, signatories: [] });
  });
});
