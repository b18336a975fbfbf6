export { buildSections } from "./tree.ts";
export { headingKind, HEADING_FAMILIES } from "./families.ts";
export { remissBodies, bodyKey, type RemissBody } from "./remiss.ts";
export { statementParagraphs, type StatementParagraph } from "./statements.ts";
