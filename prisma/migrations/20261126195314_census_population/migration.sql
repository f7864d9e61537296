-- The census population figures behind "Who is taking part" (lib/participation), and indexes to find who
-- supported or commented in a period.

-- CreateTable
CREATE TABLE "census_population" (
    "id" SERIAL NOT NULL,
    "district_id" INTEGER,
    "age_band" "AgeBand",
    "usual_residents" INTEGER NOT NULL,

    CONSTRAINT "census_population_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "census_population_district_id_key" ON "census_population"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "census_population_age_band_key" ON "census_population"("age_band");

-- CreateIndex
CREATE INDEX "vote_created_at_user_id_idx" ON "vote"("created_at", "user_id");

-- CreateIndex
CREATE INDEX "comment_created_at_author_id_idx" ON "comment"("created_at", "author_id");

-- AddForeignKey
ALTER TABLE "census_population" ADD CONSTRAINT "census_population_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A row counts either a district's residents or an age band's (across every district with a row), never both,
-- and counts at least one person.
ALTER TABLE "census_population"
  ADD CONSTRAINT "census_population_one_group" CHECK (("district_id" IS NULL) <> ("age_band" IS NULL)),
  ADD CONSTRAINT "census_population_positive" CHECK ("usual_residents" > 0);
