import { describe, expect, it } from "vitest";
import { attendanceOf } from "../src/metadata/attendance.ts";

// The first page of Alingsås kommunstyrelse, 2026-06-01 (../shared/corpus/dev-protocols), as the PDF reads: a margin label and tab-apart cells.
const ALINGSAS = [
  "Kommunstyrelsen",
  "Protokoll",
  "",
  "2026-06-01",
  "",
  "Plats och tid\tRådhuset, Alingsås. Ajourneringar\tParagrafer\t§§94-110",
  "framgår av resp. paragraf.",
  "kl. 14:00-17:20",
  "",
  "Beslutande\tJan-Erik Wallin (M) (ordförande)",
  "Anton César (S) (vice ordförande)",
  "Peter Norlander (S) §§94-98",
  "Irene Jonsson (S) §§99-110 ersätter Peter Norlander (S)",
  "Martin Lindberg (V) ersätter Sanna Dabolins (V)",
  "",
  "Ej tjänstgörande\tIrene Jonsson (S) §§94-98",
  "ersättare\tOscar Allard (S) §§94-98",
  "Thomas Thim (M)",
  "",
  "Övriga deltagare\tUlrika Månsson (kommunsekreterare)",
  "Maria Standard (kommundirektör)",
  "",
  "Utses att justera\tAnton César",
  "",
  "§ 94\tInformation och överläggningar",
].join("\n");

// The first pages of Kungsbacka, Nämnden för Vård & Omsorg, 2024-06-12: a header of columns, officials with titles in the next column.
const KUNGSBACKA = [
  "KUNGSBACKA KOMMUN\tSAMMANTRÄDESPROTOKOLL",
  "Plats och tid för Lagan, Vägmästaren, Syrengatan 1 Klockan 14:00 – 16:40",
  "sammanträde",
  "Beslutande\tLedamöter\tTjänstgörande ersättare",
  "Hravn Forsne (M), ordförande",
  "Monica Neptun (L), 1:e vice ordförande",
  "Per Hoel (SD)",
  "Övriga närvarande Ersättare\tTjänstepersoner",
  "Carry Kvarntun (M)\tLotta Nord, biträdande",
  "Ingela Hansson (S)\tförvaltningschef",
  "Tommy Bech (SD)\tVera Lagerström, nämndsekreterare",
  "Josephine Hellström, enhetschef,",
  "§ 96",
  "Marianne Kronbäck (KD)",
  "Plats och tid för justering Digital justering.",
  "Sekreterare\tVera Lagerström\tParagrafer 87-102",
  "Ordförande\tHravn Forsne (M)",
  "Protokolljusterare Per Hoel (SD)",
  "",
  "Innehåll",
  "§ 87 Dnr VO-2023-00042",
].join("\n");

const rows = (text: string) => attendanceOf(text).attendees.map((a) => [a.name, a.party, a.roles.join(", ")]);

describe("attendanceOf", () => {
  it("reads a margin-labelled list: members, substitutes with the seat and paragraphs they took, non-serving ersättare", () => {
    const a = attendanceOf(ALINGSAS);
    expect(rows(ALINGSAS)).toEqual([
      ["Jan-Erik Wallin", "M", "ledamot, ordförande"],
      ["Anton César", "S", "ledamot, vice ordförande, justerare"],
      ["Peter Norlander", "S", "ledamot"],
      ["Irene Jonsson", "S", "tjänstgörande ersättare"],
      ["Martin Lindberg", "V", "tjänstgörande ersättare"],
      ["Oscar Allard", "S", "ersättare"],
      ["Thomas Thim", "M", "ersättare"],
    ]);
    expect(a.attendees[3]?.replaces).toEqual({ name: "Peter Norlander", party: "S", from: "§ 99", to: "§ 110" });
    expect(a.attendees[4]?.replaces).toEqual({ name: "Sanna Dabolins", party: "V", from: null, to: null });
    expect(a.place?.text).toBe("Rådhuset, Alingsås");
    for (const x of a.attendees) expect(ALINGSAS.slice(x.start, x.end)).toMatch(new RegExp(`^${x.name}`));
    expect(ALINGSAS.slice(a.place?.start, a.place?.end)).toBe("Rådhuset, Alingsås");
  });

  it("reads a header of columns and keeps officials' titles in the next column apart from the ersättare", () => {
    const a = attendanceOf(KUNGSBACKA);
    expect(rows(KUNGSBACKA)).toEqual([
      ["Hravn Forsne", "M", "ledamot, ordförande"],
      ["Monica Neptun", "L", "ledamot, 1:e vice ordförande"],
      ["Per Hoel", "SD", "ledamot, justerare"],
      ["Carry Kvarntun", "M", "ersättare"],
      ["Ingela Hansson", "S", "ersättare"],
      ["Tommy Bech", "SD", "ersättare"],
      ["Marianne Kronbäck", "KD", "ersättare"],
    ]);
    expect(a.place?.text).toBe("Lagan, Vägmästaren, Syrengatan 1");
  });

  it("reads a place that goes on under a column and two justerare on two lines (Alingsås KF 2026-06-10, corpus/real)", () => {
    const text = [
      "Plats och tid\tAlströmerteatern,\tParagrafer\t§116",
      "Alströmergymnasiet",
      "kl. 18:00-21:30",
      "",
      "Beslutande\tLinda Espeving (M) (ordförande)",
      "Ingbritt Johansson (C)",
      "Marcus Wallin (V)",
      "",
      "Utses att justera\tIngbritt Johansson",
      "Marcus Wallin",
      "",
      "Justeringens plats och\tProtokollet justeras på distans.",
    ].join("\n");
    const a = attendanceOf(text);
    expect(a.place?.text).toBe("Alströmerteatern, Alströmergymnasiet");
    expect(text.slice(a.place?.start, a.place?.end)).toBe("Alströmerteatern,\tParagrafer\t§116\nAlströmergymnasiet");
    expect(rows(text)).toEqual([
      ["Linda Espeving", "M", "ledamot, ordförande"],
      ["Ingbritt Johansson", "C", "ledamot, justerare"],
      ["Marcus Wallin", "V", "ledamot, justerare"],
    ]);
  });

  it("finds nothing in a paper without an attendance list", () => {
    expect(attendanceOf("Svar på motion om tolkavgift\n\nPer Hoel (SD) yrkar bifall till motionen.")).toEqual({ attendees: [], place: null, span: null });
  });
});
