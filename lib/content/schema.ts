import { z } from "zod";

/**
 * The course as it is written in `content/`. Every file is parsed with these
 * schemas when it is seeded and in `tests/unit/content.test.ts`.
 *
 * Citations: a reference is `p5` (paragraph 5 of the article), `fact:15`
 * (fact 15 of content/facts.yaml) or `article` (the article itself: its title
 * and dateline, for example its date). In prose, a citation is written inline
 * as `[¶5]`, `[fact:15]` or `[article]`.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens");

export const sourceRefSchema = z
  .string()
  .regex(/^(article|p[1-9][0-9]*|fact:[1-9][0-9]*)$/, 'a reference is "article", "p5" or "fact:15"');

export const articleSchema = z.object({
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  displayDate: z.string().min(1),
  section: z.string().min(1),
  /** The image credit exactly as the article prints it. */
  imageCredit: z.string().optional(),
  /** Our gloss on the credit (a translation), shown as ours, apart from the original. */
  imageCreditGloss: z.string().optional(),
  /**
   * One entry per paragraph, in order; numbering starts at 1. `claims` lists
   * each distinct claim the paragraph makes, as words copied from it: every
   * claim must be tested by at least two questions of different types.
   */
  paragraphs: z
    .array(z.object({ n: z.number().int().positive(), text: z.string().min(1), claims: z.array(z.string().min(1)).default([]) }))
    .min(1),
  /** Names the article spells from Russian; we teach the Ukrainian spelling. */
  spellings: z
    .array(z.object({ article: z.string(), ukrainian: z.string(), note: z.string() }))
    .default([]),
});

export const factSchema = z.object({
  id: z.number().int().positive(),
  topic: z.string().min(1),
  /** "verified": may carry an answer key. "partly": only its verified part may. "unverified": never. */
  status: z.enum(["verified", "partly", "unverified"]),
  /**
   * The day the statement was true or checked ("2025-03-14"): the date of the
   * event it reports or of the source it was read in. Students see it as
   * "as of 14 Mar 2025". The validator checks that it is a real day, not after
   * CONTENT_REVIEW_DATE.
   */
  asOf: z.string(),
  text: z.string().min(1),
  /** What is not verified, when status is "partly". */
  caveat: z.string().optional(),
  /** A research note for authors (a typo in one copy, how a figure was derived). Never shown to students; stored apart (Fact.authorNote) only for the course export. */
  note: z.string().optional(),
  sources: z.array(z.string().min(1)).min(1),
});
export const factsFileSchema = z.object({ facts: z.array(factSchema).min(1) });

const optionSchema = z.object({ id: slug, text: z.string().min(1) });

const questionBase = {
  id: slug,
  prompt: z.string().min(1),
  explanation: z.string().min(1),
  /** What the question tests. At least one reference. */
  refs: z.array(sourceRefSchema).min(1),
  /**
   * The words the key rests on, copied from the sources: each must appear,
   * whole, in what feedback quotes, and each quote must contain one of them.
   * Required by the validator (lib/content/validate.ts).
   */
  evidence: z.array(z.string().min(1)).optional(),
  /**
   * Per reference, the excerpt of that source that feedback quotes instead of
   * the whole text (a clause, a sentence, a list item). It must occur in the
   * source. Shown whole, never cut.
   */
  quotes: z.record(sourceRefSchema, z.string().min(1)).optional(),
  /** The id of one of the lesson's objectives. */
  objective: slug,
  points: z.number().positive().default(1),
};

export const questionSchema = z.discriminatedUnion("type", [
  z.object({
    ...questionBase,
    type: z.literal("single"),
    options: z.array(optionSchema).min(2),
    answer: slug,
  }),
  z.object({ ...questionBase, type: z.literal("true_false"), answer: z.boolean() }),
  z.object({
    ...questionBase,
    type: z.literal("multiple"),
    options: z.array(optionSchema).min(3),
    answer: z.array(slug).min(1),
  }),
  z.object({
    ...questionBase,
    type: z.literal("ordering"),
    /** Listed in the correct order; the server shuffles them per attempt. */
    items: z.array(optionSchema).min(3),
  }),
  z.object({
    ...questionBase,
    type: z.literal("matching"),
    /** Each pair's left side must be matched with its right side. */
    pairs: z.array(z.object({ id: slug, left: z.string().min(1), right: z.string().min(1) })).min(3),
    /** Extra right-hand choices that match nothing. */
    distractors: z.array(z.string().min(1)).default([]),
  }),
  z.object({
    ...questionBase,
    type: z.literal("short_text"),
    /** Accepted answers; case, accents, punctuation and spacing are ignored. */
    accepted: z.array(z.string().min(1)).min(1),
    placeholder: z.string().optional(),
  }),
  z.object({
    ...questionBase,
    type: z.literal("numeric"),
    answer: z.number(),
    tolerance: z.number().nonnegative().default(0),
    unit: z.string().optional(),
  }),
  z.object({
    ...questionBase,
    type: z.literal("classification"),
    statements: z
      .array(z.object({ id: slug, text: z.string().min(1), answer: z.enum(["fact", "claim", "opinion"]) }))
      .min(2),
  }),
]);

export const lessonSchema = z.object({
  id: slug,
  position: z.number().int().positive(),
  title: z.string().min(1),
  summary: z.string().min(1),
  minutes: z.number().int().positive(),
  objectives: z.array(z.object({ id: slug, text: z.string().min(1) })).min(2),
  sections: z
    .array(
      z.object({
        id: slug,
        heading: z.string().min(1),
        /** "article": teaches what the article says. "background": context the article lacks, with its sources. */
        kind: z.enum(["article", "background"]),
        /** Light markdown: blank-line paragraphs, "- " lists, "> " quotes, **bold**, and [¶5] / [fact:15] / [article] citations. */
        body: z.string().min(1),
      }),
    )
    .min(2),
  keyTerms: z
    .array(z.object({ term: z.string().min(1), definition: z.string().min(1), refs: z.array(sourceRefSchema).default([]) }))
    .min(3),
  questions: z.array(questionSchema).min(8),
});

export type Article = z.infer<typeof articleSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
export type SourceRef = z.infer<typeof sourceRefSchema>;
