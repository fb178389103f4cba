-- CreateTable
CREATE TABLE "CourseDraft" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourseDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseDraftAuthor" (
    "draftId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseDraftAuthor_pkey" PRIMARY KEY ("draftId","userId")
);

-- CreateTable
CREATE TABLE "CourseDraftChange" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "userId" TEXT,
    "summary" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseDraftChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CourseDraftAuthor_userId_idx" ON "CourseDraftAuthor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CourseDraftChange_draftId_revision_key" ON "CourseDraftChange"("draftId", "revision");

-- AddForeignKey
ALTER TABLE "CourseDraftAuthor" ADD CONSTRAINT "CourseDraftAuthor_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDraftAuthor" ADD CONSTRAINT "CourseDraftAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDraftChange" ADD CONSTRAINT "CourseDraftChange_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "CourseDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDraftChange" ADD CONSTRAINT "CourseDraftChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

