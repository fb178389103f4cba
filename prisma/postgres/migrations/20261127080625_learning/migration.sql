-- AlterTable
ALTER TABLE "ObjectiveMastery" ADD COLUMN     "recent" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "retainedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ReviewItem" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "GuestClaim" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "answers" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestClaim_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "GuestClaim" ADD CONSTRAINT "GuestClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

