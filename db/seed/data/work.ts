// What people do: fields, organisations, positions and the sentences their applications and
// profiles are written from. Templates take {city}; the seed fills them deterministically.

/** @public (used for its type) */
export const FIELDS = [
  "Performing arts",
  "Festivals",
  "Music",
  "Publication",
  "Cultural products",
  "Design",
  "Heritage",
  "Museums",
  "Film",
  "Visual arts",
  "Arts education",
  "Cultural policy",
] as const;
export type Field = (typeof FIELDS)[number];

/** How often each field turns up among CPI applicants (the tracks' fields most). */
export const CPI_FIELD_WEIGHTS: readonly (readonly [Field, number])[] = [
  ["Performing arts", 18],
  ["Festivals", 7],
  ["Music", 6],
  ["Publication", 14],
  ["Cultural products", 12],
  ["Design", 7],
  ["Heritage", 8],
  ["Museums", 7],
  ["Film", 6],
  ["Visual arts", 5],
  ["Arts education", 6],
  ["Cultural policy", 4],
];

export const ORGANISATION_TEMPLATES: Readonly<Record<Field, readonly string[]>> = {
  "Performing arts": [
    "{city} Contemporary Dance Company",
    "{city} Puppet Theatre",
    "{city} Performing Arts Centre",
    "{city} Physical Theatre Collective",
  ],
  Festivals: [
    "{city} International Arts Festival",
    "{city} Street Arts Festival",
    "{city} Children's Theatre Festival",
  ],
  Music: ["{city} Traditional Music Ensemble", "{city} Music Academy", "{city} Youth Orchestra"],
  Publication: [
    "{city} Children's Books Press",
    "{city} Picture Book Studio",
    "{city} Literary Publishing House",
    "{city} Reading Promotion Network",
  ],
  "Cultural products": [
    "{city} Craft and Design Hub",
    "{city} Creative Industries Incubator",
    "{city} Artisan Cooperative",
  ],
  Design: ["{city} Design Centre", "{city} Textile Design Studio", "{city} Design Week"],
  Heritage: ["{city} Heritage Trust", "{city} Intangible Heritage Association", "{city} Old Town Conservation Office"],
  Museums: ["{city} City Museum", "{city} Museum of Contemporary Art", "{city} Ethnographic Museum"],
  Film: ["{city} Film Festival", "{city} Documentary Lab", "{city} Animation Studio"],
  "Visual arts": ["{city} Artists' Residency", "{city} Community Art Space", "{city} Photography Centre"],
  "Arts education": ["{city} Arts Education Centre", "{city} Youth Arts Network", "{city} School of Fine Arts"],
  "Cultural policy": [
    "Department of Culture, {city} City Council",
    "{city} Institute for Cultural Policy",
    "{city} Arts Council",
  ],
};

export const POSITIONS: Readonly<Record<Field, readonly string[]>> = {
  "Performing arts": ["Artistic director", "Producer", "Choreographer", "Company manager"],
  Festivals: ["Festival producer", "Programme manager", "Festival director"],
  Music: ["Music director", "Programme coordinator", "Ensemble manager"],
  Publication: ["Editor", "Publisher", "Children's book author", "Rights manager"],
  "Cultural products": ["Product designer", "Marketing manager", "Founder", "Business development lead"],
  Design: ["Designer", "Creative director", "Project manager"],
  Heritage: ["Heritage officer", "Project coordinator", "Researcher"],
  Museums: ["Curator", "Education officer", "Collections manager"],
  Film: ["Producer", "Festival programmer", "Director"],
  "Visual arts": ["Curator", "Artist and educator", "Residency coordinator"],
  "Arts education": ["Education officer", "Programme manager", "Teaching artist"],
  "Cultural policy": ["Cultural officer", "Policy analyst", "Head of international relations"],
};

