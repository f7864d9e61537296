// Demo questions for development and the end-to-end tests: realistic, fictional, across every theme and district.
export type ThemeSlug =
  | "transport-and-mobility"
  | "energy-and-environment"
  | "health-and-care"
  | "digital-connectivity"
  | "housing-and-planning"
  | "education-and-skills"
  | "community-safety"
  | "data-and-privacy"
  | "economy-and-jobs"
  | "waste-and-recycling";
export type DistrictSlug =
  | "basildon"
  | "braintree"
  | "brentwood"
  | "castle-point"
  | "chelmsford"
  | "colchester"
  | "epping-forest"
  | "harlow"
  | "maldon"
  | "rochford"
  | "tendring"
  | "uttlesford"
  | "southend-on-sea"
  | "thurrock"
  | "essex-wide";
export type OrganisationSlug = "essex-county-council" | "anglia-ruskin-university" | "estuary-engineering";
export type PartnerKey = "ecc-officer" | "ecc-lead" | "aru-researcher" | "industry-engineer";
/** "citizen" and "student" are the named demo accounts; "resident-1" … "resident-40" are generic demo residents. */
export type AuthorKey = "citizen" | "student" | `resident-${number}`;
export type SeedStatus =
  "open" | "under_review" | "answered" | "planned" | "in_progress" | "delivered" | "declined" | "merged";
export type SeedModeration = "pending" | "approved" | "rejected" | "hidden";
export type SeedHouseRule =
  "respectful" | "personal_information" | "no_hate" | "no_advertising" | "on_topic" | "illegal_or_unsafe";
export type SeedFlagCategory = "spam" | "offensive" | "personal_information" | "off_topic" | "other";

/** A report on a published question by a demo resident, still open (waiting for a moderator). */
export interface SeedReport {
  by: AuthorKey; // a different person for each report, never the author
  category: SeedFlagCategory;
  details?: string;
  daysAgo: number; // fewer than the question's daysAgo
}

export interface SeedComment {
  author: AuthorKey;
  body: string; // ≤ 1,000 characters, plain text
  daysAfter: number; // days after the question was asked
  replies?: { author: AuthorKey; body: string; daysAfter: number }[];
}

export interface SeedResponse {
  organisation: OrganisationSlug;
  author: PartnerKey; // must belong to that organisation: ecc-* → essex-county-council, aru-researcher → anglia-ruskin-university, industry-engineer → estuary-engineering
  body: string; // the official public answer, 60–250 words, may use limited Markdown (paragraphs, **bold**, lists, links to https://www.essex.gov.uk/... style public pages are NOT allowed — no links at all)
  daysAfter: number;
}

/**
 * Who claimed a question under review, and how many days ago: the due date is that day plus the response target
 * in working days, so a claim more than about 30 days ago is overdue and a recent one is not, on any weekday.
 */
export interface SeedClaim {
  by: PartnerKey;
  daysAgo: number; // fewer than the question's daysAgo
}

export interface SeedQuestion {
  key: string; // stable, unique, kebab-case, e.g. "bus-times-at-stops-in-maldon"
  title: string; // 10–140 characters, a question or an idea, plain English
  body: string; // 150–1,200 characters, plain text with blank-line paragraphs; first person, as a resident or student would write
  themes: ThemeSlug[]; // 1–3
  district: DistrictSlug | null;
  author: AuthorKey;
  daysAgo: number; // 1–300
  moderation: SeedModeration;
  moderationReason?: string; // required when moderation is "rejected" or "hidden" by a moderator: a polite, plain-English reason shown to the author
  moderationRule?: SeedHouseRule; // the house rule the moderator cited (lib/moderation/house-rules.ts); with moderatedBy
  moderatedBy?: "admin" | "moderator"; // who rejected or hid it; absent on a hidden question: hidden by its reports
  reports?: SeedReport[]; // open reports: the question waits in the moderation queue for them
  appeal?: { body: string; daysAgo: number }; // the author's undecided appeal against a moderator's decision
  status: SeedStatus;
  statusNote?: string; // required when status is "declined", "merged" or "delivered": a public, plain-English note
  mergedInto?: string; // required when status is "merged": the key of another approved question in this file (not itself merged)
  supporters: number; // 0–40: how many distinct demo residents support it
  claim?: SeedClaim; // for "under_review": who holds it and since when (default: ecc-officer, half-way since asking)
  response?: SeedResponse; // required when status is answered, planned, in_progress or delivered; optional for declined
  comments?: SeedComment[];
}

