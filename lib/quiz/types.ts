/**
 * A question as it is stored in a QuestionVersion: `content` is what the
 * student may see, `answerKey` is what the server grades with. Choice ids are
 * opaque (see toStoredQuestion), so neither their names nor their stored order
 * hints at the answer.
 */
export type Choice = { id: string; text: string };
export const CATEGORIES = ["fact", "claim", "opinion"] as const;
export type Category = (typeof CATEGORIES)[number];

export type StoredQuestion =
  | { type: "single"; content: { options: Choice[] }; answerKey: { optionId: string } }
  | { type: "true_false"; content: Record<string, never>; answerKey: { value: boolean } }
  | { type: "multiple"; content: { options: Choice[] }; answerKey: { optionIds: string[] } }
  | { type: "ordering"; content: { items: Choice[] }; answerKey: { order: string[] } }
  | { type: "matching"; content: { prompts: Choice[]; choices: Choice[] }; answerKey: { matches: Record<string, string> } }
  | { type: "short_text"; content: { placeholder?: string }; answerKey: { accepted: string[] } }
  | { type: "numeric"; content: { unit?: string }; answerKey: { value: number; tolerance: number } }
  | { type: "classification"; content: { statements: Choice[] }; answerKey: { labels: Record<string, Category> } };

export type QuestionType = StoredQuestion["type"];
export type ContentOf<T extends QuestionType> = Extract<StoredQuestion, { type: T }>["content"];
export type KeyOf<T extends QuestionType> = Extract<StoredQuestion, { type: T }>["answerKey"];

/** What a student sends for each type. */
export type ResponseFor = {
  single: { optionId: string };
  true_false: { value: boolean };
  multiple: { optionIds: string[] };
  ordering: { order: string[] };
  matching: { matches: Record<string, string> };
  short_text: { text: string };
  numeric: { value: string };
  classification: { labels: Record<string, Category> };
};
export type AnyResponse = ResponseFor[QuestionType];

export type Grade = {
  /** The share of the question's points earned, from 0 to 1. */
  credit: number;
  /** True only for full credit. */
  correct: boolean;
};

/** A question's type and public content, still discriminated by type. */
export type PublicQuestion = { [T in QuestionType]: { type: T; content: ContentOf<T> } }[QuestionType];
/** A question's type and answer key, still discriminated by type. */
export type KeyedQuestion = { [T in QuestionType]: { type: T; answerKey: KeyOf<T> } }[QuestionType];
