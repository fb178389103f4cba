-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "regradedWithId" TEXT;

-- CreateTable
CREATE TABLE "ParagraphCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "correctedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ParagraphCorrection_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Course" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "articleTitle" TEXT NOT NULL,
    "articleDate" TEXT NOT NULL,
    "articleSection" TEXT NOT NULL,
    "articleImageCredit" TEXT,
    "spellings" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "articleDisplayDate" TEXT,
    "draftId" TEXT,
    "articleUrl" TEXT,
    CONSTRAINT "Course_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Course" ("articleDate", "articleDisplayDate", "articleImageCredit", "articleSection", "articleTitle", "contentHash", "id", "slug", "spellings", "title", "updatedAt") SELECT "articleDate", "articleDisplayDate", "articleImageCredit", "articleSection", "articleTitle", "contentHash", "id", "slug", "spellings", "title", "updatedAt" FROM "Course";
DROP TABLE "Course";
ALTER TABLE "new_Course" RENAME TO "Course";
CREATE UNIQUE INDEX "Course_slug_key" ON "Course"("slug");
CREATE UNIQUE INDEX "Course_draftId_key" ON "Course"("draftId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ParagraphCorrection_courseId_number_idx" ON "ParagraphCorrection"("courseId", "number");

