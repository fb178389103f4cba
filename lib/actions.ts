import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { withRequestId } from "@/lib/log";
import { requestIdOf } from "@/lib/request-id";

/** What every server action returns: typed, and only what the UI needs. */
export type ActionResult<T = null> =
  | { status: "ok"; data: T }
  | { status: "invalid"; message: string; fieldErrors?: Record<string, string[]> }
  | { status: "denied"; message: string };


export function invalidFromZod(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return { status: "invalid", message: error.issues[0]?.message ?? "Check the form and try again.", fieldErrors };
}

/** Runs an action's body: known domain errors become messages; anything else is thrown. */
async function runChecked<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { status: "ok", data: await run() };
  } catch (error) {
    if (error instanceof DomainError) return { status: "invalid", message: error.message, ...(error.field && { fieldErrors: { [error.field]: [error.message] } }) };
    throw error;
  }
}

/** Wraps a server action anyone may call, signed in or not: it validates the input with zod, then runs. */
export function publicAction<S extends z.ZodType, T>(schema: S, run: (input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalidFromZod(parsed.error);
    return runChecked(() => run(parsed.data));
  };
}

/**
 * Wraps a server action: it checks the session (and, with `roles`, the user's role, read from
 * the database on this request), then validates the input with zod, then runs. No action built
 * with it can forget either check. The data layer it calls checks ownership itself.
 */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser) => Promise<T>,
  options: { roles?: CurrentUser["role"][] } = {},
) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    withRequestId(requestIdOf(await headers()), async () => {
      const user = await getCurrentUser();
      if (!user) return { status: "denied", message: "Please sign in again." };
      if (options.roles && !options.roles.includes(user.role)) return { status: "denied", message: "You cannot do that." };
      const parsed = schema.safeParse(input);
      if (!parsed.success) return invalidFromZod(parsed.error);
      return runChecked(() => run(parsed.data, user));
    });
}

/** userAction for teachers (and admins): anyone else is refused before the input is read. */
export function teacherAction<S extends z.ZodType, T>(schema: S, run: (input: z.infer<S>, teacher: CurrentUser) => Promise<T>) {
  return userAction(schema, run, { roles: ["TEACHER", "ADMIN"] });
}
