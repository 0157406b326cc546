/**
 * England's 153 local authorities with education responsibilities, by region (ONS region names),
 * plus a few ceremonial counties and old names people still write. A region column may hold any
 * of these; each is its own slug (`Cornwall` → `cornwall`).
 */
export const LOCAL_AUTHORITIES: Readonly<Record<string, readonly string[]>> = {
  'north-east': [
    'County Durham', 'Darlington', 'Gateshead', 'Hartlepool', 'Middlesbrough', 'Newcastle upon Tyne', 'North Tyneside',
    'Northumberland', 'Redcar and Cleveland', 'South Tyneside', 'Stockton-on-Tees', 'Sunderland', 'Tyne and Wear',
  ],
  'north-west': [
    'Blackburn with Darwen', 'Blackpool', 'Bolton', 'Bury', 'Cheshire East', 'Cheshire West and Chester', 'Cumberland',
    'Westmorland and Furness', 'Halton', 'Knowsley', 'Lancashire', 'Liverpool', 'Manchester', 'Oldham', 'Rochdale',
    'Salford', 'Sefton', 'St Helens', 'Stockport', 'Tameside', 'Trafford', 'Warrington', 'Wigan', 'Wirral', 'Cumbria',
    'Cheshire', 'Greater Manchester', 'Merseyside',
  ],
  'yorkshire-and-the-humber': [
    'Barnsley', 'Bradford', 'Calderdale', 'Doncaster', 'East Riding of Yorkshire', 'Kingston upon Hull', 'Kirklees',
    'Leeds', 'North East Lincolnshire', 'North Lincolnshire', 'North Yorkshire', 'Rotherham', 'Sheffield', 'Wakefield',
    'York', 'West Yorkshire', 'South Yorkshire',
  ],
  'east-midlands': [
    'Derby', 'Derbyshire', 'Leicester', 'Leicestershire', 'Lincolnshire', 'North Northamptonshire',
    'West Northamptonshire', 'Nottingham', 'Nottinghamshire', 'Rutland', 'Northamptonshire',
  ],
  'west-midlands': [
    'Birmingham', 'Coventry', 'Dudley', 'Herefordshire', 'Sandwell', 'Shropshire', 'Solihull', 'Staffordshire',
    'Stoke-on-Trent', 'Telford and Wrekin', 'Walsall', 'Warwickshire', 'Wolverhampton', 'Worcestershire',
  ],
  'east-of-england': [
    'Bedford', 'Cambridgeshire', 'Central Bedfordshire', 'Essex', 'Hertfordshire', 'Luton', 'Norfolk', 'Peterborough',
    'Southend-on-Sea', 'Suffolk', 'Thurrock', 'Bedfordshire',
  ],
  london: [
    'Barking and Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'City of London', 'Croydon', 'Ealing',
    'Enfield', 'Greenwich', 'Hackney', 'Hammersmith and Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon',
    'Hounslow', 'Islington', 'Kensington and Chelsea', 'Kingston upon Thames', 'Lambeth', 'Lewisham', 'Merton',
    'Newham', 'Redbridge', 'Richmond upon Thames', 'Southwark', 'Sutton', 'Tower Hamlets', 'Waltham Forest',
    'Wandsworth', 'Westminster',
  ],
  'south-east': [
    'Bracknell Forest', 'Brighton and Hove', 'Buckinghamshire', 'East Sussex', 'Hampshire', 'Isle of Wight', 'Kent',
    'Medway', 'Milton Keynes', 'Oxfordshire', 'Portsmouth', 'Reading', 'Slough', 'Southampton', 'Surrey',
    'West Berkshire', 'West Sussex', 'Windsor and Maidenhead', 'Wokingham', 'Berkshire',
  ],
  'south-west': [
    'Bath and North East Somerset', 'Bournemouth, Christchurch and Poole', 'Bristol', 'Cornwall', 'Devon', 'Dorset',
    'Gloucestershire', 'Isles of Scilly', 'North Somerset', 'Plymouth', 'Somerset', 'South Gloucestershire', 'Swindon',
    'Torbay', 'Wiltshire',
  ],
};

/** Other ways people write some of these names: name → the name above. */
export const LOCAL_AUTHORITY_ALIASES: Readonly<Record<string, string>> = {
  Durham: 'County Durham',
  Newcastle: 'Newcastle upon Tyne',
  Stockton: 'Stockton-on-Tees',
  Hull: 'Kingston upon Hull',
  'Kingston upon Hull, City of': 'Kingston upon Hull',
  'Bristol, City of': 'Bristol',
  'City of Bristol': 'Bristol',
  BCP: 'Bournemouth, Christchurch and Poole',
  Southend: 'Southend-on-Sea',
  'St. Helens': 'St Helens',
  'Herefordshire, County of': 'Herefordshire',
  BANES: 'Bath and North East Somerset',
  'Telford & Wrekin': 'Telford and Wrekin',
  'Brighton & Hove': 'Brighton and Hove',
};
