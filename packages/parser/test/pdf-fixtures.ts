/**
 * Tiny PDFs written by hand for the reader's error paths: each is a handful of objects with a
 * correct cross-reference table, so pdf.js reads them as it would a real file.
 */

/** A PDF file whose numbered objects are `bodies` (object 1 first) and whose trailer adds `trailer`. */
export function pdfOf(bodies: string[], trailer = ""): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  bodies.forEach((body, k) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

/** One page whose content stream is `content` (Helvetica as F1). */
export function onePagePdf(content: string, trailer = ""): Uint8Array {
  return pdfOf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      stream(content),
    ],
    trailer,
  );
}

/** A page that only paints a grey rectangle, as a scan without OCR paints its image: no text. */
export const IMAGE_ONLY_PDF = onePagePdf("0.5 g 50 50 495 742 re f");

/** A document whose page tree is empty. */
export const ZERO_PAGE_PDF = pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]);

/** A page of text under a Standard security handler whose user password is not empty. */
export const ENCRYPTED_PDF = onePagePdf(
  "BT /F1 12 Tf 72 720 Td (Hemligt) Tj ET",
  `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${"a1".repeat(32)}> /U <${"b2".repeat(32)}> /P -44 >> /ID [<${"c3".repeat(16)}> <${"c3".repeat(16)}>]`,
);

/** Two pages of text with a repeated footer, in Helvetica. */
export const TWO_PAGE_PDF = pdfOf([
  "<< /Type /Catalog /Pages 2 0 R >>",
  "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>",
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  stream("BT /F1 11 Tf 72 720 Td (Första sidan) Tj ET BT /F1 9 Tf 280 40 Td (Sida 1 av 2) Tj ET"),
  stream("BT /F1 11 Tf 72 720 Td (Andra sidan) Tj ET BT /F1 9 Tf 280 40 Td (Sida 2 av 2) Tj ET"),
]);

/** A heading across the page, two columns of three lines each, then a line across the page again. */
export const TWO_COLUMN_PDF = onePagePdf(
  [
    "BT /F1 14 Tf 60 780 Td (Två spalter) Tj ET",
    ...["Vänster spalt, första raden, med text som går", "vidare på andra raden i samma spalt och som", "slutar här på den tredje raden i vänsterspalten."].map(
      (t, k) => `BT /F1 10 Tf 60 ${740 - k * 12} Td (${t}) Tj ET`,
    ),
    ...["Höger spalt, första raden, med sin egen text", "som löper nedåt i spalten, rad för rad, till", "den sista raden längst ned i högerspalten."].map(
      (t, k) => `BT /F1 10 Tf 310 ${740 - k * 12} Td (${t}) Tj ET`,
    ),
    "BT /F1 10 Tf 60 680 Td (En rad under spalterna som går över hela sidans bredd, från vänster marginal till höger marginal.) Tj ET",
  ].join("\n"),
);

/** A page turned on its side: every line runs upwards (text matrix 0 1 -1 0), as on a landscape table. */
export const SIDEWAYS_PDF = onePagePdf(
  [
    "BT /F1 12 Tf 0 1 -1 0 80 60 Tm (Bilaga 2, tabell) Tj ET",
    "BT /F1 10 Tf 0 1 -1 0 110 60 Tm (Parti) Tj ET",
    "BT /F1 10 Tf 0 1 -1 0 110 300 Tm (Ja) Tj ET",
    "BT /F1 10 Tf 0 1 -1 0 124 60 Tm (Socialdemokraterna) Tj ET",
    "BT /F1 10 Tf 0 1 -1 0 124 300 Tm (12) Tj ET",
  ].join("\n"),
);

/** Page 1 has text, page 2 only an image-like fill: a paper with one scanned page. */
export const HALF_SCANNED_PDF = pdfOf([
  "<< /Type /Catalog /Pages 2 0 R >>",
  "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R >>",
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  stream("BT /F1 11 Tf 72 720 Td (Protokollet i text) Tj ET"),
  stream("0.5 g 50 50 495 742 re f"),
]);

/**
 * A filled-in form page: one line of page text, a filled text field (its value only in /V), a
 * FreeText comment, a field hidden by its flags, and a popup repeating the FreeText's words.
 */
export const FORM_PDF = pdfOf([
  "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 8 0 R] >> >>",
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R 7 0 R 8 0 R 9 0 R] >>",
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  stream("BT /F1 12 Tf 72 760 Td (Ansökan om bygglov) Tj ET"),
  "<< /Type /Annot /Subtype /Widget /FT /Tx /T (dnr) /V (BN 2024-0815) /Rect [72 700 272 720] /F 4 /P 3 0 R >>",
  "<< /Type /Annot /Subtype /FreeText /Contents (Beviljas enligt delegation) /Rect [72 600 372 620] /F 4 /DA (/Helv 12 Tf 0 g) /P 3 0 R /Popup 9 0 R >>",
  "<< /Type /Annot /Subtype /Widget /FT /Tx /T (intern) /V (Ej offentlig) /Rect [72 500 272 520] /F 2 /P 3 0 R >>",
  "<< /Type /Annot /Subtype /Popup /Contents (Beviljas enligt delegation) /Parent 7 0 R /Rect [400 600 550 700] /F 28 >>",
]);
