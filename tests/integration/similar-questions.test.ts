// Duplicate suggestions measured on questions asked again in other words (issue 16, point 3).
//
// Each pair is a published question (title and details) and the title someone else would type for the same
// thing, written as people reword: other words for the same thing ("bin lorries" for "refuse collection"),
// hyphens and closed-up compounds ("carpark"), no accents. The originals sit among the demo seed's questions
// and 600 generated questions on the same themes in the same places, so a suggestion has to pick the right one
// out of many that share its topic or its place.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listModerationQueue } from "@/lib/moderation/queue-queries";
import { queueFilterSchema } from "@/lib/moderation/schemas";
import { findSimilarQuestions } from "@/lib/questions/browse/queries";
import { createQuestion, createUser } from "../support/fixtures";
import { heldQuestion } from "../support/moderation-items";

const run = promisify(execFile);

interface RewordedPair {
  title: string;
  body: string;
  reworded: string;
}

const PAIRS: RewordedPair[] = [
  {
    title: "Could refuse collection in Lexden start later than 6am?",
    body: "The crews arrive before six and the reversing alarms wake the whole street, including small children.",
    reworded: "Bin lorries in Lexden come far too early in the morning",
  },
  {
    title: "Could broken lighting columns on the A127 be reported online?",
    body: "Several columns between Rayleigh Weir and the Fairglen interchange have been dark for months.",
    reworded: "Street lights out on the A127 for ages",
  },
  {
    title: "Why is it so hard to get an appointment at my GP practice in Wickford?",
    body: "You ring at 8am, wait forty minutes in a queue and then every slot has gone.",
    reworded: "Can't get to see a doctor at the surgery in Wickford",
  },
  {
    title: "Could the council repair road defects on Rectory Road, Hadleigh faster?",
    body: "The surface near the junction with the London Road has broken up and cyclists swerve into traffic.",
    reworded: "Potholes on Rectory Road in Hadleigh",
  },
  {
    title: "Will the e-scooter trial in Colchester be extended after this year?",
    body: "Lots of students use the hire scooters to get between the university and the town centre.",
    reworded: "Is the escooter hire scheme in Colchester staying?",
  },
  {
    title: "Could supermarket car parks in Pitsea install electric vehicle charging points?",
    body: "People without a driveway could charge while they do the weekly shop.",
    reworded: "EV chargers at Pitsea supermarkets",
  },
  {
    title: "When will full fibre reach Great Bardfield?",
    body: "Working from home is almost impossible on the copper line, video calls drop all the time.",
    reworded: "Great Bardfield internet is painfully slow",
  },
  {
    title: "Could the bus shelter at Kelvedon station be replaced?",
    body: "The roof leaks and one of the glass panels has been boarded up since the winter.",
    reworded: "Broken bus stop in Kelvedon has no proper roof",
  },
  {
    title: "Surface water on London Road in Leigh-on-Sea after heavy rain",
    body: "The road turns into a river outside the shops and water comes up to the doorsteps.",
    reworded: "London Road in Leigh floods every time it rains",
  },
  {
    title: "Could cameras help stop fly-tipping in the lanes near Stondon Massey?",
    body: "Mattresses, builders' rubble and tyres are left in the gateways every week.",
    reworded: "Illegal dumping of rubbish on country lanes around Stondon Massey",
  },
  {
    title: "Why are Tendring residents paying more council tax this year?",
    body: "Our bill went up again but the services we see seem to be the same or less.",
    reworded: "Tendring council tax going up again",
  },
  {
    title: "How long are the waits at the emergency department in Broomfield Hospital?",
    body: "My father waited eleven hours on a trolley last month.",
    reworded: "A&E waiting times at Broomfield",
  },
  {
    title: "Could footways in Halstead town centre be widened for wheelchairs and buggies?",
    body: "On market day you have to step into the road to get past.",
    reworded: "Halstead pavements too narrow for pushchairs",
  },
  {
    title: "Could traffic calming be installed on School Lane in Great Wakering?",
    body: "Cars race down the lane at pick-up time and there is no pavement on one side.",
    reworded: "Speed humps needed on School Lane, Great Wakering",
  },
  {
    title: "Could Epping station car park show how many spaces are free?",
    body: "Commuters drive round and round and then park on residential streets instead.",
    reworded: "Live space count for the Epping station carpark",
  },
  {
    title: "Could lamp posts in Billericay have charging sockets built in?",
    body: "Other councils have fitted sockets to existing columns for people who park on the street.",
    reworded: "Charging electric cars from lampposts in Billericay",
  },
  {
    title: "Could the new health centre in Beaulieu Park open on Saturdays?",
    body: "Families who work all week cannot get there during the day.",
    reworded: "Weekend opening for the doctors surgery at Beaulieu Park",
  },
  {
    title: "Why do dustcarts block Newland Street in Witham at rush hour?",
    body: "Buses and cars queue behind them all the way back to the bridge.",
    reworded: "Refuse lorries holding up traffic on Newland Street",
  },
  {
    title: "Could Harlow accept soft plastics in household recycling?",
    body: "Supermarket drop-off points are often full and not everyone can get to them.",
    reworded: "Plastic bags and film in the Harlow recycling bin",
  },
  {
    title: "Could there be more dog waste bins on the Frinton greensward?",
    body: "Bags are hung on fences and left on the grass because the nearest bin is so far away.",
    reworded: "Dog poo bins along Frinton greensward please",
  },
  {
    title: "How quickly is graffiti removed from the underpasses in Basildon town centre?",
    body: "Some of it is offensive and it makes people feel unsafe walking through.",
    reworded: "Tagging in the Basildon subways never gets cleaned",
  },
  {
    title: "Could a segregated cycle lane link Colne Park to Colchester station?",
    body: "Riding on the main road with lorries puts most people off.",
    reworded: "Separate bike path from Colne Park to the station",
  },
  {
    title: "Could Brentwood High Street have free Wi-Fi for shoppers?",
    body: "Other towns have it and it would help the market traders take card payments.",
    reworded: "Free wifi in Brentwood high street",
  },
  {
    title: "Could the café in Chelmsford's Central Park stay open in winter?",
    body: "It closes in October just when people want somewhere warm after a walk.",
    reworded: "Central Park cafe in Chelmsford shuts for the winter",
  },
  {
    title: "Are there enough childcare places in Heybridge for working parents?",
    body: "Waiting lists are over a year long and some parents have had to give up work.",
    reworded: "No nursery spaces left in Heybridge",
  },
  {
    title: "Could residents' parking permits in Westcliff be cheaper?",
    body: "The price doubled this year and many households need two cars for shift work.",
    reworded: "Cost of resident permit zones in Westcliff",
  },
  {
    title: "What can be done about noise from the Stansted flight path over Takeley?",
    body: "Planes come over every two minutes from five in the morning.",
    reworded: "Aircraft noise over Takeley keeps us awake",
  },
  {
    title: "Are there grants for loft insulation in Coggeshall?",
    body: "Old cottages lose a lot of heat and energy bills have gone up a lot.",
    reworded: "Help paying to insulate my loft in Coggeshall",
  },
  {
    title: "Could the public toilets in Maldon's Promenade Park stay open later?",
    body: "Families are still on the beach at seven in the evening in summer.",
    reworded: "Promenade Park loos in Maldon close too early",
  },
  {
    title: "Could c2c run more late-night trains from Fenchurch Street to Shoeburyness?",
    body: "After a show in London the last useful train leaves far too early.",
    reworded: "Later rail services home to Shoeburyness from London",
  },
  {
    title: "Could Uttlesford go back to weekly black bin collections?",
    body: "Fortnightly is not enough for big families and the bins overflow in summer.",
    reworded: "Weekly general waste pick-up in Uttlesford",
  },
  {
    title: "Could there be a lollipop lady outside St Mary's school in Burnham-on-Crouch?",
    body: "Children cross a busy road with parked cars blocking the view.",
    reworded: "School crossing patrol needed at St Mary's, Burnham",
  },
  {
    title: "Could a pedestrian crossing be added on Station Road, Hockley?",
    body: "Older people wait a long time for a gap in the traffic to reach the shops.",
    reworded: "We need a zebra crossing on Station Road in Hockley",
  },
  {
    title: "Why is there no mobile phone signal in Tolleshunt D'Arcy?",
    body: "You have to stand at the end of the garden to make a call.",
    reworded: "No 4G coverage in Tolleshunt D'Arcy",
  },
  {
    title: "Could the council plant more street trees in Grays?",
    body: "Some streets have no shade at all and get very hot in summer.",
    reworded: "More trees along the roads in Grays town centre",
  },
  {
    title: "Could drains on Rainsford Road in Chelmsford be cleared before winter?",
    body: "The gullies are full of leaves and the road floods at the bottom of the hill.",
    reworded: "Blocked gullies on Rainsford Road",
  },
];

