-- CreateEnum
CREATE TYPE "ExerciseKind" AS ENUM ('decompression', 'stretching', 'core', 'strength', 'mobility');

-- CreateEnum
CREATE TYPE "Intensity" AS ENUM ('gentle', 'moderate', 'hard');

-- CreateEnum
CREATE TYPE "Experience" AS ENUM ('beginner', 'intermediate', 'advanced');

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('easy', 'right', 'hard');

-- CreateEnum
CREATE TYPE "Progression" AS ENUM ('easier', 'standard', 'harder');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exercise" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ExerciseKind" NOT NULL,
    "intensity" "Intensity" NOT NULL,
    "summary" TEXT NOT NULL,
    "steps" TEXT[],
    "holdSeconds" INTEGER,
    "reps" INTEGER,
    "sets" INTEGER NOT NULL DEFAULT 1,
    "perSide" BOOLEAN NOT NULL DEFAULT false,
    "restSeconds" INTEGER NOT NULL DEFAULT 0,
    "equipment" TEXT[],
    "usesInversion" BOOLEAN NOT NULL DEFAULT false,
    "contraindications" TEXT[],
    "safetyNotes" TEXT[],
    "easierId" TEXT,
    "harderId" TEXT,
    "illustrationKey" TEXT NOT NULL,
    "illustrationAlt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exercise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Routine" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "goal" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "kind" "ExerciseKind" NOT NULL,
    "intensity" "Intensity" NOT NULL,
    "suitableFor" TEXT NOT NULL,
    "tags" TEXT[],
    "minutes" INTEGER NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Routine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutineStep" (
    "id" TEXT NOT NULL,
    "routineId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "holdSeconds" INTEGER,
    "reps" INTEGER,
    "sets" INTEGER NOT NULL DEFAULT 1,
    "perSide" BOOLEAN NOT NULL DEFAULT false,
    "restSeconds" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,

    CONSTRAINT "RoutineStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "painNow" INTEGER NOT NULL,
    "painWeeks" INTEGER,
    "afterLifting" BOOLEAN NOT NULL DEFAULT false,
    "redFlags" TEXT[],
    "conditions" TEXT[],
    "experience" "Experience",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutineSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "routineId" TEXT NOT NULL,
    "completedOn" DATE NOT NULL,
    "progression" "Progression" NOT NULL DEFAULT 'standard',
    "difficulty" "Difficulty" NOT NULL,
    "painBefore" INTEGER NOT NULL,
    "painAfter" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutineSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Exercise_slug_key" ON "Exercise"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Routine_slug_key" ON "Routine"("slug");

-- CreateIndex
CREATE INDEX "RoutineStep_exerciseId_idx" ON "RoutineStep"("exerciseId");

-- CreateIndex
CREATE UNIQUE INDEX "RoutineStep_routineId_position_key" ON "RoutineStep"("routineId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_userId_key" ON "CheckIn"("userId");

-- CreateIndex
CREATE INDEX "RoutineSession_userId_completedOn_idx" ON "RoutineSession"("userId", "completedOn");

-- CreateIndex
CREATE INDEX "RoutineSession_routineId_idx" ON "RoutineSession"("routineId");

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exercise" ADD CONSTRAINT "Exercise_easierId_fkey" FOREIGN KEY ("easierId") REFERENCES "Exercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exercise" ADD CONSTRAINT "Exercise_harderId_fkey" FOREIGN KEY ("harderId") REFERENCES "Exercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutineStep" ADD CONSTRAINT "RoutineStep_routineId_fkey" FOREIGN KEY ("routineId") REFERENCES "Routine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutineStep" ADD CONSTRAINT "RoutineStep_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutineSession" ADD CONSTRAINT "RoutineSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutineSession" ADD CONSTRAINT "RoutineSession_routineId_fkey" FOREIGN KEY ("routineId") REFERENCES "Routine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

