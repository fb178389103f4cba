-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "asOf" TEXT;