// Questions on the same themes in the same towns as the pairs, so that matching a topic or a place alone is
// not enough to come top.
const DISTRACTORS = `
WITH words AS (
  SELECT ARRAY['bin collections','street lights','GP appointments','potholes','e-scooters','EV charge points',
               'broadband','bus shelters','flooding','fly-tipping','council tax','A&E waits','pavements',
               'speed bumps','car parks','recycling','libraries','cycle lanes','public toilets','childcare',
               'parking permits','zebra crossings','heat pumps','trains','buses','litter','graffiti',
               'dog fouling','air quality','playgrounds'] AS topic,
         ARRAY['Basildon','Braintree','Brentwood','Canvey Island','Chelmsford','Colchester','Epping','Harlow',
               'Maldon','Rochford','Clacton','Uttlesford','Southend','Grays','Witham','Billericay',
               'Saffron Walden','Halstead','Harwich','Wickford','Rayleigh','Loughton','Burnham-on-Crouch',
               'Frinton','Leigh-on-Sea','Hadleigh','Ongar','Kelvedon','Takeley','Wivenhoe','Lexden','Pitsea',
               'Great Bardfield','Stondon Massey','Tendring','Broomfield','Great Wakering','Beaulieu Park',
               'Colne Park','Heybridge','Westcliff','Coggeshall','Shoeburyness','Hockley','Tolleshunt D''Arcy',
               'Dedham'] AS town,
         ARRAY['What is the council doing about % in #?','Could % in # be improved?',
               'Who is responsible for % near #?','% in # need more money spent on them',
               'Are there plans for better % around #?','How do I report a problem with % in #?'] AS template
)
INSERT INTO question (id, title, body, author_id, moderation, status, support_count, published_at, created_at, updated_at)
SELECT gen_random_uuid(),
       replace(replace(template[1 + g % 6], '%', topic[1 + g % 30]), '#', town[1 + (g * 7 + g / 30) % 46]),
       'People in ' || town[1 + (g * 7 + g / 30) % 46] || ' have raised ' || topic[1 + g % 30]
         || ' at several parish meetings and would like an answer from the people in charge.',
       $1::uuid, 'approved', 'open', g % 40, now(), now(), now()
FROM generate_series(0, 599) AS g, words`;

