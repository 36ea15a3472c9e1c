import type { Messages } from '../../domain';
import type { GraphErrorKind } from '../../graph/errors';
import { sentenceCase, terms } from '../../domain/terms';

type PlanTexts = {
  newPlan: string;
  manageMeasures: string;
  close: string;
  cancel: string;
  // The plan form
  planHeading: string;
  planIntro: string;
  title: string;
  caseNumber: string;
  caseNumberHint: string;
  evaluation: string;
  planDate: string;
  coordinator: string;
  deadlineRule: string;
  noRule: string;
  reportDue: string;
  measureDeadline: string;
  ruleProposes: (reportDue: string | null, deadline: string | null) => string;
  titleRequired: string;
  caseNumberRequired: string;
  caseNumberTaken: (caseNumber: string) => string;
  dateInvalid: string;
  // Pasting and the preview
  pasteHeading: string;
  pasteLabel: string;
  pasteHint: string;
  defaultSection: string;
  previewHeading: (rows: number) => string;
  previewEmpty: string;
  previewIntro: string;
  rowLabel: (position: number) => string;
  include: string;
  measureText: string;
  leadUnit: string;
  contributingUnits: string;
  contributingNone: string;
  section: string;
  order: string;
  deadline: string;
  problemNoUnit: string;
  problemNoLead: string;
  problemTooLong: string;
  problemNoTitle: string;
  problemBadOrder: string;
  needsFix: (rows: number) => string;
  readyToCreate: (rows: number) => string;
  // Creating
  create: (rows: number) => string;
  creating: (done: number, total: number) => string;
  createdPlan: (title: string) => string;
  importDone: (created: number, skipped: number) => string;
  importFailed: (failed: number) => string;
  failedRow: (title: string, reason: string) => string;
  retry: string;
  useExisting: string;
  showPlan: string;
  planSaveFailed: string;
  draftKept: string;
  // Editing single measures
  manageHeading: (caseNumber: string) => string;
  manageIntro: string;
  addMeasure: string;
  actionsHeader: string;
  edit: string;
  remove: string;
  editHeading: string;
  addHeading: string;
  measureTitle: string;
  description: string;
  revisedDeadline: string;
  revisedFrom: (revised: string, original: string) => string;
  deadlineReason: string;
  reasonRequired: string;
  revisedBeforePlan: string;
  leadRequired: string;
  orderInvalid: string;
  save: string;
  saving: string;
  saved: (title: string) => string;
  removed: (title: string) => string;
  removeConfirmTitle: string;
  removeConfirm: (title: string) => string;
  removeConfirmButton: string;
  saveFailed: string;
  conflictTitle: string;
  conflictIntro: string;
  conflictChoice: string;
  conflictMine: string;
  conflictTheirs: (who: string) => string;
  keepMine: string;
  takeTheirs: string;
  removeConflict: string;
  removeAnyway: string;
  goneTitle: string;
  none: string;
  /** Why a write to the lists failed, in plain words. */
  problem: Record<GraphErrorKind, string>;
};

