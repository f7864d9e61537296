import { BarChart, ChartFigure } from "@/components/charts";
import type { Comparison, ParticipationFigures } from "@/lib/participation/figures";
import { PARTICIPATION_SMALL_GROUP } from "@/lib/participation/figures";
import {
  COMPARISON_COLUMNS,
  PARTICIPATION_SUPPRESSED_TEXT,
  comparisonRows,
  comparisonSummary,
  rateBars,
} from "@/lib/participation/tables";

const HEADINGS = { 2: "h2", 3: "h3" } as const;

function Similarity({ comparison, groups }: { comparison: Comparison; groups: string }) {
  if (comparison.similarity === null) return null;
  return (
    <p className="mb-6 max-w-3xl">
      <strong>
        Similarity to the residents, by {groups}: {Math.round(comparison.similarity * 100)}%.
      </strong>{" "}
      100% would mean the people taking part are spread across the {groups} exactly as the residents are.
    </p>
  );
}

/**
 * "Who is taking part": participation per 10,000 residents by district and by age band, with each group's
 * representation ratio and its 95% interval, the similarity score, and how these are worked out. Shown on the
 * public page and as a section of the priorities dashboard (`idPrefix` keeps the ids apart; `headingLevel` fits
 * it under the page's headings).
 */
export function ParticipationFigureSet({
  data,
  headingLevel = 2,
  idPrefix = "taking-part",
}: {
  data: ParticipationFigures;
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const Heading = HEADINGS[headingLevel];
  const figureLevel = (headingLevel + 1) as 3 | 4;
  const parts = [
    {
      key: "district",
      title: "People taking part per 10,000 residents, by district",
      data: data.district,
      noun: "district",
      plural: "districts",
    },
    {
      key: "age",
      title: "People taking part per 10,000 residents, by age group",
      data: data.ageBand,
      noun: "age group",
      plural: "age groups",
    },
  ] as const;
  return (
    <>
      <p className="mb-4 max-w-3xl">
        {data.district.totalParticipants === null ? (
          <>Fewer than {PARTICIPATION_SMALL_GROUP} people took part in this period</>
        ) : (
          <>
            <strong>{data.participants.toLocaleString("en-GB")}</strong> {data.participants === 1 ? "person" : "people"}{" "}
            took part in this period
          </>
        )}
        : they asked a question, supported one or commented. Each person is counted once, in the district and age group
        on their account.
      </p>
      {!data.hasPopulation ? (
        <p className="mb-6 max-w-3xl">No population figures are loaded yet, so no rates can be shown.</p>
      ) : null}
      {parts.map((part) => (
        <div key={part.key}>
          <ChartFigure
            id={`${idPrefix}-${part.key}`}
            title={part.title}
            headingLevel={figureLevel}
            summary={comparisonSummary(part.data, part.noun)}
            chart={
              <BarChart
                labelledBy={`${idPrefix}-${part.key}`}
                valueLabel="People taking part per 10,000 residents"
                data={rateBars(part.data)}
                suppressedText={PARTICIPATION_SUPPRESSED_TEXT}
              />
            }
            table={{ columns: COMPARISON_COLUMNS, rows: comparisonRows(part.data) }}
            empty={data.participants === 0 || !data.hasPopulation}
            emptyMessage={
              data.participants === 0
                ? "Nobody took part in this period."
                : "There are no population figures to compare with."
            }
          />
          <Similarity comparison={part.data} groups={part.plural} />
        </div>
      ))}
      <Heading id={`${idPrefix}-method`} className="mb-4 text-2xl">
        How these are worked out
      </Heading>
      <ul className="mb-8 max-w-3xl list-disc space-y-2 pl-6">
        <li>
          <strong>People taking part</strong>: everyone who, in the period, asked a question, supported a question or
          posted a comment (posts a moderator turned down do not count), counted once however much they did. People who
          have deleted their account are not counted. A person counts in the district and age group on their account
          today; “Not given” is someone who has not said.
        </li>
        <li>
          <strong>Residents</strong>: the usual residents counted by the Census 2021 (Office for National Statistics),
          for each district and each age group across the districts.
        </li>
        <li>
          <strong>Per 10,000 residents</strong>: the people taking part from a district or age group, divided by its
          residents, times 10,000.
        </li>
        <li>
          <strong>Representation ratio</strong>: a group’s share of the people taking part divided by its share of the
          residents. 1 means in proportion; 0.5 means half as many as its share of residents would suggest; 2 means
          twice as many. The shares count only people in groups with a residents figure.
        </li>
        <li>
          <strong>95% interval</strong>: the range the ratio would probably fall in if the same kind of people kept
          taking part. It is the Wilson score interval for the group’s share of the people taking part, divided by its
          share of the residents (the census counts are treated as exact). Where the whole range is below 1, the group
          is taking part less than its share of residents; above 1, more.
        </li>
        <li>
          <strong>Similarity to the residents</strong>: 100% minus the index of dissimilarity, which is half the sum of
          the gaps between each group’s share of the people taking part and its share of the residents. It says what
          share of the people taking part are already where the residents are; the rest would have to be in other groups
          for the two to match. It is rounded to a whole per cent.
        </li>
        <li>
          <strong>Small groups</strong>: a group with fewer than {PARTICIPATION_SMALL_GROUP} people taking part is not
          shown (“{PARTICIPATION_SUPPRESSED_TEXT}”), and where it could be worked out from the total and the other
          groups, another group is hidden too (“hidden to protect a small group”). A group of 0 is shown as 0.
        </li>
      </ul>
    </>
  );
}