const originals = new Map<string, string>();

beforeAll(async () => {
  // A throwaway test database, so the demo seed is told it may fill it.
  await run("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, NODE_ENV: "test", SEED_DEMO_DATA: "yes" } });
  const author = await createUser();
  await db.$executeRawUnsafe(DISTRACTORS, author.id);
  for (const pair of PAIRS) {
    const question = await createQuestion(author.id, { title: pair.title, body: pair.body });
    originals.set(pair.reworded, question.id);
  }
}, 180_000);

describe("findSimilarQuestions on reworded questions", () => {
  it("has at least 30 reworded pairs, each reworded title differing from its original", () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(30);
    for (const pair of PAIRS) expect(pair.reworded.toLowerCase()).not.toBe(pair.title.toLowerCase());
    expect(new Set(PAIRS.map((p) => p.reworded)).size).toBe(PAIRS.length);
  });

  it("puts the original among the first 5 suggestions for at least 90% of the pairs", async () => {
    const misses: string[] = [];
    for (const pair of PAIRS) {
      const suggested = await findSimilarQuestions(pair.reworded);
      const position = suggested.findIndex((q) => q.id === originals.get(pair.reworded));
      if (position < 0) {
        misses.push(`"${pair.reworded}" missed "${pair.title}"; got: ${suggested.map((q) => q.title).join(" | ")}`);
      }
    }
    const hits = PAIRS.length - misses.length;
    console.log(
      `similar questions: ${hits}/${PAIRS.length} originals in the first 5${misses.length ? `\n${misses.join("\n")}` : ""}`,
    );
    expect(hits / PAIRS.length).toBeGreaterThanOrEqual(0.9);
  });

  it("suggests nothing for text unrelated to any question", async () => {
    for (const text of ["What time is it", "hello there", "qwertyuiop asdfgh", "Thank you very much"]) {
      expect(await findSimilarQuestions(text), text).toEqual([]);
    }
  });

  it("matches without accents, and across hyphens and closed-up compounds", async () => {
    const author = await createUser();
    const cafe = await createQuestion(author.id, { title: "Could the Tiptree jam café take card payments?" });
    const scooters = await createQuestion(author.id, { title: "Should e-scooters be allowed in Dedham Vale?" });
    const lampposts = await createQuestion(author.id, { title: "Could the lamppost on Mersea Road be moved?" });
    const carPark = await createQuestion(author.id, { title: "Could the Coggeshall car park have cycle stands?" });
    const ids = async (text: string) => (await findSimilarQuestions(text)).map((q) => q.id);

    expect(await ids("tiptree jam cafe")).toContain(cafe.id);
    expect(await ids("Tiptree jam café")).toContain(cafe.id);
    for (const text of ["escooters in Dedham Vale", "e scooters Dedham Vale", "E-Scooters in Dedham"]) {
      expect(await ids(text), text).toContain(scooters.id);
    }
    for (const text of ["Lamp post on Mersea Road", "lamp-post Mersea Road"]) {
      expect(await ids(text), text).toContain(lampposts.id);
    }
    expect(await ids("Coggeshall carpark bike racks")).toContain(carPark.id);
  });

  it("ranks the more supported of two equally good matches first", async () => {
    const author = await createUser();
    const title = "Could Great Dunmow have a repair café for bicycles?";
    const less = await createQuestion(author.id, { title });
    const more = await createQuestion(author.id, { title });
    await db.question.update({ where: { id: more.id }, data: { supportCount: 12 } });
    await db.question.update({ where: { id: less.id }, data: { supportCount: 3 } });
    const found = (await findSimilarQuestions(title)).map((q) => q.id);
    expect(found.slice(0, 2)).toEqual([more.id, less.id]);
  });
});

