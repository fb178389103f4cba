-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "progressAppliedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Attempt_status_progressAppliedAt_idx" ON "Attempt"("status", "progressAppliedAt");

