// Plants E2E_MARKER in the answer keys and explanations of lesson 1's
// questions, so the leak test can look for it everywhere the browser can see.
import { db } from "@/lib/db";

const marker = process.env.E2E_MARKER;
if (!marker) throw new Error("E2E_MARKER is not set");

const versions = await db.questionVersion.findMany({
  where: { question: { lesson: { position: 1 } } },
  select: { id: true, type: true, answerKey: true, explanation: true },
});
for (const v of versions) {
  const key = v.answerKey as Record<string, unknown>;
  await db.questionVersion.update({
    where: { id: v.id },
    data: {
      explanation: `${v.explanation} ${marker}`,
      answerKey: v.type === "short_text" ? { ...key, accepted: [...(key.accepted as string[]), marker] } : { ...key, marker },
    },
  });
}
console.log(`Planted the leak marker in ${versions.length} question versions of lesson 1.`);
await db.$disconnect();
