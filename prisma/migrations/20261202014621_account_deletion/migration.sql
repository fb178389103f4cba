-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "createdById" TEXT,
    "title" TEXT NOT NULL,
    "openAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "closeAt" DATETIME,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "scoringRule" TEXT NOT NULL DEFAULT 'BEST',
    "timeLimitSec" INTEGER,
    "feedbackPolicy" TEXT NOT NULL DEFAULT 'AFTER_SUBMIT',
    "targeted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("attemptsAllowed", "classId", "closeAt", "createdAt", "createdById", "dueAt", "feedbackPolicy", "id", "openAt", "quizId", "scoringRule", "targeted", "timeLimitSec", "title") SELECT "attemptsAllowed", "classId", "closeAt", "createdAt", "createdById", "dueAt", "feedbackPolicy", "id", "openAt", "quizId", "scoringRule", "targeted", "timeLimitSec", "title" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");
CREATE TABLE "new_GradeOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "percent" REAL NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GradeOverride_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GradeOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GradeOverride_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GradeOverride" ("assignmentId", "createdById", "id", "percent", "reason", "updatedAt", "userId") SELECT "assignmentId", "createdById", "id", "percent", "reason", "updatedAt", "userId" FROM "GradeOverride";
DROP TABLE "GradeOverride";
ALTER TABLE "new_GradeOverride" RENAME TO "GradeOverride";
CREATE UNIQUE INDEX "GradeOverride_assignmentId_userId_key" ON "GradeOverride"("assignmentId", "userId");
CREATE TABLE "new_QuestionVoid" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionVoid_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionVoid_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionVoid_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_QuestionVoid" ("assignmentId", "createdAt", "createdById", "id", "mode", "questionId", "reason") SELECT "assignmentId", "createdAt", "createdById", "id", "mode", "questionId", "reason" FROM "QuestionVoid";
DROP TABLE "QuestionVoid";
ALTER TABLE "new_QuestionVoid" RENAME TO "QuestionVoid";
CREATE UNIQUE INDEX "QuestionVoid_assignmentId_questionId_key" ON "QuestionVoid"("assignmentId", "questionId");
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "subjectId" TEXT,
    "action" TEXT NOT NULL,
    "targetId" TEXT,
    "reason" TEXT,
    "detail" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditEvent_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actorId", "createdAt", "detail", "id", "reason", "subjectId", "targetId") SELECT "action", "actorId", "createdAt", "detail", "id", "reason", "subjectId", "targetId" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_subjectId_idx" ON "AuditEvent"("subjectId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

