// The layering the code relies on, checked on the source: lib/quiz is the pure core of the
// quiz (types, grading, policy, DTOs) that the rest imports, so it imports nothing of ours
// from outside itself but the shared input rules of lib/validation.ts (themselves pure: zod only),
// nor the database, nor Next.
import { readdirSync, readFileSync } from "node:fs";
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

it("lib/validation imports only zod", () => {
  expect(importsOf(path.resolve("lib/validation.ts"))).toEqual(["zod"]);
});
