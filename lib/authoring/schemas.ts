// What a browser may send to create or edit a course draft, checked on the server (zod).
import { z } from "zod";
import { formatNumber } from "@/lib/format";
import type { QuestionType } from "@/lib/quiz/types";
import { idSchema, plainText } from "@/lib/validation";
import { PARAGRAPH_LIMIT } from "./paragraphs";

const line = (name: string, max: number) => plainText().trim().min(1, `Give the ${name}.`).max(max, `Use at most ${max} characters for the ${name}.`);

const day = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Give ${what}.`, abort: true })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "That date does not exist.");
const address = (what: string) =>
  z
    .string()
    .trim()
    .max(2_000, "That address is too long.")
    .url({ message: `Give ${what}, starting with https://.`, abort: true })
    .refine((s) => /^https?:\/\//i.test(s), `Give ${what}, starting with https://.`);

/** The article's details, one schema per field, so that a field saved on its own is checked as on creation. */
export const detailFields = {
  title: line("course title", 120),
  articleTitle: line("article's title", 300),
  articleSource: line("publication", 120),
  articleDate: day("the date the article was published"),
  articleUrl: address("the article's address"),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Give the language as a code such as en or uk."),
} as const;

export type DetailField = keyof typeof detailFields;
export const DETAIL_FIELDS = Object.keys(detailFields) as DetailField[];

/** The longest article that can be pasted, in characters (the built-in one is about 6,000). */
export const ARTICLE_LIMIT = 100_000;

export const createDraftSchema = z.object({
  ...detailFields,
  text: plainText().max(ARTICLE_LIMIT, `An article of at most ${formatNumber(ARTICLE_LIMIT)} characters can be pasted.`),
});
export type CreateDraftInput = z.infer<typeof createDraftSchema>;

const paragraphNumber = z.number().int().min(1, "That paragraph does not exist.").max(10_000, "That paragraph does not exist.");
const position = z.number().int().min(1).max(1_000);

/** A background fact of a draft: a statement, its source, the day it was true or checked, and whether it is verified. */
export const factFields = {
  topic: line("fact's topic", 120),
  text: plainText().trim().min(1, "Write the fact's statement.").max(2_000, "Keep a fact under 2,000 characters."),
  sourceTitle: line("source's title", 300),
  sourceUrl: address("the source's address"),
  asOf: day("the day the statement was true or checked"),
  status: z.enum(["verified", "unverified"], { message: "A fact is verified or unverified." }),
} as const;
export type FactField = keyof typeof factFields;
const FACT_FIELDS = Object.keys(factFields) as [FactField, ...FactField[]];
export const draftFactSchema = z.object(factFields);
export type DraftFact = z.infer<typeof draftFactSchema>;

/** A lesson's own fields; objectives are written one per line. */
export const lessonFields = {
  title: line("lesson's title", 120),
  summary: plainText().trim().max(400, "Keep the summary under 400 characters."),
  minutes: z.coerce.number({ message: "Give the reading time in minutes." }).int("Give whole minutes.").min(1, "Give the reading time in minutes.").max(180, "A lesson reads in at most 180 minutes."),
  objectives: plainText().max(2_000, "Keep the objectives under 2,000 characters."),
  keyTerms: plainText().max(6_000, "Keep the key terms under 6,000 characters."),
} as const;
export type LessonField = keyof typeof lessonFields;
const LESSON_FIELDS = Object.keys(lessonFields) as [LessonField, ...LessonField[]];

/** A question's own fields, each saved on its own; its type is chosen when it is added. */
export const questionFields = {
  prompt: plainText().trim().max(2_000, "Keep the question under 2,000 characters."),
  objective: z.coerce.number({ message: "Choose an objective." }).int().min(0).max(100),
  refs: plainText().max(500, "Keep the references under 500 characters."),
  answers: plainText().max(10_000, "Keep the answers under 10,000 characters."),
  explanation: plainText().trim().max(4_000, "Keep the explanation under 4,000 characters."),
  points: z.coerce.number({ message: "Give the points as a number." }).positive("A question is worth more than 0 points.").max(100, "A question is worth at most 100 points."),
} as const;
export type QuestionField = keyof typeof questionFields;
const QUESTION_FIELDS = Object.keys(questionFields) as [QuestionField, ...QuestionField[]];
/** What each of the eight question types is called, in the order a teacher picks from. */
export const TYPE_LABEL: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  true_false: "True or false",
  ordering: "Put in order",
  matching: "Matching",
  short_text: "Short answer",
  numeric: "Number",
  classification: "Fact, claim or opinion",
};
const QUESTION_TYPE_VALUES = Object.keys(TYPE_LABEL) as [QuestionType, ...QuestionType[]];
/** A whole question, as an import adds it. */
export const draftQuestionSchema = z.object({ type: z.enum(QUESTION_TYPE_VALUES), ...questionFields });

