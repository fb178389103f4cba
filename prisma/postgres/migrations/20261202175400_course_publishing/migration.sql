-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "articleUrl" TEXT,
ADD COLUMN     "draftId" TEXT;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "regradedWithId" TEXT;

-- CreateTable
CREATE TABLE "ParagraphCorrection" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParagraphCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParagraphCorrection_courseId_number_idx" ON "ParagraphCorrection"("courseId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Course_draftId_key" ON "Course"("draftId");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParagraphCorrection" ADD CONSTRAINT "ParagraphCorrection_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

