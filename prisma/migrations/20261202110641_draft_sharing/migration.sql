-- AlterTable
ALTER TABLE "CourseDraft" ADD COLUMN "copiedFromId" TEXT;
ALTER TABLE "CourseDraft" ADD COLUMN "copiedFromTitle" TEXT;
ALTER TABLE "CourseDraft" ADD COLUMN "sharedAt" DATETIME;

-- CreateIndex
CREATE INDEX "CourseDraft_sharedAt_idx" ON "CourseDraft"("sharedAt");

