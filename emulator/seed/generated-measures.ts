// Extra measures for paging tests and the benchmark: a made-up plan (case 99/00001) with
// plausible Norwegian wording, several sections and units, some unreported, some reports of
// several paragraphs. Deterministic: the same count gives the same measures.
import type { RandomSource } from '../sharepoint/ids';
import { seededRandom } from '../sharepoint/ids';
import type { SeedMeasure } from './seed-measure';

export const GENERATED_CASE_NUMBER = '99/00001';

const SECTIONS = [
  'Departementets oppfølging',
  'Ambassadenes oppfølging',
  'Norads oppfølging',
  'Partnerorganisasjonens oppfølging',
];

const UNITS = [
  'HUM-seksjonen',
  'Regionalavdelingen',
  'Seksjon for økonomi og styring',
  'Ambassaden i Nairobi',
  'Ambassaden i Kabul',
  'Delegasjonen i Genève',
  'Norad, avdeling for styring og kvalitet',
  'Seksjon for FN og multilaterale spørsmål',
];

const PEOPLE = [
  'Kari Nordmann',
  'Ola Hansen',
  'Ingrid Bakke',
  'Lars Øverli',
  'Siri Åsheim',
  'Anders Ødegård',
  'Marte Lie',
  'Jon Kåre Strand',
];

const ACTIONS = [
  'Utarbeide',
  'Gjennomgå',
  'Styrke',
  'Revidere',
  'Etablere',
  'Følge opp',
  'Vurdere',
  'Dokumentere',
  'Forbedre',
  'Innføre',
];

const OBJECTS = [
  'rutinene for resultatrapportering',
  'samarbeidet med partnerorganisasjonene',
  'risikovurderingen for prosjektporteføljen',
  'retningslinjene for tilskuddsforvaltning',
  'oppfølgingen av anbefalingene fra evalueringen',
  'kompetansen på likestilling og menneskerettigheter',
  'dialogen med ambassadene om landprogrammene',
  'rapporteringen til departementets ledelse',
  'kvalitetssikringen av avtaledokumentene',
  'tiltakene mot korrupsjon og økonomiske misligheter',
];

const QUALIFIERS = [
  '',
  ' i samarbeid med ambassadene',
  ' innen utgangen av året',
  ' for neste avtaleperiode',
  ' på landnivå',
  ' i styremøtene',
];

const REPORT_OPENINGS = [
  'Arbeidet er igangsatt, og en første gjennomgang ble lagt fram for ledelsen i oktober.',
  'Saken er drøftet med partneren i de halvårlige konsultasjonene.',
  'Det er utarbeidet et utkast som nå er på høring i de berørte seksjonene.',
  'Tiltaket er gjennomført som planlagt, og erfaringene er oppsummert i et eget notat.',
  'Ingen har rapportert om framdrift i perioden; ansvaret er nå avklart på nytt.',
  'Ambassaden har fulgt opp saken i møter med myndighetene og andre givere.',
];

const REPORT_FOLLOW_UPS = [
  'Videre oppfølging skjer i forbindelse med budsjettprosessen for neste år.',
  'Det tas sikte på å ferdigstille arbeidet innen fristen.',
  'Partneren har bekreftet at anbefalingene vil bli lagt til grunn i den nye strategien.',
  'Erfaringene deles med de andre ambassadene gjennom det faglige nettverket.',
];

const STATUSES_REPORTED = [
  'Pågår',
  'Gjennomført',
  'Gjennomført',
  'Ikke gjennomført',
  'Ikke aktuelt',
];

function pick<T>(random: RandomSource, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function generatedMeasure(index: number, random: RandomSource): SeedMeasure {
  const section = SECTIONS[index % SECTIONS.length] ?? 'Departementets oppfølging';
  const action = pick(random, ACTIONS);
  const object = pick(random, OBJECTS);
  const title = `${action} ${object}${pick(random, QUALIFIERS)} (${index + 1})`;
  const unit = pick(random, UNITS);
  const deadline = isoDate(
    2012 + Math.floor(random() * 2),
    1 + Math.floor(random() * 12),
    1 + Math.floor(random() * 28),
  );
  const fields: SeedMeasure['fields'] = {
    Title: title,
    Description: `${unit} skal ${action.toLowerCase()} ${object}. Tiltaket følger av anbefaling ${(index % 12) + 1} i evalueringsrapporten.`,
    CaseNumber: GENERATED_CASE_NUMBER,
    Section: section,
    SortOrder: (Math.floor(index / SECTIONS.length) + 1) * 10,
    ResponsibleUnit: unit,
    Deadline: deadline,
    Status: 'Ikke påbegynt',
    ReviewState: 'Ikke vurdert',
  };
  // About a quarter stay unreported: an empty StatusReport is what the tab flags.
  if (random() >= 0.25) {
    const paragraphs = [pick(random, REPORT_OPENINGS)];
    if (random() < 0.2)
      paragraphs.push(pick(random, REPORT_FOLLOW_UPS), pick(random, REPORT_FOLLOW_UPS));
    fields.StatusReport = paragraphs.join('\n\n');
    fields.Status = pick(random, STATUSES_REPORTED);
    fields.ReportedBy = pick(random, PEOPLE);
    fields.ReportedAt = `${isoDate(2012, 11, 1 + Math.floor(random() * 28))}T${String(8 + Math.floor(random() * 8)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00Z`;
    const review = random();
    if (review < 0.5) fields.ReviewState = 'Godkjent';
    else if (review < 0.6) {
      fields.ReviewState = 'Returnert';
      fields.ReviewComment = 'Rapporten må si noe om hva som gjenstår og når det blir gjort.';
    }
  }
  return { createdDateTime: '2011-09-01T08:00:00Z', createdBy: 'Kari Nordmann', fields };
}

export function generateMeasures(count: number): SeedMeasure[] {
  const random = seededRandom(99_00001);
  return Array.from({ length: count }, (_, index) => generatedMeasure(index, random));
}