export const seedQuestions: SeedQuestion[] = [
  // ---------------------------------------------------------------------------------------------
  // Approved, open
  // ---------------------------------------------------------------------------------------------
  {
    key: "real-time-bus-info-at-maldon-stops",
    title: "Could bus stops in Maldon show real-time arrival information?",
    body:
      "I use the bus from Maldon into Chelmsford most days, and the printed timetables at the stops on the High Street and near the Promenade are often out of date or missing altogether. When a bus is late or cancelled there is no way of knowing unless you have a smartphone and the right app, and a lot of people who rely on the bus here do not.\n\n" +
      "Could the main stops in Maldon and Heybridge have simple real-time displays, even just a small solar-powered screen showing the next two or three buses? Some towns seem to have them at almost every stop.\n\n" +
      "I would also like an audio button for people with sight loss. Waiting in the rain not knowing whether the bus has already gone is miserable, especially for older people.",
    themes: ["transport-and-mobility", "digital-connectivity"],
    district: "maldon",
    author: "resident-1",
    daysAgo: 140,
    moderation: "approved",
    status: "open",
    supporters: 27,
    comments: [
      {
        author: "resident-18",
        body: "Same problem at the stop near the Heybridge Basin turning. A display there would help a lot of people who walk down from the estates.",
        daysAfter: 4,
      },
      {
        author: "citizen",
        body: "Worth adding that the operator's app does show live times for some routes, but not all of them, so even with a phone you can't always rely on it. A shared data feed that every operator uses would be the real fix.",
        daysAfter: 11,
        replies: [
          {
            author: "resident-1",
            body: "Good point. I'd be happy with a screen that only covered the main routes to start with.",
            daysAfter: 12,
          },
        ],
      },
    ],
  },
  {
    key: "ev-charging-for-terraced-streets-in-colchester",
    title: "How can people in Colchester's terraced streets charge an electric car without a driveway?",
    body:
      "I live in a Victorian terrace near Colchester town centre with no off-street parking. I would like to switch to an electric car next year, but there is nowhere for me to charge. Running a cable across the pavement is not safe, and I understand it is not allowed anyway.\n\n" +
      "Other councils seem to be trying pavement channels, chargers built into lamp posts, or shared charging hubs in car parks. Is anything like that planned for Colchester, and who decides where chargers go?\n\n" +
      "I think this matters for fairness. At the moment it feels as if electric cars are only practical for people with driveways, and those of us in older housing are being left behind. I would be happy for my street to be part of a trial.",
    themes: ["energy-and-environment", "transport-and-mobility"],
    district: "colchester",
    author: "citizen",
    daysAgo: 120,
    moderation: "approved",
    status: "open",
    supporters: 31,
    comments: [
      {
        author: "resident-10",
        body: "We have the same issue in Lexden. Lamp post chargers would be ideal because the lamp posts are already there.",
        daysAfter: 6,
      },
      {
        author: "resident-30",
        body: "Lamp post chargers are slow, which is fine overnight, but please make sure the cables don't become a trip hazard for wheelchair users and people with pushchairs.",
        daysAfter: 9,
        replies: [
          {
            author: "citizen",
            body: "Agreed, that's why I mentioned pavement channels. The cable should sit flush with the pavement, not across it.",
            daysAfter: 10,
          },
        ],
      },
      {
        author: "resident-25",
        body: "A shared hub in a nearby car park would suit me better than a charger outside my house, as long as overnight parking there is affordable.",
        daysAfter: 30,
      },
    ],
  },
  {
    key: "air-quality-sensors-outside-basildon-schools",
    title: "Can we have air quality sensors outside schools in Basildon?",
    body:
      "My children walk to primary school along a busy road in Basildon, and at drop-off time the traffic queues right past the school gates with engines running. I would really like to know what the air is actually like there, rather than guessing.\n\n" +
      "Could the council put small air quality sensors outside schools near main roads and publish the readings, so parents and schools can see them? If the readings are bad, that would give everyone the evidence to push for school streets, anti-idling signs or better crossings.\n\n" +
      "I know these sensors are not as accurate as the big official monitoring stations, but even showing the pattern across the day would help. The children could also use the data in science and maths lessons.",
    themes: ["health-and-care", "energy-and-environment", "education-and-skills"],
    district: "basildon",
    author: "resident-2",
    daysAgo: 95,
    moderation: "approved",
    status: "open",
    supporters: 37,
    comments: [
      {
        author: "resident-35",
        body: "Yes please. The queue outside our school in Pitsea is just as bad. Anti-idling signs on their own don't seem to change much.",
        daysAfter: 2,
      },
      {
        author: "resident-26",
        body: "I've been involved in a sensor project elsewhere. Low-cost sensors are useful for trends, but they drift over time, so whoever installs them needs to check them against a proper reference station now and then.",
        daysAfter: 15,
      },
    ],
  },
  {
    key: "smart-bins-on-southend-seafront",
    title: "Could smart bins on Southend seafront stop the overflowing rubbish on hot weekends?",
    body:
      "Every sunny weekend the bins along Southend seafront, from the pier towards Thorpe Bay, are overflowing by the afternoon. Rubbish blows onto the beach and into the estuary, and the gulls tear the bags open.\n\n" +
      "I have read about bins with sensors that tell the collection crews when they are nearly full, and some that compact the rubbish so they hold more. Could these be tried on the seafront, at least along the busiest stretch?\n\n" +
      "I realise Southend runs its own services, but I thought this portal was a good place to raise it, as the seafront is used by visitors from all over Essex.",
    themes: ["waste-and-recycling"],
    district: "southend-on-sea",
    author: "resident-3",
    daysAgo: 60,
    moderation: "approved",
    status: "open",
    supporters: 18,
    comments: [
      {
        author: "resident-22",
        body: "The bins near the pier are the worst. Even emptying them more often on bank holidays would help while any trial is being planned.",
        daysAfter: 3,
      },
    ],
  },
  {
    key: "free-after-school-coding-club-in-harlow",
    title: "Can there be a free after-school coding club in Harlow that girls actually want to go to?",
    body:
      "I'm in Year 9 at a secondary school in Harlow. We do some computing in lessons, but there isn't a coding club after school and the only one I found in town costs money every week.\n\n" +
      "I'd like there to be a free club, maybe at the library or the Playhouse, where you can make games, websites or little robots. A lot of my friends who are girls say they'd go if it wasn't just boys and if it was run by people who actually work in tech.\n\n" +
      "It would also be good if it ran in the holidays, because that's when there's nothing to do. I think it would help people decide whether they want to do computing for GCSE or later on.",
    themes: ["education-and-skills", "digital-connectivity"],
    district: "harlow",
    author: "student",
    daysAgo: 50,
    moderation: "approved",
    status: "open",
    supporters: 9,
    comments: [
      {
        author: "resident-19",
        body: "My daughter would go to this. I think lots of parents would volunteer to help if someone organised it.",
        daysAfter: 5,
      },
    ],
  },
  {
    key: "dark-sky-friendly-smart-lighting-in-uttlesford",
    title: "Could smart street lights in Uttlesford villages be dimmed and kept dark-sky friendly?",
    body:
      "I live in a village near Thaxted where we can still see the stars on a clear night. I understand old street lights are being replaced with LEDs, which should save energy, but some of the new lights I have seen elsewhere are very bright and white.\n\n" +
      "Could the new lights in rural Uttlesford use warmer colours, point down properly and dim late at night when nobody is around? I have read that some smart lighting systems can brighten when they detect a person or a car and dim again afterwards.\n\n" +
      "I would like to understand how the council balances safety, energy costs and the effect on wildlife such as bats and moths, and to hear what options are being considered before the lights go in.",
    themes: ["energy-and-environment", "community-safety"],
    district: "uttlesford",
    author: "resident-4",
    daysAgo: 40,
    moderation: "approved",
    status: "open",
    supporters: 12,
  },
  {
    key: "open-data-on-pothole-repairs",
    title: "Could the council publish open data on reported potholes and how quickly they are fixed?",
    body:
      "I report potholes regularly and I get an acknowledgement, but I never really know what happens next or how my road compares with others in Essex.\n\n" +
      "It would be really useful if the council published a regularly updated data set showing reported defects, when they were inspected and when they were repaired, with locations rounded so that nobody's house can be identified. Local groups, journalists and councillors could then see where the backlog is and whether things are improving.\n\n" +
      "I am not trying to catch anyone out. Publishing this openly would build trust, and it might help people understand why some repairs take longer than others.",
    themes: ["data-and-privacy", "transport-and-mobility"],
    district: "essex-wide",
    author: "citizen",
    daysAgo: 75,
    moderation: "approved",
    status: "open",
    supporters: 15,
  },
  {
    key: "safe-cycle-route-between-witham-and-chelmsford",
    title: "Will there be a safe cycle route between Witham and Chelmsford alongside the A12 works?",
    body:
      "I work in Chelmsford and live in Witham. On a good day I would love to cycle, but the current options are busy country lanes with fast traffic or a long detour. With all the work happening on the A12, it feels like the right moment to build a proper, separated cycle route between the two towns.\n\n" +
      "Could the council say whether a continuous route is part of the plans, and if not, why not? Even a well-signed route using quieter lanes, with a few key junctions made safer, would help.\n\n" +
      "I think a lot of people would cycle for their health if they felt safe doing it, and it would take some cars off the road at busy times.",
    themes: ["transport-and-mobility", "health-and-care"],
    district: "braintree",
    author: "resident-6",
    daysAgo: 85,
    moderation: "approved",
    status: "open",
    supporters: 22,
    comments: [
      {
        author: "resident-17",
        body: "Any route needs lighting, or at least reflective markings, for the winter months. For half the year it's dark on the way home.",
        daysAfter: 7,
      },
    ],
  },
  {
    key: "longer-computer-and-wifi-hours-at-canvey-library",
    title: "Could Canvey Island library offer longer hours for its public computers and Wi-Fi?",
    body:
      "I do not have broadband at home, and I rely on the computers and Wi-Fi at the library on Canvey Island for job applications, my Universal Credit account and my son's homework. The problem is that the hours are quite limited and the computers are often booked.\n\n" +
      "Could the Wi-Fi be left on outside opening hours, so you can sit nearby and use it, or could there be more computers or a laptop lending scheme? Even one late evening a week would make a big difference for people who work during the day.\n\n" +
      "So many services now expect you to be online, but not everyone can afford a home connection.",
    themes: ["digital-connectivity", "economy-and-jobs"],
    district: "castle-point",
    author: "resident-7",
    daysAgo: 33,
    moderation: "approved",
    status: "open",
    supporters: 6,
  },
  {
    key: "repair-cafes-in-rochford-district",
    title: "Idea: regular repair cafés in Rochford district to keep electricals out of landfill",
    body:
      "Lots of things we throw away could be fixed with a bit of know-how: toasters, lamps, laptops, bikes. A few volunteers in Rayleigh ran a one-off repair session last year and people queued out of the door.\n\n" +
      "Could the council help set up regular repair cafés, perhaps in community halls in Rayleigh, Hockley and Rochford, by helping with a venue, insurance and some publicity? Retired engineers and college students could volunteer, and it would be a way for young people to learn practical skills.\n\n" +
      "It would reduce waste, save people money and bring neighbours together. I would be happy to help organise one.",
    themes: ["waste-and-recycling", "economy-and-jobs"],
    district: "rochford",
    author: "resident-8",
    daysAgo: 28,
    moderation: "approved",
    status: "open",
    supporters: 4,
  },
  {
    key: "community-solar-on-school-roofs-in-brentwood",
    title: "Could school roofs in Brentwood host community-owned solar panels?",
    body:
      "Many school buildings in and around Brentwood have large flat or south-facing roofs with nothing on them. I have read about community energy groups elsewhere that raise money locally, install solar panels on schools, sell the electricity to the school at a lower price and use any surplus to fund local projects.\n\n" +
      "Would the council support something like this, for example by helping a community group talk to schools and understand the planning and legal side? The pupils could follow the energy data as part of their science lessons.\n\n" +
      "I am part of a small group of residents who would like to explore this, but we do not really know where to start.",
    themes: ["energy-and-environment", "education-and-skills"],
    district: "brentwood",
    author: "resident-9",
    daysAgo: 55,
    moderation: "approved",
    status: "open",
    supporters: 14,
  },
  {
    key: "telecare-alarms-and-the-digital-phone-switchover",
    title: "Will my mum's telecare alarm still work when landlines switch to digital in Tendring?",
    body:
      "My mum is in her eighties and lives on her own in Clacton. She has a pendant alarm that works through her landline. I keep hearing that landlines are moving to digital and that some older alarms may not work properly, especially in a power cut.\n\n" +
      "Who is responsible for checking that alarms like hers will keep working, and will families be told in advance? She would not know what to do if the phone company got in touch, and I worry she would not realise anything had changed until it was too late.\n\n" +
      "Could the council share clear, plain-English information for families and carers, and make sure vulnerable people are not left without a working alarm?",
    themes: ["health-and-care", "digital-connectivity"],
    district: "tendring",
    author: "resident-10",
    daysAgo: 70,
    moderation: "approved",
    status: "open",
    supporters: 27,
    comments: [
      {
        author: "resident-37",
        body: "Same worry here in Frinton. My dad's alarm company said they would be in touch, but nobody has been yet.",
        daysAfter: 4,
      },
      {
        author: "resident-28",
        body: "We were advised to ask the phone company to record my father as a vulnerable customer, and they sent a battery backup unit for his line. It's worth asking.",
        daysAfter: 9,
      },
    ],
  },
  {
    key: "air-and-noise-readings-near-tilbury-port",
    title: "Can residents see the air quality and noise readings near the port and the A13 in Thurrock?",
    body:
      "We live in Tilbury, close to the port and the lorry routes up to the A13. Traffic has grown a lot over the years, and on some days you can taste the diesel in the air. My youngest has asthma.\n\n" +
      "I understand there is some monitoring in the area, but I cannot find the readings in a form an ordinary person can understand. Could they be published openly and updated regularly, with a simple explanation of what counts as good and bad?\n\n" +
      "I would also like to know whether noise from night-time lorry movements is being measured, because it affects sleep for a lot of families here.",
    themes: ["health-and-care", "data-and-privacy"],
    district: "thurrock",
    author: "resident-11",
    daysAgo: 48,
    moderation: "approved",
    status: "open",
    supporters: 19,
  },
  {
    key: "who-can-see-cctv-footage-in-epping",
    title: "Who can see the footage from the new CCTV cameras in Epping town centre, and for how long?",
    body:
      "New cameras seem to have gone up around Epping High Street and the station. I am not against CCTV if it helps with safety, but I would like to know who operates these cameras, who can see the footage, how long it is kept and whether it is linked to anything else, such as number plate recognition.\n\n" +
      "There do not seem to be any clear signs explaining this, and I could not find the information online. Could whoever is responsible publish a simple notice setting out the purpose of the cameras and how people can ask for footage of themselves?\n\n" +
      "I think being open about this would reassure people rather than worry them.",
    themes: ["community-safety", "data-and-privacy"],
    district: "epping-forest",
    author: "resident-12",
    daysAgo: 22,
    moderation: "approved",
    status: "open",
    supporters: 8,
  },
  {
    key: "green-apprenticeships-for-career-changers",
    title: "Are green apprenticeships open to people in their forties who want to change career?",
    body:
      "I am in my mid-forties and have worked in retail for most of my life. I would like to retrain in something like heat pump installation or electric vehicle maintenance, but most of the apprenticeship adverts I see seem to be aimed at school leavers.\n\n" +
      "Are apprenticeships open to older people in practice, and is there any help with the drop in wages while training? I have a mortgage, so I cannot just live on an apprentice wage for two years.\n\n" +
      "It would be really helpful if there was a single place explaining the options for adults in Essex, including shorter courses and skills bootcamps.",
    themes: ["economy-and-jobs", "education-and-skills"],
    district: null,
    author: "resident-13",
    daysAgo: 17,
    moderation: "approved",
    status: "open",
    supporters: 11,
  },
  {
    key: "food-waste-collections-for-flats-in-chelmsford",
    title: "Why can't flats in Chelmsford city centre get food waste collections like houses do?",
    body:
      "I live in a block of flats near Chelmsford city centre. Friends in houses have a food caddy collected every week, but our block only has general waste and mixed recycling bins, so all our food waste goes in the general bin.\n\n" +
      "Is there a plan to bring food waste collections to flats? I know space for bins is tight, but some blocks have room for a shared food waste bin, and a bin with a fill sensor could tell the crews when it needs emptying so it does not get smelly.\n\n" +
      "I would happily separate my food waste if I had somewhere to put it.",
    themes: ["waste-and-recycling", "housing-and-planning"],
    district: "chelmsford",
    author: "resident-31",
    daysAgo: 35,
    moderation: "approved",
    status: "open",
    supporters: 7,
  },
  {
    key: "car-club-bays-in-new-chelmsford-estates",
    title: "Could new housing estates in Chelmsford come with electric car club bays from day one?",
    body:
      "I have just moved to one of the new estates in north-east Chelmsford. Many households here have two cars, because the buses are not yet frequent enough and there are no car club vehicles nearby.\n\n" +
      "If a couple of electric car club cars had been available from the start, I think some of us would not have bought a second car. Could developers be asked to provide car club bays and charge points as part of the planning permission for large new developments?\n\n" +
      "It seems much easier to build this in at the beginning than to retrofit it later, when every parking space is taken.",
    themes: ["transport-and-mobility", "housing-and-planning"],
    district: "chelmsford",
    author: "resident-14",
    daysAgo: 12,
    moderation: "approved",
    status: "open",
    supporters: 3,
  },
  {
    key: "live-step-free-information-at-c2c-stations",
    title: "Could live step-free access information be shared for c2c stations in Thurrock?",
    body:
      "I use a wheelchair and often travel from Grays. Several times I have arrived at a station to find that a lift is out of service, with no warning before I set off.\n\n" +
      "Is there any way live lift status and step-free information could be shared openly, so journey planning apps and council travel pages can show it? A simple screen at the bus interchange showing which lifts are working would also help.\n\n" +
      "I know the railway is not run by the council, but I would like to know whether the council can press for this as part of its transport plans.",
    themes: ["transport-and-mobility", "digital-connectivity"],
    district: "thurrock",
    author: "resident-15",
    daysAgo: 9,
    moderation: "approved",
    status: "open",
    supporters: 2,
  },
  {
    key: "getting-to-stansted-airport-jobs-without-a-car",
    title: "How can young people in Uttlesford villages get to jobs at Stansted Airport without a car?",
    body:
      "There are lots of jobs advertised at Stansted Airport, including early morning and late night shifts. My son is eighteen and lives with us in a village outside Saffron Walden. He cannot drive yet, and there is no bus that would get him to the airport for a six o'clock start.\n\n" +
      "Could there be a shared shuttle, a demand-responsive bus or a car-sharing scheme for shift workers from the villages? Employers at the airport must have the same problem filling early shifts.\n\n" +
      "It seems a shame that local young people cannot take local jobs because of transport.",
    themes: ["economy-and-jobs", "transport-and-mobility"],
    district: "uttlesford",
    author: "resident-16",
    daysAgo: 30,
    moderation: "approved",
    status: "open",
    supporters: 5,
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, under review
  // ---------------------------------------------------------------------------------------------
  {
    key: "demand-responsive-bus-for-villages-near-halstead",
    title: "Could a bookable demand-responsive bus serve the villages around Halstead and Braintree?",
    body:
      "The villages north of Braintree have lost most of their regular buses. For people who do not drive, getting to the GP, the shops in Halstead or the station at Braintree is very difficult.\n\n" +
      "I have heard about demand-responsive buses in other areas, where you book a ride through an app or by phone and a minibus picks up several people going in a similar direction. Could something like this be tried here?\n\n" +
      "It would need to work for people who do not use smartphones, so booking by phone and through the library or parish council would be important. I would also like to know how it would be paid for and whether bus passes would be accepted.",
    themes: ["transport-and-mobility", "health-and-care"],
    district: "braintree",
    author: "resident-17",
    daysAgo: 110,
    moderation: "approved",
    status: "under_review",
    claim: { by: "ecc-officer", daysAgo: 60 },
    statusNote:
      "Passed to the passenger transport team, who are looking at how this fits with the wider review of rural bus services.",
    supporters: 29,
    comments: [
      {
        author: "resident-6",
        body: "This would help my neighbour, who has to pay for a taxi every time she goes to the surgery.",
        daysAfter: 5,
      },
      {
        author: "resident-39",
        body: "Please make sure the booking window isn't too far ahead. If you have to book a day in advance it won't work for unexpected appointments.",
        daysAfter: 12,
      },
    ],
  },
  {
    key: "flood-sensors-on-the-blackwater-estuary",
    title: "Could low-cost flood sensors on the Blackwater estuary give Heybridge residents earlier warnings?",
    body:
      "We live close to the sea wall at Heybridge Basin. During high tides and storms the water comes very close, and the official warnings cover a wide area, so it is hard to know what is actually happening on our stretch of the Blackwater.\n\n" +
      "Could small water level sensors be installed on the estuary and in the drainage channels, with the readings published live? Local people, sailing clubs and businesses could then see rising water early and take precautions.\n\n" +
      "I understand that flood warnings are the Environment Agency's job, and I am not suggesting replacing them. I am asking whether more detailed local information could sit alongside the official warnings, and who would look after the sensors.",
    themes: ["energy-and-environment", "community-safety", "data-and-privacy"],
    district: "maldon",
    author: "resident-18",
    daysAgo: 150,
    moderation: "approved",
    status: "under_review",
    claim: { by: "ecc-lead", daysAgo: 70 },
    statusNote:
      "Shared with the county flood team and partners for an initial look at feasibility and who would be responsible for maintenance.",
    supporters: 33,
    comments: [
      {
        author: "resident-1",
        body: "The sailing clubs already keep informal records of tide heights. It would be great to bring that local knowledge together.",
        daysAfter: 3,
      },
      {
        author: "resident-34",
        body: "We've had similar discussions on Canvey. Whoever takes this on should talk to the Environment Agency early, so that people aren't confused by two different sets of warnings.",
        daysAfter: 8,
        replies: [
          {
            author: "resident-18",
            body: "Completely agree. I see this as extra information, not a second warning system.",
            daysAfter: 9,
          },
        ],
      },
      {
        author: "citizen",
        body: "It would be good if the data were open, so that schools and the university could use it too.",
        daysAfter: 21,
      },
    ],
  },
  {
    key: "heat-pumps-in-harlow-council-homes",
    title: "Are there plans to fit heat pumps in council homes in Harlow, and how will tenants be involved?",
    body:
      "I rent a council flat in Harlow and my heating bills have gone up a lot. I keep reading that heat pumps are the future, but I do not know whether they work in flats like mine, which were built in the sixties and are not very well insulated.\n\n" +
      "Are there plans to fit heat pumps or other low-carbon heating in council homes in Harlow? If so, will insulation come first, and will tenants be asked before anything changes? I am worried about disruption and about whether running costs will actually be lower.\n\n" +
      "I would be interested in joining a tenants' group that looks at this.",
    themes: ["energy-and-environment", "housing-and-planning"],
    district: "harlow",
    author: "resident-19",
    daysAgo: 90,
    moderation: "approved",
    status: "under_review",
    claim: { by: "industry-engineer", daysAgo: 50 },
    supporters: 21,
    comments: [
      {
        author: "resident-38",
        body: "Our block in Old Harlow had external wall insulation fitted and it made a real difference to how warm it stays. Insulation first seems sensible.",
        daysAfter: 14,
      },
    ],
  },
  {
    key: "digital-skills-sessions-for-older-people-in-clacton",
    title: "Could there be friendly, free digital skills sessions for older people in Clacton?",
    body:
      "My aunt is in her seventies and lives on her own in Clacton. She is constantly being told to do things online: book GP appointments, check her pension, pay for parking with an app. She is not daft, but nobody has ever shown her how, and she is frightened of scams.\n\n" +
      "Could there be regular, free drop-in sessions in Clacton, at the library or a community centre, where older people can bring their own phone or tablet and get patient, one-to-one help? Sessions on spotting scams would be particularly useful.\n\n" +
      "I would be willing to volunteer, and I am sure others would too, if someone could organise and support us.",
    themes: ["education-and-skills", "digital-connectivity"],
    district: "tendring",
    author: "citizen",
    daysAgo: 65,
    moderation: "approved",
    status: "under_review",
    claim: { by: "aru-researcher", daysAgo: 45 },
    supporters: 26,
    comments: [
      {
        author: "resident-37",
        body: "The library in Walton used to run something like this and it was always full. Please bring it back across the district.",
        daysAfter: 3,
      },
      {
        author: "resident-10",
        body: "Scam awareness is so important. My mum nearly gave her bank details to a fake parcel delivery text.",
        daysAfter: 6,
      },
    ],
  },
  {
    key: "how-residents-are-consulted-on-5g-masts-in-rayleigh",
    title: "How are residents consulted when 5G masts are put up in residential streets in Rayleigh?",
    body:
      "A tall 5G mast has been proposed on the pavement at the end of our road in Rayleigh. Some neighbours are very worried, and others are pleased that mobile coverage will improve, because it is poor indoors here.\n\n" +
      "I would like to understand how decisions about masts are made: who gets notified, what the council can and cannot take into account, and whether operators are encouraged to share masts or use existing buildings rather than putting new poles on pavements.\n\n" +
      "Clear information would help calm things down. At the moment rumours are spreading faster than facts.",
    themes: ["digital-connectivity", "housing-and-planning"],
    district: "rochford",
    author: "resident-20",
    daysAgo: 45,
    moderation: "approved",
    status: "under_review",
    claim: { by: "ecc-officer", daysAgo: 10 },
    supporters: 16,
    comments: [
      {
        author: "resident-27",
        body: "I'd welcome a better signal. At the moment I can't make a call inside my own house.",
        daysAfter: 2,
      },
      {
        author: "resident-8",
        body: "My concern is mainly the size and the position. A mast next to a bus stop where it narrows the pavement is a bad idea whatever the technology.",
        daysAfter: 4,
        replies: [
          {
            author: "resident-20",
            body: "That's exactly why I'd like the process explained, so people can comment on the things that can actually be changed.",
            daysAfter: 5,
          },
        ],
      },
    ],
  },
  {
    key: "privacy-of-sensors-on-street-lights",
    title: "If street lights get sensors, what data will they collect and who will it be shared with?",
    body:
      "I have read that some councils are adding sensors to street lights to measure traffic, footfall, air quality or noise. That could be useful, but I would like to know what the plans are in Essex before it happens.\n\n" +
      "Will any sensors record images or sound, or pick up signals from people's phones? How long would data be kept, and would it be shared with the police or private companies? Will there be a public register of sensors and what they do?\n\n" +
      "I think smart city projects will only have public support if people are told clearly what is being collected and why.",
    themes: ["data-and-privacy", "community-safety"],
    district: "essex-wide",
    author: "resident-21",
    daysAgo: 38,
    moderation: "approved",
    status: "under_review",
    claim: { by: "aru-researcher", daysAgo: 8 },
    supporters: 13,
  },
  {
    key: "more-school-streets-in-southend",
    title: "Could more Southend schools become 'school streets' with traffic closed at drop-off time?",
    body:
      "Outside my children's school in Westcliff the road is gridlocked at drop-off and pick-up. Cars mount the pavement and children have to squeeze between them.\n\n" +
      "Some areas close the road outside schools to traffic for half an hour at the start and end of the day, with exemptions for residents and blue badge holders. Could this be tried at more schools in Southend, perhaps using cameras instead of needing staff or volunteers to stand at barriers?\n\n" +
      "I would like to know what the process is for a school to be considered and how parents can support it.",
    themes: ["transport-and-mobility", "education-and-skills", "health-and-care"],
    district: "southend-on-sea",
    author: "resident-22",
    daysAgo: 26,
    moderation: "approved",
    status: "under_review",
    claim: { by: "ecc-lead", daysAgo: 5 },
    supporters: 17,
  },
  {
    key: "slow-broadband-in-hamlets-around-ongar",
    title: "What is being done about slow broadband in the hamlets around Ongar?",
    body:
      "We live in a small hamlet outside Ongar, not far from London, and yet our broadband is slower than my parents' connection in a remote part of Wales. Working from home is a struggle and video calls drop all the time.\n\n" +
      "We have been told we are not in any provider's plans, and the voucher schemes seem to need lots of neighbours to sign up, which is hard when there are only a handful of houses.\n\n" +
      "Could the council tell us whether properties like ours are covered by any current programme, and what we can do as a small community to get connected?",
    themes: ["digital-connectivity"],
    district: "epping-forest",
    author: "resident-23",
    daysAgo: 58,
    moderation: "approved",
    status: "under_review",
    claim: { by: "industry-engineer", daysAgo: 12 },
    supporters: 25,
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, answered
  // ---------------------------------------------------------------------------------------------
  {
    key: "full-fibre-for-villages-around-saffron-walden",
    title: "When will villages around Saffron Walden get full-fibre broadband?",
    body:
      "I run a small design business from home in a village a few miles from Saffron Walden. Our connection is slow and unreliable, and when it drops I lose work. Several neighbours are in the same position, including children trying to do homework and people working for companies in Cambridge.\n\n" +
      "The providers seem to have upgraded the towns but not us. We keep being told that it is in the plans, without a date.\n\n" +
      "Could the council explain what is happening with rural full-fibre in Uttlesford, which villages are included, and whether there is any help for the few properties that will be left out?",
    themes: ["digital-connectivity", "economy-and-jobs"],
    district: "uttlesford",
    author: "resident-24",
    daysAgo: 200,
    moderation: "approved",
    status: "answered",
    supporters: 38,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for raising this, and for being clear about the impact on your business.\n\n" +
        "Rural full-fibre in Essex is being delivered through a mix of commercial build by providers and a publicly funded programme for areas that providers are unlikely to reach on their own. The council does not build networks itself, but we work with the national programme and its suppliers to identify which premises are in scope.\n\n" +
        "**What this means for your village**\n\n" +
        "- Many villages around Saffron Walden are within the current programme area, but build dates are set by the supplier and can change after surveys.\n" +
        "- Some properties will remain outside any plan. For these, we are looking at options including community fibre partnerships and voucher-funded schemes.\n\n" +
        "We know that hearing 'it is in the plans' is frustrating. We are asking suppliers to publish clearer timelines for individual premises, and we will share updates on this portal when they are available. In the meantime, our digital connectivity team can check your address against the current plans if you contact the council through its general enquiries route.",
      daysAfter: 18,
    },
    comments: [
      {
        author: "resident-24",
        body: "Thank you. Dates for individual properties would make a huge difference, even if they are only estimates.",
        daysAfter: 20,
      },
      {
        author: "resident-16",
        body: "Our village was told the same thing. Please keep this thread updated.",
        daysAfter: 25,
      },
    ],
  },
  {
    key: "who-owns-traffic-sensor-data",
    title: "Who owns the data collected by traffic sensors on Essex roads, and can the public use it?",
    body:
      "I have noticed small sensors and cameras appearing at junctions, and I assume they count vehicles, bikes and pedestrians. I am a software developer and I would love to build a simple app showing when the roads near me are quietest for cycling.\n\n" +
      "Does the council own this data, or does it belong to the companies supplying the sensors? Is any of it published as open data, and if not, why not? I would also like to understand whether any of the sensors identify individual vehicles or people.\n\n" +
      "Open data could help local developers, students and community groups build useful tools at no cost to the council.",
    themes: ["data-and-privacy", "transport-and-mobility"],
    district: "essex-wide",
    author: "resident-25",
    daysAgo: 130,
    moderation: "approved",
    status: "answered",
    supporters: 20,
    response: {
      organisation: "essex-county-council",
      author: "ecc-lead",
      body:
        "Thank you for this question. It is an important one, and we want to answer it carefully.\n\n" +
        "**Ownership.** Our newer contracts for traffic monitoring say that data collected on the public highway belongs to the council, not the supplier. Some older equipment predates this approach, and we are reviewing those arrangements as contracts come up for renewal.\n\n" +
        "**What the sensors collect.** Most of our counters record the number and type of road users, such as cars, vans, bikes and pedestrians. They do not store images of faces. A small number of sites measure journey times by reading number plates; these convert each plate into a scrambled code straight away, do not keep the plates themselves, and delete the codes after a short period.\n\n" +
        "**Open data.** We have not yet published this data routinely, partly because of quality checks and partly because we need to be confident it cannot be combined with other data to identify people. We are preparing a first release of summarised count data and will announce it here when it is ready.\n\n" +
        "We would welcome feedback from developers like you on which format would be most useful.",
      daysAfter: 21,
    },
  },
  {
    key: "how-accurate-are-low-cost-air-quality-sensors",
    title: "How accurate are the low-cost air quality sensors being used in Chelmsford?",
    body:
      "I have seen a small air quality sensor fixed to a lamp post near my home in Chelmsford, and I found a website showing readings from similar devices. Some days the numbers look alarming and other days they look fine, even when the traffic seems the same.\n\n" +
      "How much can we trust these low-cost sensors compared with the official monitoring stations? Are they checked or calibrated, and how should ordinary residents interpret the readings?\n\n" +
      "I do not want to be needlessly worried, but I also want to know whether I should keep my children indoors on certain days.",
    themes: ["energy-and-environment", "health-and-care", "data-and-privacy"],
    district: "chelmsford",
    author: "resident-26",
    daysAgo: 100,
    moderation: "approved",
    status: "answered",
    supporters: 10,
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body:
        "Thank you for asking this. It is one of the most common questions we hear about our sensor research.\n\n" +
        "Low-cost sensors are good at showing **patterns**: when pollution rises during the school run, how one street compares with another, and how levels change with the weather. They are less reliable for exact values. Readings can be affected by humidity and temperature, and the sensors gradually drift over time.\n\n" +
        "In our current research in Chelmsford, we place some sensors alongside an official reference monitor for a period, then use those comparisons to correct the others. Even after correction, we treat the results as indicative rather than official.\n\n" +
        "For day-to-day decisions about health, the national air quality forecasts and official alerts remain the best guide, especially for people with asthma or heart and lung conditions. If your children have a health condition, their GP or asthma nurse can advise on high pollution days.\n\n" +
        "We plan to publish a plain-English guide to reading sensor data alongside our research findings, and we will share it here.",
      daysAfter: 14,
    },
    comments: [
      {
        author: "resident-3",
        body: "This is really helpful and honest. A plain-English guide would be great for parents.",
        daysAfter: 16,
      },
    ],
  },
  {
    key: "school-visits-to-real-engineering-projects",
    title: "Can school students visit real engineering projects to see what engineers actually do?",
    body:
      "I'm in Year 9 and we have to start thinking about our GCSE options. I like maths and science, but I don't really know what an engineer does all day. The careers talks at school are mostly slides.\n\n" +
      "Would any of the companies working on projects in Essex let school groups visit, like a flood defence, a wind farm or somewhere they build things? Or could engineers come into school and bring real kit to show us?\n\n" +
      "I think more people my age would think about engineering if we could actually see it. Lots of my friends think it's just fixing cars.",
    themes: ["education-and-skills", "economy-and-jobs"],
    district: "harlow",
    author: "student",
    daysAgo: 80,
    moderation: "approved",
    status: "answered",
    supporters: 6,
    response: {
      organisation: "estuary-engineering",
      author: "industry-engineer",
      body:
        "Thank you for such a clear question. You are right that slides do not show what engineering is really like.\n\n" +
        "We are an engineering firm working on flood defence, coastal and energy projects along the Essex estuaries. Live construction sites have strict safety rules, so we cannot usually bring school groups onto them, especially students under sixteen. What we can do is:\n\n" +
        "- **Visit schools** with our engineers and apprentices, bringing survey equipment, drone footage and models of the structures we build.\n" +
        "- **Host small group visits** to our offices and workshop, where students can try design software and see how projects are planned.\n" +
        "- **Support STEM clubs** with short design challenges based on real problems, such as protecting a sea wall from erosion.\n\n" +
        "Requests need to come through your school, so that safeguarding and transport can be arranged properly. If your careers lead or science teacher contacts us through this portal, we will do our best to fit in a visit this school year. Places are limited, so we cannot promise every school a visit, but we will try to spread them fairly across the county.",
      daysAfter: 10,
    },
    comments: [
      {
        author: "resident-19",
        body: "This is a great answer. I'll mention it to the science department at my son's school as well.",
        daysAfter: 12,
      },
    ],
  },
  {
    key: "contactless-and-fare-capping-on-rochford-buses",
    title: "Can all buses in Rochford district accept contactless payment and give the best-value fare?",
    body:
      "Some of the buses I use between Hockley, Rochford and Southend take contactless cards and some still seem to want cash or a paper ticket. It is confusing, and I never know whether I am paying more than I need to.\n\n" +
      "In London, contactless automatically caps your fares for the day. Could something like that work across Essex buses, so people do not need to work out which ticket to buy in advance? It would make buses much easier for occasional users and visitors.\n\n" +
      "I would also like to know what is being done for people who still need to pay in cash.",
    themes: ["transport-and-mobility"],
    district: "rochford",
    author: "resident-27",
    daysAgo: 115,
    moderation: "approved",
    status: "answered",
    supporters: 9,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for your question. We agree that fares and payment should be simple.\n\n" +
        "Most buses in Essex are run by private operators on a commercial basis, so ticketing decisions rest largely with them. The council funds some routes, and on those we can set requirements in our contracts.\n\n" +
        "Where things stand:\n\n" +
        "- Most operators in south Essex accept contactless payment on the majority of their vehicles. If you find a bus where the card reader is not working, please tell the operator so that it can be repaired.\n" +
        "- Daily capping exists on some operators' own services, but not yet **across** different operators. A county-wide capped fare would need operators to agree how income is shared, which is complex. We are discussing this through our partnership with bus operators, but we cannot promise a date.\n" +
        "- Cash will continue to be accepted. We know many people rely on it, and we have no plans to change this on the services we fund.\n\n" +
        "We will post an update here if progress is made on capping across operators.",
      daysAfter: 25,
    },
  },
  {
    key: "telecare-alarms-for-older-people-in-castle-point",
    title: "How does telecare work for older people in Castle Point, and is there help with the cost?",
    body:
      "My father lives alone in Benfleet and has had a couple of falls. The hospital suggested a telecare alarm and possibly a falls sensor, but we have been given different information about who provides it and what it costs.\n\n" +
      "Could the council explain how telecare works in Castle Point: who to contact, whether there is an assessment, what the weekly charge is likely to be and whether people on low incomes get help with the cost?\n\n" +
      "It would also be helpful to know whether newer sensors, such as ones that notice if someone has not moved around the house as usual, are available, and how that data is kept private.",
    themes: ["health-and-care", "data-and-privacy"],
    district: "castle-point",
    author: "resident-28",
    daysAgo: 160,
    moderation: "approved",
    status: "answered",
    supporters: 14,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for asking, and we are sorry your family has received mixed messages.\n\n" +
        "**How to get started.** If your father has care and support needs, he or you can ask adult social care for a needs assessment. Telecare can be part of a care plan, and some people are offered a short period of telecare without charge after a hospital stay, to support their recovery at home.\n\n" +
        "**Costs.** Where telecare is arranged as part of ongoing care, any charge depends on a financial assessment, so people on lower incomes may pay less or nothing. People can also buy alarms privately from a range of providers; prices vary, so it is worth comparing.\n\n" +
        "**Newer sensors.** Some care plans now include sensors that notice changes in daily routine, such as doors not opening or the kettle not being used. These are only installed with the person's consent, the data is used to support their care, and it is not shared for other purposes. You can ask the provider to explain exactly what is recorded and who sees it.\n\n" +
        "If it would help, the hospital discharge team can make a referral directly.",
      daysAfter: 12,
    },
    comments: [
      {
        author: "resident-28",
        body: "Thank you, that is much clearer. We didn't know about the short free period after a hospital stay.",
        daysAfter: 14,
      },
      {
        author: "resident-7",
        body: "Consent matters a lot. My aunt refused a sensor until someone sat down and explained it properly. Once she understood what it did and didn't record, she was happy with it.",
        daysAfter: 30,
      },
    ],
  },
  {
    key: "part-night-street-lighting-in-brentwood",
    title: "Why are some street lights in Brentwood switched off after midnight, and could smart lighting help?",
    body:
      "On my walk home from Shenfield station after a late shift, several streets are completely dark because the lights go off after midnight. I understand this saves money and energy, but I do not feel safe, particularly on the stretches with no houses.\n\n" +
      "Could the council look at smart lighting that stays on but dimmed, or brightens when someone walks past? I would also like to know how the council decides which roads have part-night lighting, and whether people can ask for a particular road to be reviewed.",
    themes: ["community-safety", "energy-and-environment"],
    district: "brentwood",
    author: "resident-29",
    daysAgo: 180,
    moderation: "approved",
    status: "answered",
    supporters: 23,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for raising this. Feeling safe on the way home matters, and we take concerns about part-night lighting seriously.\n\n" +
        "**How decisions are made.** Part-night lighting was introduced to reduce energy use and carbon emissions. Some roads stay lit all night, including many main roads, busy junctions, areas covered by CCTV and places with a history of crime or collisions. Residential roads are more likely to be part-night.\n\n" +
        "**Smart lighting.** As lights are converted to LED, many are being connected to a central management system. This lets us dim lights rather than switch them off, and change the timings for particular streets. We are not currently planning lights that brighten when someone walks past; our trials so far suggest well-set dimming gives most of the benefit, but we are keeping this under review.\n\n" +
        "**Requesting a review.** You can ask for a specific road to be reviewed. We consider police advice, recorded incidents and local circumstances, such as walking routes from stations. We have passed the route you describe to our street lighting team to look at.",
      daysAfter: 20,
    },
    comments: [
      {
        author: "resident-9",
        body: "I'd support dimming instead of switching off. The darkness on the roads near the station is a real concern for women walking home alone.",
        daysAfter: 22,
      },
      {
        author: "resident-29",
        body: "Thank you for passing it on. I'll list the specific streets when I put in the review request.",
        daysAfter: 23,
      },
      {
        author: "resident-4",
        body: "Please remember that rural areas want darkness for wildlife too. Dimming seems like a good compromise for everyone.",
        daysAfter: 40,
      },
    ],
  },
  {
    key: "short-heat-pump-and-solar-courses-in-colchester",
    title: "Are there short courses in Colchester for learning about heat pumps and solar installation?",
    body:
      "I am a qualified plumber based in Colchester, and customers keep asking me about heat pumps and solar panels. I would like to add these skills, but the courses I have found are either far away or very expensive, and I cannot take weeks off work.\n\n" +
      "Are there any short, part-time or evening courses locally, and is there funding for small businesses and sole traders? It would also be good to know whether local colleges and universities are working together on this.\n\n" +
      "I think there will be a shortage of installers if people like me cannot retrain quickly.",
    themes: ["education-and-skills", "economy-and-jobs", "energy-and-environment"],
    district: "colchester",
    author: "resident-30",
    daysAgo: 140,
    moderation: "approved",
    status: "answered",
    supporters: 12,
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body:
        "Thank you for your question. Experienced tradespeople retraining is exactly what the region needs.\n\n" +
        "Anglia Ruskin University works with further education colleges and employers across Essex on low-carbon skills. Universities are not usually the right place for installer certification itself, which is mostly delivered by colleges and accredited training centres, but we can help in a few ways:\n\n" +
        "- We are developing **short, part-time professional courses** on low-carbon heating design and building performance, aimed at people already working in the trades. We hope to pilot the first of these next academic year, subject to approval.\n" +
        "- We are working with colleges in the county to map what practical installer training is available and where the gaps are. We will publish a summary when this is complete.\n" +
        "- Some courses may be eligible for government skills funding for adults. The rules change regularly, so please check eligibility with the course provider before you apply.\n\n" +
        "We would welcome your views on timing and format. Evening and weekend sessions come up often, and feedback like yours helps us make the case for them.",
      daysAfter: 16,
    },
  },
  {
    key: "where-does-our-recycling-go",
    title: "Where does our recycling actually go once it is collected?",
    body:
      "I rinse and sort everything carefully, but I keep hearing stories that recycling ends up being burned or shipped abroad. It is hard to stay motivated if I do not know what happens to it.\n\n" +
      "Could the council publish clear information, ideally as open data, showing where each type of material goes after collection, how much is actually recycled and how much is rejected because it is contaminated?\n\n" +
      "I think people would recycle better if they understood what causes problems at the sorting plant. A short explanation of which items cause the most trouble would be really useful.",
    themes: ["waste-and-recycling", "data-and-privacy"],
    district: null,
    author: "resident-31",
    daysAgo: 170,
    moderation: "approved",
    status: "answered",
    supporters: 16,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for your question. Knowing what happens to your recycling is a fair expectation.\n\n" +
        "In most of Essex, district and borough councils collect household waste and recycling, and the county council is responsible for disposing of it. Southend-on-Sea and Thurrock are unitary councils and manage their own arrangements, so the details below apply to the rest of the county.\n\n" +
        "**Where it goes.** Mixed recycling is taken to sorting facilities, where it is separated into paper, card, plastics, metals and glass, and then sold to reprocessors. Our contractors report to us where each material is sent, and we are checking those reports so that we can publish a clearer breakdown.\n\n" +
        "**Contamination.** Some material is rejected because it is dirty or is the wrong type. Food waste, nappies, textiles and plastic bags are among the items that cause the most problems at sorting facilities.\n\n" +
        "**Open data.** We already publish yearly waste figures. We are working on a summary showing end destinations by material, and we intend to release it as open data. We will post an update here when it is available.",
      daysAfter: 28,
    },
  },
  {
    key: "is-the-council-using-ai-to-make-decisions",
    title: "Is the council using AI to make decisions about residents, and how would we know?",
    body:
      "I keep reading about public bodies using artificial intelligence and algorithms to decide things like benefits, school places or which families get extra support. Some of the stories from other countries are worrying.\n\n" +
      "Is the council using any AI or automated decision-making tools that affect residents? If so, what are they used for, is a human always involved in the final decision, and is there a public list of them?\n\n" +
      "I am not against technology, but I believe people have a right to know when a computer has been involved in a decision about them, and how to challenge it.",
    themes: ["data-and-privacy", "digital-connectivity"],
    district: null,
    author: "resident-32",
    daysAgo: 60,
    moderation: "approved",
    status: "answered",
    supporters: 18,
    response: {
      organisation: "essex-county-council",
      author: "ecc-lead",
      body:
        "Thank you for this important question.\n\n" +
        "The council uses some automated tools, mainly to help staff with routine work, such as sorting enquiries, forecasting demand for services or spotting possible errors in data. Some staff also use AI tools to help draft and summarise documents, which are then checked by a person.\n\n" +
        "**Human decisions.** We do not use AI or algorithms to make final decisions about individual residents' entitlements or care. Where a tool helps to prioritise cases, a trained member of staff reviews the information and makes the decision.\n\n" +
        "**Transparency.** We agree people should be able to see which tools we use. We are compiling a public register of algorithmic tools, describing what each one does, what data it uses and how it is overseen. We aim to publish it this year and will share it on this portal.\n\n" +
        "**Your rights.** Under data protection law, you can ask whether automated processing was used in a decision about you, and in many cases request a human review. Our data protection team can help with these requests.\n\n" +
        "We would welcome residents' views on what the register should include.",
      daysAfter: 19,
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, planned
  // ---------------------------------------------------------------------------------------------
  {
    key: "ev-charge-points-at-chelmsford-park-and-ride",
    title: "Could the Chelmsford park and ride sites have EV charge points for commuters?",
    body:
      "I drive an electric car and use the park and ride into Chelmsford most weekdays. It would make so much sense to have chargers at the park and ride sites, where cars sit for eight hours or more.\n\n" +
      "Slow chargers would be fine and could be cheaper to install than rapid ones. It would encourage more people to leave their cars outside the city, and it would help people who cannot charge at home.\n\n" +
      "Is this something the council has considered, and could it be paid for through a charging fee?",
    themes: ["transport-and-mobility", "energy-and-environment"],
    district: "chelmsford",
    author: "resident-33",
    daysAgo: 210,
    moderation: "approved",
    status: "planned",
    supporters: 30,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for this suggestion, which several other residents have also made.\n\n" +
        "We agree that park and ride sites are a good location for charging. Cars are parked for long periods, there is space, and it helps people who cannot charge at home.\n\n" +
        "**What is planned.** We are including charge points at both Chelmsford park and ride sites in the next phase of our public charging programme. Subject to the electricity network connection being confirmed, we expect to install a mix of standard chargers for all-day parking and a small number of faster chargers.\n\n" +
        "**Costs.** The charge points will be installed and run by a charging operator under a contract with the council, and users will pay for the electricity they use. We will set out the tariffs before the chargers open.\n\n" +
        "**Timing.** Network connections are often the longest part of the process, so we cannot give a firm date yet. We will update this page when the works are scheduled.\n\n" +
        "We will also monitor how the chargers are used, to help plan whether more are needed.",
      daysAfter: 30,
    },
    comments: [
      {
        author: "resident-14",
        body: "Good news. Please make sure some of the bays are accessible for disabled drivers, with enough space around the charger.",
        daysAfter: 32,
      },
      {
        author: "resident-33",
        body: "Thank you. Standard chargers are exactly what commuters need.",
        daysAfter: 33,
      },
    ],
  },
  {
    key: "drain-and-ditch-sensors-on-canvey-island",
    title: "Could sensors in drains and ditches on Canvey Island help prevent surface water flooding?",
    body:
      "Canvey Island is flat and much of it is below high tide level, and after heavy rain some streets flood quickly even when the sea defences are fine. Neighbours say the ditches and drains get blocked and nobody knows until water is coming up through the road.\n\n" +
      "Could sensors be fitted in key drains, ditches and pumping points to show water levels and warn when something is blocked, so crews can be sent out before properties flood?\n\n" +
      "I am sure the engineering is not simple, but the cost of flooding to households is huge, and the island's drainage seems ready for some smarter monitoring.",
    themes: ["energy-and-environment", "community-safety"],
    district: "castle-point",
    author: "resident-34",
    daysAgo: 190,
    moderation: "approved",
    status: "planned",
    supporters: 28,
    response: {
      organisation: "estuary-engineering",
      author: "industry-engineer",
      body:
        "Thank you for your question. Canvey Island's drainage is complex, with a network of ditches, culverts and pumping stations that work together, so it is a good place to test monitoring.\n\n" +
        "Estuary Engineering is working with the responsible authorities on a **pilot of water level and blockage sensors** at a small number of locations on the island. The pilot will:\n\n" +
        "- monitor levels in selected ditches and culverts known to be prone to blockage\n" +
        "- alert maintenance teams when levels rise unusually quickly, so they can check for blockages\n" +
        "- test how well battery-powered sensors cope with silt, salt water and vandalism\n\n" +
        "The sensors will not replace official flood warnings, and they will not tell individual households when to act. Their purpose is to help maintenance teams respond earlier.\n\n" +
        "Installation is planned for the coming months, subject to access agreements with landowners. After a year of operation we expect to share what worked, what did not, and whether the approach should be extended. We will post updates here.",
      daysAfter: 35,
    },
    comments: [
      {
        author: "resident-21",
        body: "Please make sure the data from these sensors is published, even if it's only daily summaries.",
        daysAfter: 40,
      },
    ],
  },
  {
    key: "digital-help-hub-at-basildon-library",
    title: "Could Basildon library become a digital help hub with devices and data people can borrow?",
    body:
      "I volunteer at a community centre in Basildon, and a lot of the people I meet cannot afford a laptop or a mobile data plan. They struggle to apply for jobs, manage benefits or help their children with homework. Some charities give away refurbished laptops, but there is no single place to go.\n\n" +
      "Could the library in Basildon town centre become a digital help hub, with devices to borrow, free SIM cards with data for people who qualify, and volunteers to help people get started?\n\n" +
      "It would be good if local businesses could donate old laptops to be securely wiped and reused.",
    themes: ["digital-connectivity", "education-and-skills"],
    district: "basildon",
    author: "resident-35",
    daysAgo: 125,
    moderation: "approved",
    status: "planned",
    supporters: 15,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for your suggestion. We agree that access to a device, data and help is essential for taking part in everyday life.\n\n" +
        "Essex libraries already offer free computer and Wi-Fi access, and some libraries take part in schemes providing free mobile data to people who qualify. However, what is available varies from library to library, which is confusing.\n\n" +
        "**What we are planning for Basildon.** Basildon library has been chosen as one of the first sites for a more joined-up **digital help hub**. Subject to final funding decisions, this will include:\n\n" +
        "- a small pool of laptops and tablets that can be borrowed\n" +
        "- free data SIMs for people who meet the eligibility criteria\n" +
        "- regular drop-in help sessions with trained staff and volunteers\n\n" +
        "We are also talking to local organisations about donating old devices. Any donated device would be securely wiped by an accredited partner before reuse.\n\n" +
        "We expect to open the hub in phases and will share the details on this page first. We would welcome volunteers and will explain how to get involved nearer the time.",
      daysAfter: 22,
    },
  },
  {
    key: "air-quality-study-at-colchester-primary-schools",
    title: "Could a university study measure air quality at Colchester schools and involve the pupils?",
    body:
      "My daughter's primary school in Colchester is close to a busy junction, and parents often talk about the fumes at pick-up time. I would love to see a proper study rather than guesswork.\n\n" +
      "Could a university run a study with a few schools, measuring air quality over a term, comparing quieter streets with busier roads, and involving the pupils in collecting and understanding the data? It could teach science and maths while answering a real local question.\n\n" +
      "I would be happy to help with this through the school's parents' association.",
    themes: ["health-and-care", "education-and-skills", "energy-and-environment"],
    district: "colchester",
    author: "resident-36",
    daysAgo: 135,
    moderation: "approved",
    status: "planned",
    supporters: 19,
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body:
        "Thank you for this excellent suggestion.\n\n" +
        "Our researchers have been planning a schools-based air quality project in north Essex, and your question has helped us shape it. We intend to work with a small number of primary schools in Colchester over one school year.\n\n" +
        "**What the study will involve:**\n\n" +
        "- low-cost sensors at school entrances and in playgrounds, checked against a reference monitor\n" +
        "- comparing pollution levels on days with different traffic patterns, including any temporary school street closures\n" +
        "- classroom activities designed with teachers, so pupils can explore the data safely\n\n" +
        "The sensors will not collect any personal data about pupils. Classroom activities will follow each school's own safeguarding and consent processes.\n\n" +
        "The project depends on final ethical approval and on agreement from the participating schools, and we will not be able to include every school that is interested. We will publish the results in plain English and share them with schools, parents and the council. If your school would like to express interest, please ask the headteacher to contact the university through this portal.",
      daysAfter: 24,
    },
  },
  {
    key: "solar-lit-bus-shelters-in-tendring",
    title: "Could bus shelters in Clacton and Harwich have solar lighting and timetable screens?",
    body:
      "Many bus shelters in Tendring have no lighting at all, so in winter you are standing in the dark and cannot read the timetable. Some do not even have a timetable.\n\n" +
      "I have seen bus shelters elsewhere with small solar panels on the roof that power a light and a simple electronic display. That would make a big difference in places like Clacton seafront, Harwich and the villages, where there is no electricity supply nearby.\n\n" +
      "Could the council try a few of these, especially at stops used by older people and schoolchildren?",
    themes: ["transport-and-mobility", "energy-and-environment"],
    district: "tendring",
    author: "resident-37",
    daysAgo: 105,
    moderation: "approved",
    status: "planned",
    supporters: 8,
    response: {
      organisation: "essex-county-council",
      author: "ecc-lead",
      body:
        "Thank you for this idea. Dark shelters without timetables are a real barrier, particularly in winter and for people with limited mobility or sight.\n\n" +
        "We are planning a **trial of solar-powered lighting and low-energy display screens** at a small number of bus stops in Tendring, chosen because they have no mains power and are well used by older residents and school pupils. Stops in Clacton, Harwich and at least one village will be included.\n\n" +
        "Some things to be aware of:\n\n" +
        "- Solar power works well for lighting, but short winter days limit how much power is available for screens. The trial will test this honestly, and some displays may only show the next few departures.\n" +
        "- Screens depend on live data from bus operators, which is not yet available for every route.\n" +
        "- Not all shelters belong to the county council. Some are owned by parish or town councils or by advertising companies, so extending any scheme will need their agreement.\n\n" +
        "We will share the list of trial stops once it is confirmed, and report back on what we learn.",
      daysAfter: 40,
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, in progress
  // ---------------------------------------------------------------------------------------------
  {
    key: "real-time-screens-at-harlow-bus-station",
    title: "When will the real-time departure screens at Harlow bus station be fixed or replaced?",
    body:
      "The departure screens at Harlow bus station have been blank or wrong for as long as I can remember. I usually end up crowding around the one working screen with everyone else, or asking the driver, which holds everyone up.\n\n" +
      "The town centre is being improved, and good information at the bus station should be part of that. Could the screens be replaced with new ones that show live times for all operators, including the buses to the railway station, Old Harlow and the hospital?\n\n" +
      "It would also help to have audio announcements for people with sight loss, and clear information when services are disrupted.",
    themes: ["transport-and-mobility", "digital-connectivity"],
    district: "harlow",
    author: "resident-38",
    daysAgo: 220,
    moderation: "approved",
    status: "in_progress",
    supporters: 35,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for raising this, and we apologise for how long the screens have been unreliable.\n\n" +
        "The old screens use a system that is no longer supported, and repairs have not been possible. We are replacing them as part of a wider upgrade of real-time passenger information in the county.\n\n" +
        "**Progress so far:**\n\n" +
        "- New screens have been ordered, designed to show live departures from every operator that shares its data.\n" +
        "- Cabling works at the bus station are under way, and we are coordinating with the town centre improvements to avoid digging twice.\n" +
        "- Audio announcements at the press of a button will be available in the main departure area.\n\n" +
        "Live information depends on each operator's buses sending accurate location data. Most of the routes you mention are covered, but where an operator is not yet providing data, its services will show timetabled times until it does.\n\n" +
        "We expect the new screens to be working within the next few months and will post an update on this page once they are switched on.",
      daysAfter: 15,
    },
    comments: [
      {
        author: "resident-22",
        body: "Good to see progress. Could the screens also show when a bus has been cancelled, rather than it just dropping off the list?",
        daysAfter: 18,
        replies: [
          {
            author: "resident-38",
            body: "Yes, that's the most frustrating part. A bus just disappears and you don't know whether it's coming.",
            daysAfter: 19,
          },
        ],
      },
      {
        author: "student",
        body: "The screens would help loads of students who get the bus to school and college from there.",
        daysAfter: 30,
      },
      {
        author: "resident-19",
        body: "Is there an update on when they will be switched on? The cabling work seems to have finished.",
        daysAfter: 120,
      },
    ],
  },
  {
    key: "bin-sensors-in-braintree-town-centre",
    title: "Could sensors in Braintree town centre bins mean fewer overflowing bins and fewer wasted trips?",
    body:
      "Some of the litter bins in Braintree town centre are overflowing by lunchtime on market days, while others seem to be emptied when they are almost empty. I assume the crews follow a fixed route.\n\n" +
      "Sensors that measure how full bins are could help plan collections, reducing both overflowing bins and unnecessary trips. They could also show where more litter or recycling bins are needed.\n\n" +
      "Is this something the council or its contractors have tried, and would the data be shared with the public?",
    themes: ["waste-and-recycling", "data-and-privacy"],
    district: "braintree",
    author: "resident-39",
    daysAgo: 95,
    moderation: "approved",
    status: "in_progress",
    supporters: 11,
    response: {
      organisation: "estuary-engineering",
      author: "industry-engineer",
      body:
        "Thank you for this question. Estuary Engineering is supporting a small **bin sensor trial** in Braintree town centre on behalf of the local waste partners.\n\n" +
        "The trial involves fitting fill-level sensors to a selection of litter and recycling bins on the main shopping streets and around the market. The sensors measure how full each bin is and send a reading a few times a day. They do not include cameras or microphones, and they do not collect any personal data.\n\n" +
        "**Where the trial is now:**\n\n" +
        "- Sensors have been fitted, and we are checking their accuracy against manual inspections.\n" +
        "- Collection crews are starting to use the readings to adjust their rounds on market days.\n" +
        "- We are testing how well the sensors cope with rain, heat and mixed waste, which can confuse the readings.\n\n" +
        "At the end of the trial we will produce a short report, including whether the approach saves trips and reduces overflowing bins. Publishing summary fill-level data as open data is being discussed, and that decision will rest with the councils involved.",
      daysAfter: 26,
    },
  },
  {
    key: "home-sensors-to-support-hospital-discharge",
    title: "Could home sensors help older people come home from hospital sooner and more safely?",
    body:
      "My grandmother spent weeks longer in hospital than she needed to, partly because everyone was worried about her being alone at home in Loughton. She is very independent and hated being stuck on a ward.\n\n" +
      "I have read about trials of simple sensors in the home that notice if someone has not got up, has not opened the fridge or has had a fall, and alert family or a care team. Could something like this be offered to older people leaving hospital in Essex?\n\n" +
      "I would want to know that the data is private, and that sensors do not replace real human contact and care visits.",
    themes: ["health-and-care", "data-and-privacy"],
    district: "epping-forest",
    author: "resident-40",
    daysAgo: 175,
    moderation: "approved",
    status: "in_progress",
    supporters: 22,
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body:
        "Thank you for sharing your grandmother's experience. Delays in leaving hospital are distressing for people and their families, and we share your view that technology should support human care, not replace it.\n\n" +
        "Researchers at Anglia Ruskin University are working with health and care partners on an **evaluation of home sensor packages** for people returning home after a hospital stay. The study is under way and is looking at:\n\n" +
        "- whether people feel safer and more independent at home\n" +
        "- how families and care teams use the alerts, and whether the alerts are timely and accurate\n" +
        "- what people think about privacy and being monitored\n\n" +
        "Participants only take part after a full explanation, and they can withdraw at any time. The sensors record activity, such as movement and doors opening, but not video or sound. Data is held securely and used only for the person's care and for anonymised research analysis.\n\n" +
        "The study is running in selected areas only, so we cannot offer it to everyone yet. We will publish our findings in plain English, including what did not work, so that any decisions about wider use are based on evidence.",
      daysAfter: 30,
    },
    comments: [
      {
        author: "resident-28",
        body: "Really pleased to see privacy being taken seriously. Consent has to be ongoing, not a form signed once in a hurry on the ward.",
        daysAfter: 35,
      },
      {
        author: "resident-40",
        body: "Thank you. I hope the areas will include Loughton and Epping.",
        daysAfter: 36,
      },
    ],
  },
  {
    key: "green-engineering-apprenticeships-in-thurrock",
    title: "Could there be more green engineering apprenticeships for young people in Thurrock?",
    body:
      "Thurrock has the port, the Thames, big logistics sites and lots of talk about green energy, but I do not see many young people from Grays or Tilbury getting the skilled jobs. My nephew left school last year and could only find warehouse work.\n\n" +
      "Could local employers, colleges and councils work together to create more apprenticeships in green engineering, such as offshore wind, flood defences, electrical systems and low-carbon construction? It would help if they were advertised in schools and in plain language.\n\n" +
      "I would like to know what is being done now and how young people can find out about these opportunities.",
    themes: ["economy-and-jobs", "education-and-skills", "energy-and-environment"],
    district: "thurrock",
    author: "citizen",
    daysAgo: 150,
    moderation: "approved",
    status: "in_progress",
    supporters: 25,
    response: {
      organisation: "estuary-engineering",
      author: "industry-engineer",
      body:
        "Thank you for this question. We agree that local young people should be able to benefit from the green industries growing along the Thames estuary.\n\n" +
        "Estuary Engineering takes on apprentices each year in civil engineering, electrical engineering and environmental monitoring. We are working with a local college and other employers to **expand our apprenticeship intake**, with a particular focus on young people from Thurrock and south Essex.\n\n" +
        "**What is happening now:**\n\n" +
        "- We have started visiting secondary schools in Grays, Tilbury and nearby to talk about careers in green engineering, with our apprentices sharing their own experiences.\n" +
        "- We are running taster days for school leavers, open to anyone aged sixteen or over.\n" +
        "- We are reviewing our job adverts to remove jargon and unnecessary entry requirements.\n\n" +
        "We cannot guarantee a set number of places, as this depends on the projects we win and the support available from funding schemes. However, we will report back here on what we have achieved over the next year. Young people can register their interest through their school or college careers adviser.",
      daysAfter: 28,
    },
    comments: [
      {
        author: "resident-15",
        body: "Plain-language adverts would make a real difference. A lot of young people are put off by long lists of requirements they don't understand.",
        daysAfter: 32,
      },
    ],
  },
  {
    key: "planning-applications-as-open-data-in-brentwood",
    title: "Could planning applications be published as open data with maps, so residents can follow them easily?",
    body:
      "Finding planning applications near me in Brentwood is hard work. The search tool is difficult to use on a phone, and I only hear about big developments when the diggers arrive.\n\n" +
      "Could planning data be published as open data, with a simple map, so residents and community groups can see applications near them and get alerts? Some local groups would build their own tools if the data was available.\n\n" +
      "I understand the borough council handles most applications, but the county council deals with some, such as schools, minerals and waste. Could they work together on this?",
    themes: ["housing-and-planning", "data-and-privacy"],
    district: "brentwood",
    author: "resident-29",
    daysAgo: 160,
    moderation: "approved",
    status: "in_progress",
    supporters: 13,
    response: {
      organisation: "essex-county-council",
      author: "ecc-lead",
      body:
        "Thank you for this well-informed question. You are right that most planning applications are decided by district and borough councils, while the county council deals with applications for schools, minerals, waste and some of its own developments.\n\n" +
        "**What we are doing.** We are working with several district councils, including Brentwood, on a shared approach to publishing planning data in a standard open format. This follows national work to make planning data more consistent across the country. The first step, which is under way, is publishing the county council's own planning applications as open data with map locations.\n\n" +
        "**What this could enable:**\n\n" +
        "- maps showing applications near a given location\n" +
        "- alerts for new applications in an area\n" +
        "- tools built by community groups and developers using the same data\n\n" +
        "District councils will decide their own timescales, and older records may take longer to convert. Personal information, such as the names of people who comment on applications, will not be included in the open data.\n\n" +
        "We will post an update on this page when the county data is released and as more districts join.",
      daysAfter: 45,
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, delivered
  // ---------------------------------------------------------------------------------------------
  {
    key: "cycle-counters-on-chelmsford-routes",
    title: "Could the council publish how many people use Chelmsford's cycle routes?",
    body:
      "New cycle lanes have been built in Chelmsford, and I keep hearing people say that nobody uses them. As a regular cyclist I see plenty of people, but I have no figures to point to.\n\n" +
      "Could counters be installed on the main routes and the numbers published, ideally updated daily? It would settle the argument either way and help plan where improvements are needed.\n\n" +
      "A display showing the daily count on one of the busiest routes would also be a nice way to show people how many others cycle.",
    themes: ["transport-and-mobility", "data-and-privacy"],
    district: "chelmsford",
    author: "resident-26",
    daysAgo: 280,
    moderation: "approved",
    status: "delivered",
    statusNote:
      "Automatic cycle counters are now in place on several of Chelmsford's main cycle routes, and the counts are published as open data, updated daily. A public display is running on one of the busiest routes.",
    supporters: 16,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for your suggestion. We agree that reliable figures help everyone have a better-informed discussion about cycling.\n\n" +
        "We are installing automatic counters on several of the main cycle routes in Chelmsford. They use sensors set into the road surface that detect bicycles passing over them. They do not use cameras and do not collect any personal information.\n\n" +
        "**What we will publish:**\n\n" +
        "- daily counts for each location, released as open data\n" +
        "- a simple summary showing trends by month and season\n" +
        "- a public display on one busy route showing the count for the day and the year so far\n\n" +
        "Counts can be affected by the weather, school holidays and roadworks, so we will explain these factors alongside the figures. It will take some time to build up enough data to show reliable trends.\n\n" +
        "We will update this page when the counters and the display are live.",
      daysAfter: 30,
    },
  },
  {
    key: "holiday-coding-clubs-in-rochford-libraries",
    title: "Could libraries in Rochford district run coding clubs for children during the holidays?",
    body:
      "In the school holidays there is not much for children in Rochford district to do that does not cost money. My son loves computers and would love to learn to code, but the nearest clubs are in Southend or Chelmsford and they are expensive.\n\n" +
      "Could the libraries in Rayleigh, Rochford or Hockley run free coding clubs in the holidays? University students studying computing could help run them, which would give them experience too.\n\n" +
      "It would be great for children who might not otherwise get the chance to try programming.",
    themes: ["education-and-skills", "digital-connectivity"],
    district: "rochford",
    author: "resident-20",
    daysAgo: 260,
    moderation: "approved",
    status: "delivered",
    statusNote:
      "Free holiday coding clubs ran at Rayleigh and Hockley libraries over the summer and the autumn half term, supported by university student volunteers. Further sessions will be advertised through the libraries.",
    supporters: 20,
    response: {
      organisation: "anglia-ruskin-university",
      author: "aru-researcher",
      body:
        "Thank you for this suggestion. Anglia Ruskin University already runs outreach activities with schools, and this is a good opportunity to work with Essex libraries as well.\n\n" +
        "We are working with the library service to run **free holiday coding clubs** in Rochford district. The sessions will be led by trained university student ambassadors studying computing and engineering, with library staff present at all times.\n\n" +
        "**What to expect:**\n\n" +
        "- sessions for children aged roughly eight to thirteen, with separate beginner and improver groups\n" +
        "- activities such as building simple games, programming small robots and making animations\n" +
        "- laptops provided, so children do not need to bring their own device\n\n" +
        "Places will be free but limited, and booking will be through the libraries. All student ambassadors will have the appropriate safeguarding checks and training.\n\n" +
        "We will review the sessions afterwards with parents and children, and use the feedback to decide whether to extend the clubs to other libraries.",
      daysAfter: 20,
    },
    comments: [
      {
        author: "resident-20",
        body: "My son went to the summer sessions in Rayleigh and loved them. He has been making games ever since. Thank you to everyone involved.",
        daysAfter: 120,
      },
      {
        author: "resident-27",
        body: "Great to see this happen. It would be nice to have some sessions on Saturdays during term time too.",
        daysAfter: 125,
        replies: [
          { author: "resident-20", body: "Agreed, Saturday mornings would work well for us as well.", daysAfter: 126 },
        ],
      },
    ],
  },
  {
    key: "public-tide-and-weather-data-from-maldon-sea-wall",
    title: "Could the monitoring station from the Maldon sea wall works share its tide and weather data publicly?",
    body:
      "During the recent sea wall works near Promenade Park, the contractors installed what looks like a monitoring station measuring tide height and wind. I assume it is for the engineers, but it would be brilliant if the readings were available to everyone.\n\n" +
      "Sailors, paddleboarders, anglers and people walking along the sea wall would all benefit from knowing live tide heights and wind speeds. Schools could use the data for geography projects too.\n\n" +
      "Could the data be shared openly once the works are finished, rather than the equipment being taken away?",
    themes: ["energy-and-environment", "data-and-privacy"],
    district: "maldon",
    author: "resident-1",
    daysAgo: 240,
    moderation: "approved",
    status: "delivered",
    statusNote:
      "The monitoring station at Promenade Park has stayed in place after the works finished. Its live tide height and wind readings are now published as open data, with a simple display for visitors.",
    supporters: 24,
    response: {
      organisation: "estuary-engineering",
      author: "industry-engineer",
      body:
        "Thank you for this suggestion. You are right that the station was installed to support the sea wall works, measuring water levels and wind so that we could plan activities safely.\n\n" +
        "We have agreed with the council that the station will **stay in place** after construction is complete, and that its readings will be made available to the public. Before this can happen, we need to:\n\n" +
        "- carry out a final calibration of the instruments\n" +
        "- hand over ownership and maintenance responsibilities to the council\n" +
        "- set up a simple public display and an open data feed\n\n" +
        "Please note that the readings are for general information only. They should not be used in place of official tide tables, weather forecasts or safety advice, particularly for sailing and water sports.\n\n" +
        "We expect to complete the handover over the next few months, and the council will confirm here when the data is live.",
      daysAfter: 21,
    },
  },
  {
    key: "tablet-lending-for-older-people-in-epping-forest",
    title: "Could older people in Epping Forest borrow a tablet and get help learning to use it?",
    body:
      "My father lives in Waltham Abbey and would like to video call his grandchildren, but he does not want to spend money on a tablet without knowing whether he can use it. Many of his friends are the same.\n\n" +
      "Could libraries or community groups lend tablets to older people for a few weeks, with someone to help them set it up and learn the basics? If they like it, they can then decide whether to buy their own.\n\n" +
      "This could really help with loneliness, particularly for people who cannot get out much.",
    themes: ["digital-connectivity", "health-and-care"],
    district: "epping-forest",
    author: "resident-23",
    daysAgo: 270,
    moderation: "approved",
    status: "delivered",
    statusNote:
      "A tablet lending scheme with volunteer digital buddies is now running in Epping Forest libraries, including Waltham Abbey, Loughton and Epping. Tablets can be borrowed for several weeks at a time.",
    supporters: 32,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for this thoughtful suggestion. Loneliness and digital exclusion often go together, and a chance to try before buying can make a real difference.\n\n" +
        "We are launching a **tablet lending scheme** in libraries in Epping Forest, starting with Waltham Abbey, Loughton and Epping. People will be able to borrow a tablet, set up with simple apps for video calling, reading and news, for several weeks at a time.\n\n" +
        "Each borrower will be offered support from a trained **digital buddy** volunteer, who can help with setting up, making a first video call and staying safe online. Tablets will include mobile data, so they can be used by people without home broadband.\n\n" +
        "Tablets are wiped and reset between loans, so no personal information is passed on to the next borrower.\n\n" +
        "We are recruiting volunteers now. If the scheme is successful, we hope to extend it to other districts, but this will depend on funding and demand.",
      daysAfter: 25,
    },
    comments: [
      {
        author: "resident-23",
        body: "Dad borrowed one last month and is now video calling the grandchildren every Sunday. Thank you.",
        daysAfter: 150,
      },
      {
        author: "resident-12",
        body: "The digital buddy at Loughton library was so patient with my neighbour. Please keep this going.",
        daysAfter: 160,
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, declined
  // ---------------------------------------------------------------------------------------------
  {
    key: "facial-recognition-cameras-in-basildon-town-centre",
    title:
      "Should Basildon town centre use facial recognition cameras to tackle shoplifting and anti-social behaviour?",
    body:
      "Shoplifting and anti-social behaviour in Basildon town centre seem to be getting worse, and shop staff have told me they feel unsafe. I have read that some places use live facial recognition cameras to spot known offenders.\n\n" +
      "Would the council consider using this technology in the town centre? I would only want it if it was used responsibly and images of innocent people were deleted straight away.\n\n" +
      "I know some people have privacy concerns, but I think most law-abiding people would accept it if it made the town centre safer.",
    themes: ["community-safety", "data-and-privacy"],
    district: "basildon",
    author: "resident-35",
    daysAgo: 100,
    moderation: "approved",
    status: "declined",
    statusNote:
      "The county council will not be introducing live facial recognition cameras in public spaces. Decisions about this technology rest with the police. We will keep supporting other town centre safety measures.",
    supporters: 3,
    response: {
      organisation: "essex-county-council",
      author: "ecc-lead",
      body:
        "Thank you for raising this. We understand that shop workers and visitors need to feel safe in Basildon town centre.\n\n" +
        "After careful consideration, the county council will **not** be introducing live facial recognition in public spaces. There are several reasons for this:\n\n" +
        "- Using live facial recognition to identify offenders is a policing matter, subject to specific legal requirements. It is not a tool that councils use for this purpose.\n" +
        "- It involves processing sensitive biometric data about everyone who passes the cameras, which raises significant privacy and equality concerns.\n" +
        "- We believe other measures are more appropriate for the council to support, such as well-managed CCTV, better lighting, town centre wardens and partnership work with shops and the police.\n\n" +
        "We know this is not the answer you hoped for. We will pass your comments about shoplifting and anti-social behaviour to the local community safety partnership, which includes the borough council and the police, so that they can be considered alongside other local evidence.",
      daysAfter: 30,
    },
    comments: [
      {
        author: "resident-12",
        body: "I think this is the right decision. Better lighting and wardens feel like a more proportionate approach.",
        daysAfter: 32,
      },
    ],
  },
  {
    key: "free-public-ev-charging-across-essex",
    title: "Could public EV charge points in Essex be free to use, to encourage more people to switch?",
    body:
      "Electric cars are still expensive, and public charging can cost almost as much as petrol. If the council made its public charge points free, many more people would switch and air quality would improve.\n\n" +
      "The council could pay for it through parking charges or advertising on the chargers. Some supermarkets already offer free charging, so it cannot be that expensive.\n\n" +
      "I think this would be the single most effective way to speed up the move to electric cars in Essex.",
    themes: ["energy-and-environment", "transport-and-mobility"],
    district: "essex-wide",
    author: "resident-5",
    daysAgo: 85,
    moderation: "approved",
    status: "declined",
    statusNote:
      "Free public charging would not be affordable or fair to other council tax payers, so we are not taking this forward. We will keep working to make charging available and reasonably priced, especially for people without a driveway.",
    supporters: 10,
    response: {
      organisation: "essex-county-council",
      author: "ecc-officer",
      body:
        "Thank you for your suggestion. We share your aim of making it easier for people to switch to electric vehicles.\n\n" +
        "However, we are not able to make public charge points free. The electricity, maintenance and network costs of running charge points are significant, and free charging would mean other council tax payers, including many people who do not own a car, subsidising drivers. Free charging can also lead to bays being occupied for long periods, making it harder for others to charge.\n\n" +
        "Instead, our focus is on:\n\n" +
        "- increasing the number of charge points, particularly in areas where people do not have driveways\n" +
        "- working with charging operators to keep tariffs reasonable and transparent\n" +
        "- supporting trials of lower-cost options, such as lamp post charging\n\n" +
        "We recognise that the cost of public charging is a real concern, and we will continue to raise fair pricing with operators and with national government.",
      daysAfter: 21,
    },
  },
  {
    key: "drone-prescription-deliveries-to-mersea-island",
    title: "Could drones deliver prescriptions to Mersea Island when the Strood is flooded?",
    body:
      "When the Strood causeway floods at high tide, Mersea Island is cut off for a while. Usually it is only for a short time, but it can be a problem for people waiting for urgent medicines.\n\n" +
      "I have seen trials elsewhere of drones delivering medical supplies to islands. Could something like this be tried for Mersea, perhaps linked to the local pharmacy?\n\n" +
      "It would be good to see Essex try something innovative like this, and the island would make a good test site.",
    themes: ["health-and-care", "transport-and-mobility"],
    district: "colchester",
    author: "resident-36",
    daysAgo: 70,
    moderation: "approved",
    status: "declined",
    statusNote:
      "After discussion with health partners, we are not taking this idea forward. The causeway is usually closed only for short, predictable periods around high tide, pharmacies already plan deliveries around the tides, and urgent medical needs during closures are covered by existing emergency arrangements.",
    supporters: 5,
  },

  // ---------------------------------------------------------------------------------------------
  // Approved, merged
  // ---------------------------------------------------------------------------------------------
  {
    key: "live-bus-times-at-maldon-high-street",
    title: "Live bus times at Maldon High Street stops, please",
    body:
      "The stop on Maldon High Street has a printed timetable that is often wrong, and there is no way of telling whether the next bus is coming. Could there be a screen showing live bus times, like the ones in Chelmsford?\n\n" +
      "I take the bus to work in Chelmsford, and some mornings I have waited for forty minutes without knowing whether the bus had been cancelled. A screen, or at least a sign with a stop code you can text for live times, would help a lot of people, especially those without smartphones.",
    themes: ["transport-and-mobility", "digital-connectivity"],
    district: "maldon",
    author: "resident-18",
    daysAgo: 60,
    moderation: "approved",
    status: "merged",
    statusNote:
      "This has been merged with an earlier question about real-time bus information at Maldon stops, so that all the support and comments are in one place.",
    mergedInto: "real-time-bus-info-at-maldon-stops",
    supporters: 2,
  },
  {
    key: "charge-points-for-homes-without-driveways-in-colchester",
    title: "Charge points for homes without driveways in Colchester",
    body:
      "I live in a terraced street in Colchester without off-street parking, so I cannot charge an electric car at home. Are there any plans for on-street charge points, such as chargers fitted to lamp posts?\n\n" +
      "I would switch to an electric car tomorrow if I could charge it overnight near my home. At the moment the nearest public charger is a long walk away and is often in use. I think a lot of people in older streets are in the same position and feel left out of the move to electric vehicles.",
    themes: ["energy-and-environment", "transport-and-mobility"],
    district: "colchester",
    author: "resident-30",
    daysAgo: 45,
    moderation: "approved",
    status: "merged",
    statusNote:
      "This has been merged with an earlier question about charging for terraced streets in Colchester, which asks the same thing. Please add your support and comments there.",
    mergedInto: "ev-charging-for-terraced-streets-in-colchester",
    supporters: 1,
  },

  // ---------------------------------------------------------------------------------------------
  // Awaiting moderation
  // ---------------------------------------------------------------------------------------------
  {
    key: "publish-ev-charge-point-reliability",
    title: "Could the council publish how often public EV charge points are out of order?",
    body:
      "Several times recently I have driven to a public charge point only to find it out of order, with no warning in the app. It would help a lot if the council published reliability figures for the charge points it has contracted, so people can see which sites are dependable and operators are encouraged to fix faults quickly.\n\n" +
      "Could contracts with charging operators include a requirement to report how much of the time each charger is working, and could this be published as open data every month? I have kept a log of every fault I found since the summer: email me at quiet.kingfisher@example.com if the council would like a copy.",
    themes: ["energy-and-environment", "data-and-privacy"],
    district: "essex-wide",
    author: "citizen",
    daysAgo: 2,
    moderation: "pending",
    status: "open",
    supporters: 0,
  },
  {
    key: "online-safety-workshops-with-people-from-tech",
    title: "Could schools run online safety workshops with people who actually work in tech?",
    body:
      "At school we get assemblies about online safety, but they're mostly about not talking to strangers, which we already know. The stuff that actually happens to people my age is scams in games, fake accounts, photos being shared and accounts getting hacked.\n\n" +
      "Could the council or companies help schools run proper workshops with people who work in cyber security? They could show us how to set privacy settings and what to do if something goes wrong.\n\n" +
      "I think students in Year 7 would find it useful too, not just older ones.",
    themes: ["education-and-skills", "community-safety", "data-and-privacy"],
    district: "harlow",
    author: "student",
    daysAgo: 1,
    moderation: "pending",
    status: "open",
    supporters: 0,
  },
  {
    key: "parking-space-sensors-in-saffron-walden",
    title: "Could parking sensors in Saffron Walden show drivers where the free spaces are?",
    body:
      "On market days and at weekends I see cars circling around Saffron Walden looking for a parking space, which causes queues in the narrow streets and a lot of frustration. Some towns have sensors in parking bays and signs on the approach roads showing how many spaces are free in each car park.\n\n" +
      "Could something like this be tried in Saffron Walden? Even covering just the main car parks would help. It would cut pointless driving around the town centre and might help local shops too. I live at 3 Gold Street, right by the Common car park, so I see the queues every week.",
    themes: ["transport-and-mobility", "economy-and-jobs"],
    district: "uttlesford",
    author: "resident-24",
    daysAgo: 3,
    moderation: "pending",
    status: "open",
    supporters: 0,
  },
  {
    key: "wildlife-cameras-at-hadleigh-country-park",
    title: "Could wildlife cameras at Hadleigh Country Park stream live footage for schools?",
    body:
      "Hadleigh Country Park has amazing wildlife, including birds of prey and lots of butterflies in summer. I think it would be great to install a few wildlife cameras, for example on nest boxes, and stream the footage online so local schools and families can watch.\n\n" +
      "The cameras would need to point away from paths so they do not film people walking by, and nests should not be disturbed. It could be a good way to get children interested in nature and in the technology used to monitor it. My number is 01632 960018 if the rangers want to talk about where the birds nest.",
    themes: ["energy-and-environment", "education-and-skills"],
    district: "castle-point",
    author: "resident-7",
    daysAgo: 4,
    moderation: "pending",
    status: "open",
    supporters: 0,
  },
  {
    key: "digital-and-green-jobs-fair-in-braintree",
    title: "Could there be a careers fair in Braintree focused on digital and green jobs?",
    body:
      "I help out at a youth club in Braintree, and the young people I meet there mostly hear about jobs in retail, warehouses and care. Those are important jobs, but there are also growing opportunities in digital and green industries that they rarely hear about.\n\n" +
      "Could the council, colleges and local employers hold a careers fair in Braintree aimed at sixteen to twenty-four year olds, with employers offering apprenticeships, traineeships and entry-level jobs in these sectors? It would help if it was held in the evening or on a Saturday, so that people already in work can come too.",
    themes: ["economy-and-jobs", "education-and-skills"],
    district: "braintree",
    author: "resident-39",
    daysAgo: 5,
    moderation: "pending",
    status: "open",
    supporters: 0,
  },
  {
    key: "later-bus-home-from-after-school-clubs-in-harlow",
    title: "Could there be a later bus home from after-school clubs in Harlow?",
    body:
      "I stay for robotics club on Tuesdays and Thursdays and it finishes at half past four, but the last school bus leaves at ten to four. My mum has to leave work early to collect me and some of my friends have had to give up the club because they cannot get home.\n\n" +
      "Could one bus run an hour later on club days? If someone wants to ask me about it my mum said you can ring her on 07700 900461.",
    themes: ["transport-and-mobility", "education-and-skills"],
    district: "harlow",
    author: "student",
    daysAgo: 1,
    moderation: "pending",
    status: "open",
    supporters: 0,
  },

  // ---------------------------------------------------------------------------------------------
  // Reported by residents: waiting in the moderation queue
  // ---------------------------------------------------------------------------------------------
  {
    key: "ban-cars-from-colchester-high-street",
    title: "Should cars be banned from Colchester High Street on Saturdays?",
    body:
      "Every Saturday Colchester High Street is packed with shoppers squeezing onto narrow pavements while cars crawl past looking for somewhere to park. Other towns close their main street to traffic at weekends and the shops seem to do better for it.\n\n" +
      "Could the council try closing the High Street to cars on Saturdays for a few months, with blue badge access kept, and count how many people come into town? Buses could stop at both ends.",
    themes: ["transport-and-mobility", "economy-and-jobs"],
    district: "colchester",
    author: "resident-5",
    daysAgo: 12,
    moderation: "approved",
    status: "open",
    supporters: 6,
    reports: [
      {
        by: "resident-18",
        category: "off_topic",
        details: "This is a party political campaign, not a question about smart technology.",
        daysAgo: 3,
      },
      {
        by: "resident-27",
        category: "other",
        details: "Shop owners will lose trade, this should not be here.",
        daysAgo: 2,
      },
    ],
  },
  {
    key: "free-crypto-mining-rigs-for-schools",
    title: "Free crypto mining rigs for every Essex school: message me to sign up",
    body:
      "Schools could earn thousands every year by running our crypto mining rigs in their IT rooms. We install everything for free and split the profits with the school.\n\n" +
      "The council should tell every head teacher about this offer. Message me through the site and I will send you the sign-up details and our price list for private customers too.",
    themes: ["education-and-skills", "economy-and-jobs"],
    district: "essex-wide",
    author: "resident-33",
    daysAgo: 6,
    moderation: "hidden",
    // The database still requires words on a hidden question (question_moderation_reason_check).
    moderationReason: "Hidden automatically because three people reported it. A moderator will look at it soon.",
    status: "open",
    supporters: 0,
    reports: [
      { by: "resident-2", category: "spam", details: "An advert.", daysAgo: 5 },
      { by: "resident-11", category: "spam", daysAgo: 4 },
      { by: "resident-21", category: "spam", details: "Selling something, not a question.", daysAgo: 4 },
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // Rejected and hidden
  // ---------------------------------------------------------------------------------------------
  {
    key: "street-light-out-on-my-road-in-grays",
    title: "The street light outside my house in Grays has been out for two weeks",
    body:
      "The street light outside my house in Grays has not worked for about two weeks and the road is very dark at night. My elderly neighbour is nervous about going out after dark, and I have nearly tripped on the uneven kerb.\n\n" +
      "Can someone come and fix it as soon as possible? It is the light nearest the corner by the post box. I have mentioned it to a few neighbours and nobody seems to know who to tell.\n\n" +
      "Please sort this out quickly before somebody gets hurt.",
    themes: ["community-safety"],
    district: "thurrock",
    author: "resident-15",
    daysAgo: 20,
    moderation: "rejected",
    moderatedBy: "admin",
    moderationRule: "on_topic",
    appeal: {
      body: "I did try the report-it route but nothing happened for two weeks, so I thought asking here in public might get it noticed. Other people on my road have the same problem, so it is not just about my house.",
      daysAgo: 2,
    },
    moderationReason:
      "Thank you for taking the time to post. This is a report of a fault with a particular street light, so we have not published it as a question. Faults are fixed fastest when they go through the council's report-it route. As Grays is in Thurrock, please report it to Thurrock Council, which looks after street lighting there.",
    status: "open",
    supporters: 0,
  },
  {
    key: "please-call-me-about-broadband-near-harwich",
    title: "Broadband in my village near Harwich is terrible, can someone call me?",
    body:
      "Our broadband in a village near Harwich is so slow that I cannot work from home and my children struggle with their homework. I have complained to my provider several times and nothing changes.\n\n" +
      "I would like someone from the council to ring me to talk about it. I have put my number below and I am usually in during the afternoon, so please call me then and I can explain everything properly.\n\n" +
      "I have also included my full address so you can check our line.",
    themes: ["digital-connectivity"],
    district: "tendring",
    author: "resident-37",
    daysAgo: 14,
    moderation: "rejected",
    moderatedBy: "moderator",
    moderationRule: "personal_information",
    moderationReason:
      "Thank you for your question. We have not published it because it includes personal contact details, such as your phone number and home address, which should never be shared on a public site. You are welcome to post your question again without these details. If you would like someone to contact you directly, please use the council's general enquiries route instead.",
    status: "open",
    supporters: 0,
  },
  {
    key: "trouble-on-our-estate-in-loughton",
    title: "Something needs to be done about the people causing trouble on our estate in Loughton",
    body:
      "There is a group of people on our estate in Loughton who are causing constant trouble, and everybody knows exactly which house they live in. They play loud music late at night, park across driveways and are rude to anyone who complains.\n\n" +
      "I have described the family and their cars below so the council knows who I mean. People on the estate are fed up, and some residents are saying they will take matters into their own hands if nothing is done soon.\n\n" +
      "Why are there no cameras on our road to catch them?",
    themes: ["community-safety"],
    district: "epping-forest",
    author: "resident-13",
    daysAgo: 25,
    moderation: "hidden",
    moderatedBy: "moderator",
    moderationRule: "respectful",
    moderationReason:
      "Thank you for sharing your concerns. We have hidden this post because it identifies a particular household and could lead to harassment, which our community guidelines do not allow. Anti-social behaviour can be reported to the police through their non-emergency route, or to the district council. You are welcome to post a general question about community safety or cameras on your estate without identifying anyone.",
    status: "open",
    supporters: 0,
  },
];
