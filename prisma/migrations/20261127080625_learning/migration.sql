-- CreateTable
CREATE TABLE "GuestClaim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "answers" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GuestClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ObjectiveMastery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "attempted" INTEGER NOT NULL DEFAULT 0,
    "recent" TEXT NOT NULL DEFAULT '',
    "retainedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ObjectiveMastery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ObjectiveMastery_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "LessonObjective" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ObjectiveMastery" ("attempted", "correct", "id", "level", "objectiveId", "updatedAt", "userId") SELECT "attempted", "correct", "id", "level", "objectiveId", "updatedAt", "userId" FROM "ObjectiveMastery";
DROP TABLE "ObjectiveMastery";
ALTER TABLE "new_ObjectiveMastery" RENAME TO "ObjectiveMastery";
CREATE UNIQUE INDEX "ObjectiveMastery_userId_objectiveId_key" ON "ObjectiveMastery"("userId", "objectiveId");
CREATE TABLE "new_ReviewItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "box" INTEGER NOT NULL DEFAULT 1,
    "dueAt" DATETIME NOT NULL,
    "lastReviewedAt" DATETIME,
    "lapses" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewItem_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReviewItem" ("box", "createdAt", "dueAt", "id", "lapses", "lastReviewedAt", "questionId", "userId") SELECT "box", "createdAt", "dueAt", "id", "lapses", "lastReviewedAt", "questionId", "userId" FROM "ReviewItem";
DROP TABLE "ReviewItem";
ALTER TABLE "new_ReviewItem" RENAME TO "ReviewItem";
CREATE INDEX "ReviewItem_userId_dueAt_idx" ON "ReviewItem"("userId", "dueAt");
CREATE UNIQUE INDEX "ReviewItem_userId_questionId_key" ON "ReviewItem"("userId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