/** A GIFT file pasted to import its questions into a lesson. */
export const giftImportSchema = z.object({
  draftId: idSchema("draftId"),
  revision: z.number().int().min(1),
  lesson: z.number().int().min(1).max(1_000),
  gift: plainText().trim().min(1, "Paste the questions in GIFT format.").max(200_000, "Paste at most 200,000 characters at a time."),
});

/** A section of a lesson: "article" teaches what the article says, "background" the context it lacks (citing facts). */
export const sectionFields = {
  heading: line("section's heading", 160),
  kind: z.enum(["article", "background"], { message: "A section is about the article or background." }),
  body: plainText().max(20_000, "Keep a section under 20,000 characters."),
} as const;
export type SectionField = keyof typeof sectionFields;
const SECTION_FIELDS = Object.keys(sectionFields) as [SectionField, ...SectionField[]];

/** One edit of a draft. Each names the revision it was made on: an edit of an older revision is refused. */
export const draftEditSchema = z.object({
  draftId: idSchema("draftId"),
  revision: z.number().int().min(1),
  edit: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("details"), field: z.enum(DETAIL_FIELDS as [DetailField, ...DetailField[]]), value: z.string() }),
    z.object({ kind: z.literal("paragraph"), n: paragraphNumber, text: plainText().trim().min(1, "A paragraph cannot be empty: merge it instead.").max(PARAGRAPH_LIMIT, `A paragraph holds at most ${formatNumber(PARAGRAPH_LIMIT)} characters: split it.`) }),
    z.object({ kind: z.literal("merge"), n: paragraphNumber }),
    z.object({ kind: z.literal("split"), n: paragraphNumber, offset: z.number().int().min(1) }),
    z.object({ kind: z.literal("addFact"), fact: draftFactSchema }),
    z.object({ kind: z.literal("fact"), n: position, field: z.enum(FACT_FIELDS), value: z.string() }),
    z.object({ kind: z.literal("addLesson"), title: lessonFields.title }),
    z.object({ kind: z.literal("lesson"), lesson: position, field: z.enum(LESSON_FIELDS), value: z.string() }),
    z.object({ kind: z.literal("removeLesson"), lesson: position }),
    z.object({ kind: z.literal("move"), what: z.enum(["lesson", "section", "question"]), lesson: position, item: position, by: z.union([z.literal(-1), z.literal(1)]) }),
    z.object({ kind: z.literal("addSection"), lesson: position, heading: sectionFields.heading, sectionKind: sectionFields.kind }),
    z.object({ kind: z.literal("section"), lesson: position, section: position, field: z.enum(SECTION_FIELDS), value: z.string() }),
    z.object({ kind: z.literal("removeSection"), lesson: position, section: position }),
    z.object({ kind: z.literal("addQuestion"), lesson: position, questionType: z.enum(QUESTION_TYPE_VALUES, { message: "Choose the kind of question." }), prompt: plainText().trim().min(1, "Write the question.").max(2_000, "Keep the question under 2,000 characters.") }),
    z.object({ kind: z.literal("question"), lesson: position, question: position, field: z.enum(QUESTION_FIELDS), value: z.string() }),
    z.object({ kind: z.literal("removeQuestion"), lesson: position, question: position }),
    z.object({ kind: z.literal("addQuestions"), lesson: position, source: plainText().trim().min(1).max(40), questions: z.array(draftQuestionSchema).min(1).max(200) }),
  ]),
});
export type DraftEdit = z.infer<typeof draftEditSchema>["edit"];
