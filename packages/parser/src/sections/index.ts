export { buildSections } from "./tree.ts";
export { headingKind, HEADING_FAMILIES } from "./families.ts";
export { remissBodies, remissMentions, splitBodies, bodyKey, bodyStem, isBodyName, isCouncilChain, isPoliticalBody, servesCouncilChain, subjectStart, type RemissBody, type RemissMention, type RemissRole, type BodyPiece } from "./remiss.ts";
export { ownClause, remissAnswers, type RemissAnswer, type RemissAnswerKind } from "./remiss-answers.ts";
export { statementParagraphs, type StatementParagraph } from "./statements.ts";
