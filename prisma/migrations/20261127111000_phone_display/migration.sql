-- AlterTable
ALTER TABLE "phone" ADD COLUMN "x_display" TEXT;

