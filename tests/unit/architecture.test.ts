// The layering the code relies on, checked on the source: lib/quiz is the pure core of the
// quiz (types, grading, policy, DTOs) that the rest imports, so it imports nothing of ours
// from outside itself but the shared input rules of lib/validation.ts (themselves pure: zod only),
// nor the database, nor Next.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^"']*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);

it("lib/quiz imports only its own modules and pure libraries", () => {
  const dir = path.resolve("lib/quiz");
  const outside = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => importsOf(path.join(dir, f)).filter((i) => !i.startsWith("./") && !["zod", "@/lib/validation"].includes(i) && !i.startsWith("node:")).map((i) => `${f} imports ${i}`));
  expect(outside).toEqual([]);
});

const sources = (dir: string, ext = /\.(ts|tsx)$/): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${path.sep}generated${path.sep}`));
const lines = (file: string) => readFileSync(file, "utf8").split("\n").length;

it("pages read like a table of contents: none is over 150 lines", () => {
  expect(sources("app").filter((f) => f.endsWith("page.tsx") && lines(f) > 150)).toEqual([]);
});

it("no lib module is over 300 lines", () => {
  expect(sources("lib").filter((f) => lines(f) > 300)).toEqual([]);
});

it("lib/quiz imports nothing from assignments, learning or classes", () => {
  const inward = sources("lib/quiz").flatMap((f) => importsOf(f).filter((i) => /lib\/(assignments|learning|classes)\b/.test(i)).map((i) => `${f} imports ${i}`));
  expect(inward).toEqual([]);
});

// The copies the structure work removed, each with its one home. A match outside the home is a copy.
const copies: { what: string; pattern: RegExp; home: string[]; dirs: string[] }[] = [
  { what: "a cast of stored question JSON (use toPublicQuestion/toKeyedQuestion)", pattern: /as (unknown as )?(StoredQuestion|PublicQuestion|KeyedVersion)\b/, home: ["lib/quiz/rows.ts"], dirs: ["lib", "app", "components", "scripts"] },
  { what: "the current-version select (use CURRENT_VERSION)", pattern: /orderBy: \{ version: "desc" \}, take: 1/, home: ["lib/quiz/rows.ts"], dirs: ["lib", "app", "scripts", "tests"] },
  { what: "parse-then-grade (use gradeInput)", pattern: /\bparseResponse\(/, home: ["lib/quiz/rows.ts", "lib/quiz/responses.ts"], dirs: ["lib", "app", "components", "scripts"] },
  { what: "the choice-order formula (use choiceOrderFor)", pattern: /\bshuffleChoices\(/, home: ["lib/quiz/rows.ts", "lib/quiz/shuffle.ts"], dirs: ["lib", "app", "components", "scripts"] },
  { what: "a quiz slug suffix (use quizSlug)", pattern: /\$\{[^}]+\}-(check|practice)`/, home: ["lib/content/quiz-slugs.ts"], dirs: ["lib", "app", "components", "tests"] },
  { what: "a date or number formatted outside lib/format.ts", pattern: /toLocale(Date|Time)?String\(|toUTCString\(|toISOString\(\)\.slice\(0, 10\)/, home: ["lib/format.ts"], dirs: ["lib", "app", "components"] },
  { what: "a hand-written plural (use plural/pluralWord)", pattern: /=== 1 \? "[a-z]+" : "[a-z]+s"/, home: [], dirs: ["lib", "app", "components"] },
  { what: "the wall clock in domain code (use currentTime)", pattern: /new Date\(\)/, home: ["lib/clock.ts", "lib/log.ts"], dirs: ["lib"] },
  { what: "a form's own transition (use useServerAction)", pattern: /useTransition\(/, home: ["components/ui/use-server-action.ts", "app/(student)/review/review-session.tsx"], dirs: ["app", "components"] },
];

it.each(copies)("no copy is left of $what", ({ pattern, home, dirs }) => {
  const found = dirs.flatMap((d) => sources(d)).filter((f) => !home.includes(f) && !f.endsWith("architecture.test.ts") && pattern.test(readFileSync(f, "utf8")));
  expect(found).toEqual([]);
});

it("no client file imports a server-only module (type imports are erased, so they may)", () => {
  const resolve = (spec: string, from: string) => {
    const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : null;
    if (base === null) return null;
    return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => existsSync(f)) ?? null;
  };
  const valueImports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*import\s+(?!type\b)[^"']*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]!);
  const client = ["app", "components"].flatMap((d) => sources(d)).filter((f) => /^["']use client["']/.test(readFileSync(f, "utf8")));
  expect(client.length).toBeGreaterThan(5);
  const leaks = client.flatMap((f) =>
    valueImports(f)
      .map((i) => resolve(i, f))
      .filter((t): t is string => t !== null && /^import "server-only";/m.test(readFileSync(t, "utf8")))
      .map((t) => `${f} imports ${t}`),
  );
  expect(leaks).toEqual([]);
});

it("lib/validation imports only zod", () => {
  expect(importsOf(path.resolve("lib/validation.ts"))).toEqual(["zod"]);
});
