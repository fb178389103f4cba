/**
 * The definitions of fact, claim and opinion, and the tie-breaks between them,
 * as every classification question states them. This is the one copy: the
 * validator requires each classification prompt to contain it word for word
 * (white space aside), so no prompt can rest on definitions the student was
 * not shown. Lesson 6 teaches the same definitions.
 */
export const CLASSIFICATION_GUIDE =
  "Use this course's definitions. A checkable statement says what is or was the case, or why someone acted. " +
  "Fact: a checkable statement that a source this course cites confirms. " +
  "Claim: a checkable statement that no source this course cites confirms. " +
  "Opinion: a value judgement (good or bad, useful or harmful, important or not, right or wrong) or a prediction; no source can prove it true or false. " +
  "Tie-breaks: (1) judge what is asserted, not who asserts it, so a value judgement or a prediction is an opinion even when a named person says it or the article reports that people hold it (\"is seen as\", \"is viewed as\"); " +
  "(2) a checkable statement is a fact only if a source this course cites confirms it, however reliable the person or outlet that reports it; otherwise it is a claim.";