describe("the moderation queue's 'looks like' link", () => {
  it("points a held question, asked again in other words, at its published original", async () => {
    const author = await createUser();
    // Not the bin lorries pair: the seed's merge demo has a bin lorries question of its own that is as like it.
    const pair = PAIRS.find((p) => p.reworded.startsWith("Can't get to see a doctor"))!;
    // Queued before anything the seed holds, so it is on the queue's first page.
    const held = await heldQuestion(author.id, { title: pair.reworded, queuedAt: new Date("2020-01-01T09:00:00Z") });
    const page = await listModerationQueue(queueFilterSchema.parse({ kind: "question" }));
    const item = page.items.find((i) => i.ref.kind === "question" && i.ref.id === held.id);
    expect(item?.similar).toEqual({ id: originals.get(pair.reworded), title: pair.title });
  });
});

describe("the terms a question is matched by", () => {
  const ids = async (text: string) => (await findSimilarQuestions(text)).map((q) => q.id);

  it("follow an edit of the title", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id, { title: "Could Maldon promenade have more benches?" });
    expect(await ids("Maldon promenade benches")).toContain(question.id);
    await db.question.update({ where: { id: question.id }, data: { title: "Could Maldon quay have a ferry?" } });
    expect(await ids("Maldon promenade benches")).not.toContain(question.id);
    expect(await ids("ferry from Maldon quay")).toContain(question.id);
  });

  it("take in new vocabulary at once, for questions already asked, and let it go when it is removed", async () => {
    const author = await createUser();
    const question = await createQuestion(author.id, {
      title: "Could the bollards outside Feering church be replaced?",
    });
    const hasGroup = async () => {
      const [row] = await db.$queryRaw<{ has: boolean }[]>`
        SELECT similar_terms @@ 'syn_bollards'::tsquery AS has FROM question WHERE id = ${question.id}::uuid`;
      return row!.has;
    };
    expect(await hasGroup()).toBe(false);
    expect(await ids("posts")).not.toContain(question.id);

    await db.$executeRaw`INSERT INTO search_synonym (group_name, phrase) VALUES ('bollards', 'bollard'), ('bollards', 'posts')`;
    expect(await hasGroup()).toBe(true);
    expect(await ids("posts")).toContain(question.id);

    await db.$executeRaw`DELETE FROM search_synonym WHERE group_name = 'bollards'`;
    expect(await hasGroup()).toBe(false);
    expect(await ids("posts")).not.toContain(question.id);
  });
});

