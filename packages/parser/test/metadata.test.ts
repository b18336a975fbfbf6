import { describe, expect, it } from "vitest";
import { buildSections, diarienummerOf, readMetadata } from "../src/index.ts";
import { corpusDocument, normalized } from "./helpers.ts";
import { hasShared, noteSkipped } from "./helpers.ts";

noteSkipped("metadata");

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

  it.skipIf(!hasShared)("keeps the evidence of each value", () => {
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
  it.skipIf(!hasShared)("reads the § number, the diarienummer with its glued classification code cut off, and the title", () => {
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

describe("protocol metadata as councils write it (development set)", () => {
  it("reads the body, the meeting date and the Dnr of a running header, and the title under the § line (Kungsbacka VO § 60)", () => {
    const meta = metaOf(
      normalized(`KUNGSBACKA KOMMUN\tSAMMANTRÄDESPROTOKOLL\t3 (7)
Nämnden för Vård & Omsorg
Datum
2024-04-25

§ 60\tDnr VO-2024-00021
Svar på motion från Ermin Škoric (S) m.fl. - Värdighetsgarantier inom
äldreomsorgen (KS 2023-00811)

Nämnden för Vård & Omsorgs förslag till beslut till kommunfullmäktige
Kommunfullmäktige avslår motionen.`),
    );
    expect(meta).toMatchObject({
      kind: "protokollsutdrag",
      number: "§ 60",
      diarienummer: ["VO-2024-00021"],
      date: "2024-04-25",
      issuer: "Nämnden för Vård & Omsorg",
      title: "Svar på motion från Ermin Škoric (S) m.fl. - Värdighetsgarantier inom äldreomsorgen (KS 2023-00811)",
    });
  });

  it("joins an arbetsutskott's name over two header lines (Alingsås KSAU § 72)", () => {
    const meta = metaOf(normalized("Kommunstyrelsens\narbetsutskott\nProtokoll\n\n2026-05-20\n\n§ 72 2025.493 KS\n\nSvar på motion gällande vindar - Heidi Hankanen\nÄngberg (C)\n\nÄrendebeskrivning\nText."));
    expect(meta).toMatchObject({ issuer: "Kommunstyrelsens arbetsutskott", date: "2026-05-20", diarienummer: ["2025.493 KS"], number: "§ 72" });
  });

  it("takes the meeting's date, not the justering's, and reads a Dnr with a classification prefix (authored SDN § 9)", () => {
    const meta = metaOf(
      normalized(`Västerholms stadsdelsnämnd\tPROTOKOLLSUTDRAG

Protokoll nr 5, fört vid stadsdelsnämndens sammanträde torsdagen den 20 maj 2021
kl. 18.00–20.35 i förvaltningens lokaler.

§ 9
Svar på skrivelse från Socialdemokraterna och Vänsterpartiet om upprustning av
lekplatsen i Ekbackaparken
Dnr 1.5.2-214/2021

Beslut
Stadsdelsnämnden ansåg skrivelsen besvarad.

Vid protokollet
Maria Nordin

Justerat den 27 maj 2021

Henrik Malmqvist\tKarin Sjöholm
Ordförande\tJusterare`),
    );
    expect(meta).toMatchObject({
      date: "2021-05-20",
      place: null,
      issuer: "Västerholms stadsdelsnämnd",
      diarienummer: ["1.5.2-214/2021"],
      title: "Svar på skrivelse från Socialdemokraterna och Vänsterpartiet om upprustning av lekplatsen i Ekbackaparken",
    });
    expect(meta.signatories).toEqual([
      { name: "Maria Nordin", party: null, role: "sekreterare" },
      { name: "Henrik Malmqvist", party: null, role: "ordförande" },
      { name: "Karin Sjöholm", party: null, role: "justerare" },
    ]);
  });

  it("reads a title on the § line, a labelled header date after a tab and an Underskrifter block (authored RF § 41)", () => {
    const meta = metaOf(
      normalized(`REGION NORDANÅ\tPROTOKOLLSUTDRAG
Regionfullmäktige\tSammanträdesdatum
2023-03-21

Justerare\tPer Nyberg (M) och Ann-Sofie Ek (C)
Justeringsdatum\t2023-03-28

Underskrifter\tSekreterare\tLisa Wennberg
Ordförande\tGunnel Håkansson
Justerare\tPer Nyberg\tAnn-Sofie Ek

§ 41\tEtablering av vårdcentral i Ljusnäs
Diarienummer: RS 2022/0412`),
    );
    expect(meta).toMatchObject({ issuer: "Regionfullmäktige", date: "2023-03-21", title: "Etablering av vårdcentral i Ljusnäs", diarienummer: ["RS 2022/0412"] });
    // the justerare are named twice, in the header and in the Underskrifter block; each signs once
    expect(meta.signatories.map((p) => [p.name, p.role]).sort()).toEqual([
      ["Ann-Sofie Ek", "justerare"],
      ["Gunnel Håkansson", "ordförande"],
      ["Lisa Wennberg", "sekreterare"],
      ["Per Nyberg", "justerare"],
    ]);
  });

  it("reads the deciding body under Beslut when no header names it (Mölndal KS § 146)", () => {
    const meta = metaOf(normalized('§ 146 Diarienummer 00523/20241.1.1.\nSvar på motion (MP), (C) - "Ko på rot" i Mölndals stad\nBeslut\nKommunstyrelsen avstyrker motionen.\nKommunstyrelsens förslag till kommunfullmäktige\nKommunfullmäktige avslår motionen.'));
    expect(meta).toMatchObject({ issuer: "Kommunstyrelsen", diarienummer: ["00523/2024"], date: null });
  });

  it("knows a tjänsteskrivelse by its Handläggare label (Alingsås KS 2025.319)", () => {
    const meta = metaOf(normalized("Datum:\t2026-05-13\tKommunstyrelsen\nHandläggare:\tJerker Gustafsson\nDiarienr:\t2025.319 KS\n\nSvar på motion om stöd till föreningar som nattvandrar –\nIrene Jonsson (S) med flera\n\nÄrendebeskrivning\nText."));
    expect(meta).toMatchObject({ kind: "tjansteutlatande", date: "2026-05-13", diarienummer: ["2025.319 KS"], title: "Svar på motion om stöd till föreningar som nattvandrar – Irene Jonsson (S) med flera" });
  });
});

describe("diarienummer forms of the development set", () => {
  it("reads coded numbers with a hyphen or a slash, and skips a cross-referenced number in parentheses", () => {
    expect(diarienummerOf(normalized("§ 244\tDnr KS-2024-00131\nSvar på motion"), 1e9)).toEqual(["KS-2024-00131"]);
    expect(diarienummerOf(normalized("§ 187\tDnr KS/2021:345\n\nSvar på motion"), 1e9)).toEqual(["KS/2021:345"]);
    expect(diarienummerOf(normalized("§ 87 Ärendenummer SLK-2025-00123\nTitel"), 1e9)).toEqual(["SLK-2025-00123"]);
    expect(diarienummerOf(normalized("§ 22 2023.257 TEN\n\nFörprojektering av överföringsledningar till Bjärke (se 2021.527 SBN)"), 1e9)).toEqual(["2023.257 TEN"]);
    expect(diarienummerOf(normalized("Nämnden\nSvar på motion - Värdighetsgarantier (KS 2023-00811)"), 1e9)).toEqual([]);
  });
});

describe("header forms of other councils", () => {
  it("reads a long labelled date, a paragraph's Dnr on the line under it and the chair's finding of the deciding body", () => {
    const meta = metaOf(normalized("Sammanträdesdatum: 12 mars 2025\n\n§ 87\n2025.311 KS\nTaxa för bygglov 2026\n\nBeslutsgång\nOrdföranden ställer proposition och finner att kommunfullmäktige beslutat enligt kommunstyrelsens förslag."));
    expect(meta).toMatchObject({ kind: "protokollsutdrag", number: "§ 87", date: "2025-03-12", diarienummer: ["2025.311 KS"], title: "Taxa för bygglov 2026", issuer: "Kommunfullmäktige" });
  });

  it("reads an unlabelled hyphenated office code in the header", () => {
    expect(diarienummerOf(normalized("Kommunstyrelsen\nKS-2022-00311\nTjänsteskrivelse"), 1e9)).toEqual(["KS-2022-00311"]);
  });

  it("reads a meeting dated by 'Sammanträde' and a Dnr with the office code after the year (Tyresö KF 2011-06-16 § 67)", () => {
    const meta = metaOf(normalized("Kommunfullmäktige\nSammanträde 2011-06-16\n\n§67 Ekonomisk uppföljning per 30 april 2011\n\nDnr. 2011/KS 0193 10\n\nÄrendebeskrivning\n\nI bilaga redovisas kommunens ekonomiska uppföljning per den 30 april 2011."));
    // the whole number as written, not the year alone ("2011"), which names no case
    expect(meta).toMatchObject({ kind: "protokollsutdrag", number: "§ 67", date: "2011-06-16", diarienummer: ["2011/KS 0193 10"], issuer: "Kommunfullmäktige" });
    // the classification code is the number's only where it ends the line
    expect(diarienummerOf(normalized("Dnr 2011/KS 0206 001 och 2011/KS 0207 001"), 1e9)).toEqual(["2011/KS 0206"]);
  });

  it("reads a header body named as a coordinated compound: 'Miljö- och byggnadsnämnden', 'Kultur-, fritids- och turismnämnden'", () => {
    const meta = metaOf(normalized("Miljö- och byggnadsnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2024-04-18\n\n§ 23 Dnr MBN 2024/55\n\nYttrande över motion om fler laddstolpar\n\nBeslutsgång\nOrdföranden finner att nämnden beslutar enligt förslaget."));
    // not "Nämnden", from the chair's finding
    expect(meta).toMatchObject({ issuer: "Miljö- och byggnadsnämnden", date: "2024-04-18" });
    expect(metaOf(normalized("Kultur-, fritids- och turismnämnden\nProtokoll 2024-01-10\n\n§ 3 Dnr KFT 2023/9\n\nTaxor 2024")).issuer).toBe("Kultur-, fritids- och turismnämnden");
  });

  it.each([
    ["Tid och plats: Stadshuset, 2024-06-10 kl. 13.00-16.00", "2024-06-10"],
    ["Tid: 10 juni 2024, kl. 09.00–12.00", "2024-06-10"],
    ["Plats och tid: Sessionssalen, måndagen den 10 juni 2024 kl. 13.00", "2024-06-10"],
    // the justering's date is not the meeting's
    ["Plats och tid för justering: Stadshuset 2024-06-17", null],
  ])("dates a protocol by its place-and-time line: '%s'", (line, date) => {
    expect(metaOf(normalized(`Kommunfullmäktige\nProtokoll\n${line}\n\n§ 5 Dnr KS 2024/1\n\nTaxor 2025`)).date).toBe(date);
  });

  it("dates a protocol by the date beside its kind word: 'Protokoll 2023-06-12'", () => {
    expect(metaOf(normalized("Kommunfullmäktige\nProtokoll 2023-06-12\n\n§ 45 Dnr KS 2022/0456\n\nSvar på motion om solceller"))).toMatchObject({ kind: "protokollsutdrag", date: "2023-06-12", number: "§ 45" });
  });

  it("reads a § line with the year after the number and codes after the Dnr, and the title under it (Sollentuna KF 2017-06-14 § 91)", () => {
    // as the paragraph's text is published: every line a paragraph of its own, one blank line after each
    const text = [
      "§ 91/2017 Dnr 2016/0729 KS-16 Diariekod: 101",
      "Budget 2018, plan 2019-2020",
      "I ärendet föreligger tjänsteutlåtande 2017-05-29 från kommunledningskontoret, förslag till budget från majoriteten M, L och KD, från Socialdemokraterna, från Miljöpartiet, från Vänsterpartiet, från Sollentunapartiet samt budgetmotion från Lars Kallander (C) och budgetmotion från Ludvig Aspling (SD).",
      "Sammanfattning",
      "Sollentuna kommun tar beslut om budget i juni månad.",
    ].join("\n\n");
    const meta = metaOf(normalized(text));
    // not "/2017 Dnr 2016/0729 KS-16 Diariekod: 101" for a title, nor the short title run on into the next paragraph
    expect(meta).toMatchObject({ kind: "protokollsutdrag", number: "§ 91", diarienummer: ["2016/0729 KS-16"], title: "Budget 2018, plan 2019-2020" });
  });
});

describe("a kallelse", () => {
  it("is no protocol though it lists § lines: its kind is other, its date the meeting's it announces", () => {
    const meta = metaOf(normalized("KALLELSE\nKommunstyrelsen\n\nTid: Onsdagen den 15 maj 2024 kl. 13.00\nPlats: Sessionssalen, Stadshuset\n\nÄrenden\n\n§ 60 Val av justerare\n§ 61 Godkännande av dagordning\n§ 62 Svar på motion om fler parkbänkar, Dnr KS 2024/12"));
    expect(meta).toMatchObject({ kind: "other", number: null, date: "2024-05-15", issuer: "Kommunstyrelsen" });
  });
});

describe("a tjänsteskrivelse with no body in its header", () => {
  it("gives no issuer rather than the body its proposal says should decide ('Kommunfullmäktige beslutar att …')", () => {
    const meta = metaOf(normalized("Tjänsteskrivelse\nDatum 2024-05-02\nDiarienummer KS 2024/0210\n\nSvar på motion från Sara Holm (C) om ökad trygghet i centrum\n\nFörslag till beslut\nKommunfullmäktige beslutar att motionen anses besvarad.\n\nBedömning\nKommunen genomför redan trygghetsvandringar."));
    expect(meta).toMatchObject({ kind: "tjansteutlatande", issuer: null, date: "2024-05-02", diarienummer: ["KS 2024/0210"] });
  });
});

describe("a tjänsteutlåtande's header", () => {
  it("reads an 'Utfärdat' date and takes no 'Till …' label line for the issuer", () => {
    const meta = metaOf(normalized("Tjänsteutlåtande\nUtfärdat 2024-02-01\nDiarienummer 1234/23\n\nTill Socialnämnden\n\nSvar på motion från Karin Ek (L) om läxhjälp\n\nÄrendet\nText."));
    expect(meta).toMatchObject({ kind: "tjansteutlatande", date: "2024-02-01", diarienummer: ["1234/23"], title: "Svar på motion från Karin Ek (L) om läxhjälp", issuer: null });
  });
});

describe("signatures and dates written with a title or alone", () => {
  it("reads a secretary written with a title after a comma, and a tjänsteutlåtande's bare header date", () => {
    const meta = metaOf(normalized("Stadsdelsförvaltningen\nTjänsteutlåtande\n2021-04-29\nDnr 1.5.2-214/2021\n\nSvar på skrivelse om lekplatsen i Ekbackaparken\n\nÄrendet\nText.\n\nVid protokollet\nMaria Nordin, nämndsekreterare"));
    expect(meta).toMatchObject({ kind: "tjansteutlatande", date: "2021-04-29" });
    expect(meta.signatories).toEqual([{ name: "Maria Nordin", party: null, role: "sekreterare" }]);
  });
});

describe("a stadsdelsförvaltning's tjänsteutlåtande (Stockholm house style)", () => {
  it("takes the nämnd it is addressed to as the body, never the förvaltning's office, and its header date", () => {
    const meta = metaOf(
      normalized("Hässelby-Vällingby stadsdelsförvaltning\nTjänsteutlåtande\nDnr 1.5.1-123/2013\n2013-03-12\n\nHandläggare\nAnna Berg\n\nTill\nHässelby-Vällingby stadsdelsnämnd\n\nMotion om fler personliga ombud. Remiss från kommunstyrelsen\n\nSammanfattning\nText."),
    );
    expect(meta).toMatchObject({ kind: "tjansteutlatande", date: "2013-03-12", diarienummer: ["1.5.1-123/2013"], issuer: "Hässelby-Vällingby stadsdelsnämnd", title: "Motion om fler personliga ombud. Remiss från kommunstyrelsen" });
  });
});

describe("the kind of an officials' paper whose title names the motion", () => {
  it("is a tjänsteutlåtande, not a motion, when its header names the handläggare", () => {
    const meta = metaOf(normalized("Datum:\t2025-11-20\tTekniska nämnden\nHandläggare:\tEva Ström\nDiarienr:\t2025.242 TEN\n\nMotion gällande att införa laddstationer för Alingsås cyklister - Amanda\nAndersson (MP)\n\nÄrendebeskrivning\nText."));
    expect(meta.kind).toBe("tjansteutlatande");
  });
});

describe("a header in capitals", () => {
  it("reads the body in its ordinary case and takes no municipality or document word for it", () => {
    expect(metaOf(normalized("MÖLNDALS STAD\tPROTOKOLL\nKOMMUNFULLMÄKTIGE\n2024-06-19\n\n§ 134 Diarienummer 00516/20231.1.1.\nSvar på motion (SD)")).issuer).toBe("Kommunfullmäktige");
  });
});

describe("a § line with its diarienummer and title", () => {
  it("takes the title without the number before it, and keeps a year that opens a title", () => {
    expect(metaOf(normalized("§ 87\tKS 2023/0412\tDetaljplan för Sörhaga\n\nBeslut\nText.")).title).toBe("Detaljplan för Sörhaga");
    expect(metaOf(normalized("§ 65 2025.242 TEN Motion gällande laddstationer\n\nBeslut\nText.")).title).toBe("Motion gällande laddstationer");
    expect(metaOf(normalized("§ 5 2024 års bokslut\n\nBeslut\nText.")).title).toBe("2024 års bokslut");
  });
});

describe("a protocol's first page with an anslagsbevis", () => {
  it("dates the paper by its Sammanträdesdatum, not by a plain Datum before it", () => {
    const meta = metaOf(normalized("Kommunfullmäktige\nProtokoll\n\nAnslag\nDatum\n2025-03-20\nSammanträdesdatum\n2025-03-12\n\n§ 1 2025.001 KF\nVal av justerare"));
    expect(meta.date).toBe("2025-03-12");
  });
});

describe("justerare named in a protocol's header", () => {
  it("reads the names a label cell lists with 'och'", () => {
    const meta = metaOf(normalized("Regionfullmäktige\tSammanträdesdatum\n2023-03-21\n\nJusterare\tPer Nyberg (M) och Ann-Sofie Ek (C)\n\n§ 41\tEtablering av vårdcentral"));
    expect(meta.signatories).toEqual([
      { name: "Per Nyberg", party: "M", role: "justerare" },
      { name: "Ann-Sofie Ek", party: "C", role: "justerare" },
    ]);
  });
});