const nb: PlanTexts = {
  newPlan: `Ny ${terms.nb.followUpPlan}`,
  manageMeasures: `Rediger ${terms.nb.measures}`,
  close: 'Lukk',
  cancel: 'Avbryt',
  planHeading: sentenceCase(terms.nb.followUpPlan),
  planIntro:
    'Fyll inn planen, og lim inn tiltakene slik de står i plandokumentet. Du ser alle tiltakene før noe blir opprettet.',
  title: 'Tittel',
  caseNumber: 'Saksnummer',
  caseNumberHint: 'Én plan per saksnummer, for eksempel 11/10298.',
  evaluation: 'Evaluering',
  planDate: 'Plandato',
  coordinator: 'Koordinerende enhet',
  deadlineRule: 'Fristregel',
  noRule: 'Ingen regel',
  reportDue: 'Rapporteringsfrist',
  measureDeadline: 'Frist for tiltakene',
  ruleProposes: (reportDue, deadline) =>
    reportDue === null && deadline === null
      ? 'Regelen foreslår ingen frister: sett dem selv.'
      : `Regelen foreslår rapporteringsfrist ${reportDue ?? '–'} og frist for tiltakene ${deadline ?? '–'}. Du kan endre datoene.`,
  titleRequired: 'Skriv tittelen på planen.',
  caseNumberRequired: 'Skriv saksnummeret.',
  caseNumberTaken: (caseNumber) =>
    `Det finnes alt en plan med saksnummer ${caseNumber}. Velg et annet saksnummer, eller legg tiltakene til den planen.`,
  dateInvalid: 'Skriv en gyldig dato.',
  pasteHeading: sentenceCase(terms.nb.measures),
  pasteLabel: 'Lim inn tiltakene',
  pasteHint:
    'Punktlister, nummerering og linjer som er brutt midt i en setning, blir lest som ett tiltak per punkt.',
  defaultSection: 'Del i notatet',
  previewHeading: (rows) => `Forhåndsvisning: ${rows} ${terms.nb.measures}`,
  previewEmpty: 'Lim inn tekst for å se tiltakene her.',
  previewIntro:
    'Kontroller hvert tiltak. Enhetene er gjettet ut fra teksten; endre dem der gjetningen er feil.',
  rowLabel: (position) => `Tiltak ${position}`,
  include: 'Ta med',
  measureText: 'Tekst',
  leadUnit: 'Ansvarlig enhet',
  contributingUnits: 'Bidragsytere',
  contributingNone: 'Ingen',
  section: 'Del',
  order: 'Rekkefølge',
  deadline: 'Frist',
  problemNoUnit: 'Teksten nevner ingen kjent enhet. Kontroller ansvarlig enhet.',
  problemNoLead: 'Velg ansvarlig enhet.',
  problemTooLong:
    'Teksten er lengre enn 255 tegn. Tittelen blir forkortet; hele teksten lagres som beskrivelse.',
  problemNoTitle: 'Tiltaket har ingen tekst.',
  problemBadOrder: 'Rekkefølgen må være et helt tall.',
  needsFix: (rows) =>
    rows === 1
      ? 'Ett tiltak må rettes før du kan opprette.'
      : `${rows} tiltak må rettes før du kan opprette.`,
  readyToCreate: (rows) => `${rows} ${terms.nb.measures} blir opprettet.`,
  create: (rows) => `Opprett planen med ${rows} ${terms.nb.measures}`,
  creating: (done, total) => `Oppretter ${terms.nb.measures} … ${done} av ${total}`,
  createdPlan: (title) => `Planen «${title}» er lagret.`,
  importDone: (created, skipped) =>
    skipped === 0
      ? `${created} ${terms.nb.measures} er opprettet.`
      : `${created} ${terms.nb.measures} er opprettet; ${skipped} fantes alt i planen og er ikke opprettet på nytt.`,
  importFailed: (failed) =>
    `${failed} ${terms.nb.measures} ble ikke opprettet. Prøv igjen: det som alt er opprettet, blir ikke opprettet to ganger.`,
  failedRow: (title, reason) => `${title}: ${reason}`,
  retry: 'Prøv igjen',
  useExisting: 'Legg tiltakene til den planen',
  showPlan: 'Vis planen',
  planSaveFailed: 'Planen ble ikke lagret.',
  draftKept: 'Det du har skrevet, er tatt vare på i denne nettleseren.',
  manageHeading: (caseNumber) => `${sentenceCase(terms.nb.measures)} i planen ${caseNumber}`,
  manageIntro:
    'Legg til, endre eller fjern enkelttiltak. En ny frist må begrunnes; begrunnelsen står i listen.',
  addMeasure: 'Legg til tiltak',
  actionsHeader: 'Handlinger',
  edit: 'Endre',
  remove: 'Fjern',
  editHeading: 'Endre tiltaket',
  addHeading: 'Nytt tiltak',
  measureTitle: 'Tiltak',
  description: 'Beskrivelse',
  revisedDeadline: 'Ny frist',
  revisedFrom: (revised, original) => `${revised} (flyttet fra ${original})`,
  deadlineReason: 'Begrunnelse for ny frist',
  reasonRequired: 'Skriv hvorfor fristen er flyttet.',
  revisedBeforePlan: 'Den nye fristen er før plandatoen.',
  leadRequired: 'Velg ansvarlig enhet.',
  orderInvalid: 'Rekkefølgen må være et helt tall.',
  save: 'Lagre',
  saving: 'Lagrer …',
  saved: (title) => `Lagret: «${title}».`,
  removed: (title) => `Fjernet: «${title}».`,
  removeConfirmTitle: 'Fjerne tiltaket?',
  removeConfirm: (title) =>
    `«${title}» blir slettet fra listen, med ${terms.nb.theStatusReport} og historikken.`,
  removeConfirmButton: 'Fjern tiltaket',
  saveFailed: 'Ikke lagret.',
  conflictTitle: 'Noen andre har lagret dette tiltaket mens du endret det',
  conflictIntro: 'Ingenting er overskrevet. Velg hvilken versjon som skal gjelde.',
  conflictChoice: 'Velg versjon',
  conflictMine: 'Din versjon (ikke lagret)',
  conflictTheirs: (who) => (who === '' ? 'Lagret versjon' : `Lagret av ${who}`),
  keepMine: 'Behold min versjon',
  takeTheirs: 'Bruk den lagrede',
  removeConflict:
    'Tiltaket er endret siden du åpnet det. Se den lagrede versjonen før du fjerner det.',
  removeAnyway: 'Fjern likevel',
  goneTitle: 'Tiltaket finnes ikke lenger i listen.',
  none: '–',
  problem: {
    conflict: 'Noen andre har lagret i mellomtiden.',
    throttled: terms.nb.unavailable,
    'not-found':
      'Fant ikke listen eller tiltaket. Listene for planer og tiltak må være opprettet (se oppsettsiden).',
    forbidden: 'Du har ikke tillatelse til å endre listene. Be eieren av nettstedet om tilgang.',
    unauthorized: terms.nb.signInRefused,
    invalid: 'SharePoint godtok ikke verdiene. Be eieren av listen kontrollere kolonnene.',
    network: terms.nb.unreachable,
    server: terms.nb.serverError,
  },
};

