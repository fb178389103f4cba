import path from "node:path";

/**
 * The demo accounts' signed-in browser state (cookies), written once per run by the setup
 * project (tests/e2e/auth.setup.ts) under the git-ignored artifacts folder. A spec that only
 * needs "a signed-in demo teacher" or "a signed-in demo student" starts from it with
 * `test.use({ storageState: DEMO_TEACHER })` or `browser.newContext({ storageState: DEMO_STUDENT })`
 * instead of signing in through the form. The demo teacher has the seeded demo class; the demo
 * student is in it, with a term of work done.
 */
const dir = path.join("tests", "e2e", ".artifacts", "auth");
export const DEMO_TEACHER = path.join(dir, "demo-teacher.json");
export const DEMO_STUDENT = path.join(dir, "demo-student.json");
