/**
 * Invented school and employer names, built like the sample's ("Hillcrest Primary", "Oakwood
 * Academy") with a town in the person's region, so a national scheme has thousands of schools
 * and colleagues at one school meet the same-organisation rule now and then.
 */

const PREFIXES = [
  'Westgate', 'Hillcrest', 'Kingsway', 'Riverside', 'Oakwood', 'Castle View', 'Greenfield', 'Elm Grove', "St Mary's",
  'Brookside', 'Northfield', 'Meadowbank', 'St. John Fisher', 'The Park', 'Ashfield', 'Beechwood', 'Millbrook',
  'Fernhill', 'Highfield', 'Lakeside', 'Moorside', 'Oldfield', 'Parkside', 'Redhill', 'Southgate', 'Thornbury',
  'Willowdale', 'Woodlands', 'Holy Trinity', "St Peter's", "St Anne's", 'Bishop Carter', 'Queensway', 'Cedar Park',
  'Hollybank', 'Springfield', 'Whitegate', 'Broadmead', 'Foxhill', 'Rosewood',
];

/** School kinds by the first phase a person ticks (the sample's kinds, and a few more). */
const KINDS = {
  'Early years': ['Nursery School', 'Infant School'],
  Primary: ['Primary', 'Primary Academy', 'Community Primary', 'CE Primary School', 'Infant School'],
  Secondary: ['Academy', 'High School', 'Secondary', 'Free School', 'Catholic High School'],
  'Post-16 / FE': ['Sixth Form College', 'College'],
  'Special school / SEND': ['Special School', 'School'],
  'All-through': ['School', 'Academy'],
};

const TOWNS = {
  'South East': ['Reading', 'Brighton', 'Oxford', 'Maidstone', 'Slough', 'Guildford'],
  London: ['Hackney', 'Croydon', 'Lewisham', 'Ealing', 'Barnet', 'Newham'],
  'North West': ['Manchester', 'Liverpool', 'Bolton', 'Preston', 'Wigan', 'Oldham'],
  'East of England': ['Norwich', 'Ipswich', 'Luton', 'Cambridge', 'Colchester', 'Peterborough'],
  'Yorkshire and the Humber': ['Leeds', 'Sheffield', 'Bradford', 'Hull', 'York', 'Wakefield'],
  'West Midlands': ['Birmingham', 'Coventry', 'Wolverhampton', 'Stoke', 'Walsall', 'Dudley'],
  'South West': ['Bristol', 'Plymouth', 'Exeter', 'Swindon', 'Bath', 'Taunton'],
  'East Midlands': ['Nottingham', 'Leicester', 'Derby', 'Lincoln', 'Northampton', 'Mansfield'],
  'North East': ['Newcastle', 'Sunderland', 'Durham', 'Gateshead', 'Middlesbrough', 'Darlington'],
  Wales: ['Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor', 'Llanelli'],
  'Northern Ireland': ['Belfast', 'Derry', 'Lisburn', 'Newry', 'Armagh', 'Bangor'],
  Scotland: ['Glasgow', 'Edinburgh', 'Aberdeen', 'Dundee', 'Stirling', 'Perth'],
  'Outside the UK': ['Dubai', 'Madrid', 'Singapore', 'Hong Kong', 'Doha', 'Brussels'],
};

const UNIVERSITIES = [
  'University of the South West', 'University of the North', 'Midlands Institute of Education', 'City University',
  'University of the Coast', 'Northern Teacher Training Partnership', 'Eastern Teaching School Hub',
];

const TEACHER_EDUCATOR = 'Teacher educator / ITE tutor';

/** An organisation for someone in `region` whose first phase is `phase`. */
export function organisationFor(random, { region, phase, stage }) {
  if (stage === TEACHER_EDUCATOR && random.chance(0.7)) return random.pick(UNIVERSITIES);
  const kind = random.pick(KINDS[phase] ?? KINDS.Primary);
  const town = random.pick(TOWNS[region] ?? TOWNS.London);
  return `${random.pick(PREFIXES)} ${kind}, ${town}`;
}
