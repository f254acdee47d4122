// A small knowledge base and articles in several styles, shared by the service tests.

export const KB = `# Test knowledge base
version: 1
entities:
  - id: rajnath-singh
    name: Rajnath Singh
    type: person
    country: India
    roles:
      - title: Minister of Defence of India
        from: 2019-05-31
  - id: lloyd-austin
    name: Lloyd Austin
    type: person
    aliases: [Lloyd J Austin]
    country: United States
    roles:
      - title: US Secretary of Defense
        from: 2021-01-22
        to: 2025-01-20
  - id: laos
    name: Laos
    type: place
`;

/** A wire-service report with a dateline. */
export const WIRE = ` date 2024-11-22 Vientiane [Laos], November 22
Defence Minister Rajnath Singh met US Secretary of Defence Lloyd J Austin in Laos.

Austin thanked Singh. Later Llyod Austin spoke to the press.
`;

/** A government readout with a headline and headings. */
export const READOUT = ` date 2023-06-05 Press Information Bureau
Raksha Mantri holds talks with US Secretary of Defense

Background

Lloyd Austin arrived in New Delhi on Sunday.

Outcomes

The two sides agreed on a roadmap. Austin met Rajnath Singh again.
`;

/** A scraped page with no header at all. */
export const HEADERLESS = `newshots banner
Defence Minister Rajnath Singh spoke to Lloyd Austin by phone.
`;