/** One line per field on what an organisation does; {org} is its name. */
export const ORGANISATION_LINES: Readonly<Record<Field, readonly string[]>> = {
  "Performing arts": [
    "creates and tours new work for stage and street",
    "runs a studio where young performers train with established artists",
  ],
  Festivals: [
    "brings local and international companies to audiences across the region every year",
    "runs a festival that grew from a neighbourhood event into a regional meeting point",
  ],
  Music: [
    "keeps traditional repertoire alive through concerts, recordings and classes",
    "trains young musicians and commissions new work from local composers",
  ],
  Publication: [
    "publishes picture books and reading materials in local languages",
    "works with schools and libraries to get good books to children",
  ],
  "Cultural products": [
    "helps makers turn traditional crafts into products that sell",
    "runs a shared workshop, a shop and a small export programme for designers",
  ],
  Design: [
    "connects designers with manufacturers and public clients",
    "runs design programmes for small businesses and public services",
  ],
  Heritage: [
    "documents and safeguards local living heritage with the communities who carry it",
    "restores historic buildings and turns them into places people use",
  ],
  Museums: [
    "collects and shows the city's history and runs learning programmes for schools",
    "shows contemporary art and commissions artists from the region",
  ],
  Film: [
    "supports first-time filmmakers from development to distribution",
    "screens independent and regional films and runs a lab for producers",
  ],
  "Visual arts": [
    "hosts artists in residence and opens its studios to the public",
    "runs exhibitions and community art projects in public space",
  ],
  "Arts education": [
    "brings artists into schools and community centres",
    "trains teachers and teaching artists in arts-based learning",
  ],
  "Cultural policy": [
    "designs and funds the city's cultural programmes and venues",
    "advises public bodies on cultural policy and evaluates its effects",
  ],
};

export const AUDIENCES = [
  "children",
  "young people",
  "women artisans",
  "rural communities",
  "older people",
  "people with disabilities",
  "migrant communities",
  "students",
] as const;

export const PROJECT_FORMATS = [
  "touring programme",
  "festival strand",
  "series of workshops",
  "digital platform",
  "book series",
  "pop-up market",
  "residency",
  "exhibition",
  "training course",
] as const;

export const PROJECT_GOALS = [
  "brings {audience} closer to their own cultural heritage",
  "opens new markets for local creators",
  "builds a regional network of practitioners",
  "tests new ways of reaching audiences online and offline",
  "gives {audience} a lasting place in cultural life",
  "links artists with schools and libraries",
] as const;

export const PROJECT_STEPS = [
  "In the first phase we will map partners and audiences and run a small pilot.",
  "We will co-design the activities with the people they are for, not only for them.",
  "Local partners have agreed to host the pilot and share their venues.",
  "A mixed team of artists, producers and educators will run it.",
  "We will document every step so that other cities can reuse the model.",
  "The budget combines public funding, a small grant and ticket or sales income.",
  "Success will be measured by participation, income for creators and the partnerships that last after the project.",
  "What I learn in Korea about planning, partnerships and marketing will shape the second phase.",
] as const;

export const MOTIVATION_LINES = [
  "I want to learn how Korean partners plan and run cultural projects at scale.",
  "I hope to build lasting links with colleagues from other regions.",
  "I am ready to share what works and what does not in my country.",
  "Meeting producers and policymakers from many countries would change how I work.",
] as const;

export const PROJECT_TITLES = [
  "Stories of {city}",
  "{city} in Motion",
  "Open Stage {city}",
  "Roots and Routes",
  "The Shared Table",
  "Voices of the River",
  "Little Readers, Big Worlds",
  "Made in {city}",
  "Heritage on the Move",
  "Streets that Sing",
  "Festival Without Walls",
  "Threads of {city}",
] as const;

export const ROLE_DUTIES = [
  "lead our programmes and partnerships",
  "plan projects, raise funds and look after our partners",
  "manage productions from the first idea to the last performance",
  "run our education and outreach work",
  "look after international cooperation and touring",
] as const;

export const REVIEW_COMMENTS = [
  "Clear idea rooted in local resources; the partnership plan needs more detail.",
  "Strong track record. The project could say more about its audiences.",
  "Motivated applicant with a realistic plan; budget assumptions are thin.",
  "Innovative concept with good potential for the section's partner organisation.",
  "Solid experience, but the project idea is still general.",
  "Very convincing: a leader in the local scene with a well-argued proposal.",
] as const;
