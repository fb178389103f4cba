-- DropForeignKey
ALTER TABLE "Assignment" DROP CONSTRAINT "Assignment_createdById_fkey";

-- DropForeignKey
ALTER TABLE "GradeOverride" DROP CONSTRAINT "GradeOverride_createdById_fkey";

-- DropForeignKey
ALTER TABLE "QuestionVoid" DROP CONSTRAINT "QuestionVoid_createdById_fkey";

-- DropForeignKey
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_actorId_fkey";

-- AlterTable
ALTER TABLE "Assignment" ALTER COLUMN "createdById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "GradeOverride" ALTER COLUMN "createdById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "QuestionVoid" ALTER COLUMN "createdById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AuditEvent" ALTER COLUMN "actorId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GradeOverride" ADD CONSTRAINT "GradeOverride_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVoid" ADD CONSTRAINT "QuestionVoid_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

