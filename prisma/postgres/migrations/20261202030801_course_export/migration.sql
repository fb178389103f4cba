-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "articleDisplayDate" TEXT;

-- AlterTable
ALTER TABLE "ArticleParagraph" ADD COLUMN     "claims" JSONB;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "authorNote" TEXT;

-- AlterTable
ALTER TABLE "QuestionVersion" ADD COLUMN     "authored" JSONB;

