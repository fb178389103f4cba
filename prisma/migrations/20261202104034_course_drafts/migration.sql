-- CreateTable
CREATE TABLE "CourseDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "articleTitle" TEXT NOT NULL,
    "articleSource" TEXT NOT NULL,
    "articleDate" TEXT NOT NULL,
    "articleUrl" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "paragraphs" JSONB NOT NULL,
    "facts" JSONB NOT NULL,
    "lessons" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CourseDraftAuthor" (
    "draftId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("draftId", "userId"),
    CONSTRAINT "CourseDraftAuthor_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseDraftAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CourseDraftChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "userId" TEXT,
    "summary" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CourseDraftChange_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseDraftChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CourseDraftAuthor_userId_idx" ON "CourseDraftAuthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseDraftChange_draftId_revision_key" ON "CourseDraftChange"("draftId", "revision");

