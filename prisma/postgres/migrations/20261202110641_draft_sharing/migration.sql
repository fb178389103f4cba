-- AlterTable
ALTER TABLE "CourseDraft" ADD COLUMN     "copiedFromId" TEXT,
ADD COLUMN     "copiedFromTitle" TEXT,
ADD COLUMN     "sharedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "CourseDraft_sharedAt_idx" ON "CourseDraft"("sharedAt");

