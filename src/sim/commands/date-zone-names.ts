// Time zone abbreviations (%Z) as Debian 12's tzdata spells them. Intl gives offsets but not these
// names ("CET", not "GMT+1"), so the common zones are listed here; a zone not listed gets tzdata's
// numeric form ("+04"), which is what tzdata itself uses for most zones without a customary name.

const STANDARD_AND_SUMMER: Record<string, readonly [string, string]> = {
  CET: ['CET', 'CEST'],
  EET: ['EET', 'EEST'],
  WET: ['WET', 'WEST'],
  MET: ['MET', 'MEST'],
  GB: ['GMT', 'BST'],
  GMT: ['GMT', 'GMT'],
  'Etc/GMT': ['GMT', 'GMT'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Dublin': ['GMT', 'IST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Atlantic/Canary': ['WET', 'WEST'],
  'Europe/Moscow': ['MSK', 'MSK'],
  'America/New_York': ['EST', 'EDT'],
  'America/Toronto': ['EST', 'EDT'],
  'America/Detroit': ['EST', 'EDT'],
  'America/Chicago': ['CST', 'CDT'],
  'America/Winnipeg': ['CST', 'CDT'],
  'America/Mexico_City': ['CST', 'CDT'],
  'America/Denver': ['MST', 'MDT'],
  'America/Edmonton': ['MST', 'MDT'],
  'America/Phoenix': ['MST', 'MST'],
  'America/Los_Angeles': ['PST', 'PDT'],
  'America/Vancouver': ['PST', 'PDT'],
  'America/Tijuana': ['PST', 'PDT'],
  'America/Anchorage': ['AKST', 'AKDT'],
  'America/Halifax': ['AST', 'ADT'],
  'America/Puerto_Rico': ['AST', 'AST'],
  'America/St_Johns': ['NST', 'NDT'],
  'Pacific/Honolulu': ['HST', 'HST'],
  EST: ['EST', 'EST'],
  MST: ['MST', 'MST'],
  HST: ['HST', 'HST'],
  'Asia/Tokyo': ['JST', 'JST'],
  'Asia/Seoul': ['KST', 'KST'],
  'Asia/Shanghai': ['CST', 'CST'],
  'Asia/Taipei': ['CST', 'CST'],
  'Asia/Hong_Kong': ['HKT', 'HKT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Karachi': ['PKT', 'PKT'],
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Manila': ['PST', 'PST'],
  'Asia/Jerusalem': ['IST', 'IDT'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Hobart': ['AEST', 'AEDT'],
  'Australia/Canberra': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEST'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Darwin': ['ACST', 'ACST'],
  'Australia/Perth': ['AWST', 'AWST'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
  'Africa/Johannesburg': ['SAST', 'SAST'],
  'Africa/Lagos': ['WAT', 'WAT'],
  'Africa/Nairobi': ['EAT', 'EAT'],
  'Africa/Cairo': ['EET', 'EEST'],
  'Africa/Algiers': ['CET', 'CET'],
};

const CENTRAL_EUROPE = [
  'Amsterdam', 'Andorra', 'Belgrade', 'Berlin', 'Bratislava', 'Brussels', 'Budapest', 'Copenhagen',
  'Gibraltar', 'Ljubljana', 'Luxembourg', 'Madrid', 'Malta', 'Monaco', 'Oslo', 'Paris', 'Prague',
  'Rome', 'San_Marino', 'Sarajevo', 'Skopje', 'Stockholm', 'Tirane', 'Vaduz', 'Vatican', 'Vienna',
  'Warsaw', 'Zagreb', 'Zurich',
];
const EASTERN_EUROPE = ['Athens', 'Bucharest', 'Helsinki', 'Kiev', 'Kyiv', 'Riga', 'Sofia', 'Tallinn', 'Vilnius', 'Chisinau'];

/** [standard, summer] abbreviations for a tz database zone, or undefined to use numeric ones. */
export function zoneAbbreviations(zone: string): readonly [string, string] | undefined {
  const known = STANDARD_AND_SUMMER[zone];
  if (known) return known;
  if (zone.startsWith('Europe/')) {
    const city = zone.slice('Europe/'.length);
    if (CENTRAL_EUROPE.includes(city)) return ['CET', 'CEST'];
    if (EASTERN_EUROPE.includes(city)) return ['EET', 'EEST'];
  }
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/UCT' || zone === 'UCT' || zone === 'Etc/Universal') return ['UTC', 'UTC'];
  return undefined;
}
