-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "progressAppliedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Attempt_status_progressAppliedAt_idx" ON "Attempt"("status", "progressAppliedAt");

