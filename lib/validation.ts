/**
 * The rules every server-side schema applies to text and ids that come from a browser. Pure (zod
 * only), so that lib/quiz, which imports nothing else of ours, can use it too.
 */
import { z } from "zod";

/** NUL, the other C0 control characters except tab, line feed and carriage return, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Whether a string is text that can be stored and shown: no control characters (PostgreSQL
 * refuses NUL in text and in JSON, and no person types one) and no unpaired surrogate (half of an
 * emoji, not text at all: PostgreSQL refuses it in JSON, SQLite in a query).
 */
export const isPlainText = (s: string) => !CONTROL.test(s) && s.isWellFormed();

export const PLAIN_TEXT_MESSAGE = "Remove the control characters or broken symbols from the text.";

/** Free text: a string of plain text (add the length limits of the field). */
export const plainText = () => z.string().refine(isPlainText, PLAIN_TEXT_MESSAGE);

/** What a row's id (cuid or uuid) looks like: letters, digits, "_" and "-", at most 64. Anything else cannot name a row. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A row's id; `name` names the field in the messages. */
export const idSchema = (name = "id") => z.string({ message: `${name} is required.` }).regex(ID_PATTERN, `${name} is not a valid id.`);

/** A slug (of a quiz or a lesson): the same characters as an id, at most `max`. */
export const slugSchema = (max: number, message = "That name is not valid.") => z.string().max(max, message).regex(/^[A-Za-z0-9_-]+$/, message);