describe("common terms", () => {
  // As if the table had 100,000 questions: a term in more than 2,236 of them, a pair expected in more than 300.
  const candidates = async (terms: string[], weights: number[], shares: number[]) => {
    const [row] = await db.$queryRaw<
      { shared_pair: string | null; shared_one: string | null; shared_common: string | null }[]
    >`
      SELECT shared_pair::text, shared_one::text, shared_common::text
      FROM similar_question_candidates(${terms}::tsquery[], ${weights}::real[], ${shares}::real[], 100000)`;
    return row!;
  };

  it("are looked for among the most supported questions when they would match too many to read", async () => {
    const mixed = await candidates(["'harwich'", "'ferri'", "'late'"], [0.5, 0.5, 0.5], [0.001, 0.05, 0.08]);
    expect(mixed.shared_pair).toBe("'harwich' & 'ferri' | 'harwich' & 'late'");
    expect(mixed.shared_one).toBeNull();
    expect(mixed.shared_common).toBe("'ferri' & 'late'");

    const short = await candidates(["'syn_flooding'", "'harwich'"], [1, 0.5], [0.05, 0.001]);
    expect(short.shared_pair).toBeNull();
    expect(short.shared_one).toBe("'harwich'");
    expect(short.shared_common).toBe("'syn_flooding'");
  });

  it("are told by the table's statistics, and still find their most supported questions", async () => {
    const author = await createUser();
    const [counted] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM question`;
    // Enough "heron" questions that √(50 × questions) of them are fewer.
    const herons = Math.ceil(Math.sqrt(50 * (Number(counted!.total) + 1000)) * 1.5);
    await db.$executeRaw`
      INSERT INTO question (id, title, body, author_id, moderation, status, support_count, published_at, created_at, updated_at)
      SELECT gen_random_uuid(), 'Could the heron hide at Abberton be reopened?', '', ${author.id}::uuid, 'approved', 'open', g,
             now(), now(), now()
      FROM generate_series(1, ${herons}::int) AS g`;
    await db.$executeRaw`ANALYZE question`;

    const terms = await db.$queryRaw<{ term: string; share: number }[]>`
      SELECT term::text, share FROM similar_question_terms('heron hide in Witham')`;
    const heron = terms.find((t) => t.term === "'heron'");
    const [table] = await db.$queryRaw<{ questions: number }[]>`
      SELECT reltuples AS questions FROM pg_class WHERE oid = 'question'::regclass`;
    const questions = table!.questions;
    expect(heron!.share * questions).toBeGreaterThan(Math.sqrt(50 * questions));
    expect(terms.find((t) => t.term === "'witham':*")!.share * questions).toBeLessThan(Math.sqrt(50 * questions));

    // Equal titles score alike, so the five most supported come first, found among the most supported.
    const found = await findSimilarQuestions("heron hide at Abberton");
    expect(found.map((q) => q.supportCount)).toEqual([herons, herons - 1, herons - 2, herons - 3, herons - 4]);
  });
});