const en: PlanTexts = {
  newPlan: `New ${terms.en.followUpPlan}`,
  manageMeasures: `Edit ${terms.en.measures}`,
  close: 'Close',
  cancel: 'Cancel',
  planHeading: sentenceCase(terms.en.followUpPlan),
  planIntro:
    'Fill in the plan, and paste the measures as they stand in the plan document. You see every measure before anything is created.',
  title: 'Title',
  caseNumber: 'Case number',
  caseNumberHint: 'One plan per case number, for example 11/10298.',
  evaluation: 'Evaluation',
  planDate: 'Plan date',
  coordinator: 'Coordinating unit',
  deadlineRule: 'Deadline rule',
  noRule: 'No rule',
  reportDue: 'Report due',
  measureDeadline: 'Deadline of the measures',
  ruleProposes: (reportDue, deadline) =>
    reportDue === null && deadline === null
      ? 'The rule proposes no deadlines: set them yourself.'
      : `The rule proposes the report by ${reportDue ?? '–'} and the measures by ${deadline ?? '–'}. You can change the dates.`,
  titleRequired: 'Enter the title of the plan.',
  caseNumberRequired: 'Enter the case number.',
  caseNumberTaken: (caseNumber) =>
    `A plan with case number ${caseNumber} exists. Choose another case number, or add the measures to that plan.`,
  dateInvalid: 'Enter a valid date.',
  pasteHeading: sentenceCase(terms.en.measures),
  pasteLabel: 'Paste the measures',
  pasteHint:
    'Bullets, numbering and lines broken in the middle of a sentence are read as one measure per item.',
  defaultSection: 'Memo section',
  previewHeading: (rows) => `Preview: ${rows} ${rows === 1 ? terms.en.measure : terms.en.measures}`,
  previewEmpty: 'Paste text to see the measures here.',
  previewIntro:
    'Check each measure. The units are guessed from the text; change them where the guess is wrong.',
  rowLabel: (position) => `Measure ${position}`,
  include: 'Include',
  measureText: 'Text',
  leadUnit: 'Responsible unit',
  contributingUnits: 'Contributors',
  contributingNone: 'None',
  section: 'Section',
  order: 'Order',
  deadline: 'Deadline',
  problemNoUnit: 'The text names no known unit. Check the responsible unit.',
  problemNoLead: 'Choose the responsible unit.',
  problemTooLong:
    'The text is longer than 255 characters. The title is shortened; the whole text is kept as the description.',
  problemNoTitle: 'The measure has no text.',
  problemBadOrder: 'The order must be a whole number.',
  needsFix: (rows) =>
    rows === 1
      ? 'One measure needs a fix before you can create.'
      : `${rows} measures need a fix before you can create.`,
  readyToCreate: (rows) =>
    `${rows} ${rows === 1 ? terms.en.measure : terms.en.measures} will be created.`,
  create: (rows) =>
    `Create the plan with ${rows} ${rows === 1 ? terms.en.measure : terms.en.measures}`,
  creating: (done, total) => `Creating ${terms.en.measures} … ${done} of ${total}`,
  createdPlan: (title) => `The plan “${title}” is saved.`,
  importDone: (created, skipped) =>
    skipped === 0
      ? `${created} ${created === 1 ? terms.en.measure : terms.en.measures} created.`
      : `${created} created; ${skipped} were already in the plan and were not created again.`,
  importFailed: (failed) =>
    `${failed} ${failed === 1 ? terms.en.measure : terms.en.measures} not created. Try again: what was created is not created twice.`,
  failedRow: (title, reason) => `${title}: ${reason}`,
  retry: 'Try again',
  useExisting: 'Add the measures to that plan',
  showPlan: 'Show the plan',
  planSaveFailed: 'The plan was not saved.',
  draftKept: 'What you wrote is kept in this browser.',
  manageHeading: (caseNumber) => `${sentenceCase(terms.en.measures)} of plan ${caseNumber}`,
  manageIntro:
    'Add, change or remove single measures. A new deadline needs a reason; the reason is kept in the list.',
  addMeasure: 'Add a measure',
  actionsHeader: 'Actions',
  edit: 'Edit',
  remove: 'Remove',
  editHeading: 'Edit the measure',
  addHeading: 'New measure',
  measureTitle: 'Measure',
  description: 'Description',
  revisedDeadline: 'New deadline',
  revisedFrom: (revised, original) => `${revised} (moved from ${original})`,
  deadlineReason: 'Reason for the new deadline',
  reasonRequired: 'Say why the deadline moved.',
  revisedBeforePlan: 'The new deadline is before the plan date.',
  leadRequired: 'Choose the responsible unit.',
  orderInvalid: 'The order must be a whole number.',
  save: 'Save',
  saving: 'Saving …',
  saved: (title) => `Saved: “${title}”.`,
  removed: (title) => `Removed: “${title}”.`,
  removeConfirmTitle: 'Remove the measure?',
  removeConfirm: (title) =>
    `“${title}” is deleted from the list, with ${terms.en.theStatusReport} and its history.`,
  removeConfirmButton: 'Remove the measure',
  saveFailed: 'Not saved.',
  conflictTitle: 'Someone else saved this measure while you were changing it',
  conflictIntro: 'Nothing was overwritten. Choose which version applies.',
  conflictChoice: 'Choose a version',
  conflictMine: 'Your version (not saved)',
  conflictTheirs: (who) => (who === '' ? 'Saved version' : `Saved by ${who}`),
  keepMine: 'Keep my version',
  takeTheirs: 'Use the saved one',
  removeConflict:
    'The measure changed since you opened it. Look at the saved version before removing it.',
  removeAnyway: 'Remove anyway',
  goneTitle: 'The measure is no longer in the list.',
  none: '–',
  problem: {
    conflict: 'Someone else saved in the meantime.',
    throttled: terms.en.unavailable,
    'not-found':
      'The list or the measure was not found. The lists of plans and measures must exist (see the setup page).',
    forbidden: 'You may not change the lists. Ask the site owner for access.',
    unauthorized: terms.en.signInRefused,
    invalid: 'SharePoint did not accept the values. Ask the list owner to check its columns.',
    network: terms.en.unreachable,
    server: terms.en.serverError,
  },
};

export const planMessages: Messages<PlanTexts> = { nb, en };
export type { PlanTexts };
