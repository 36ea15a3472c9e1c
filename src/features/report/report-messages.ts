import type { Status } from '../../domain';
import type { Messages } from '../../domain';
import { sentenceCase, terms } from '../../domain/terms';
import { statusNames } from '../shared/status-names';

export type ReportTexts = {
  yourMeasures: string;
  otherMeasures: string;
  allMeasures: string;
  measureCount: (n: number) => string;
  planPicker: string;
  planOption: (plan: { caseNumber: string; count: number | null; title: string }) => string;
  loading: string;
  loadFailed: string;
  refreshFailed: string;
  tryAgain: string;
  noMeasures: string;
  linkedNotFound: (listTitle: string) => string;
  deletedWhileEditing: string;
  shownCount: (shown: number, total: number) => string;
  /** While the rest of a large plan is read: how many measures are shown so far. */
  loadingMore: (read: number) => string;
  responsible: string;
  deadline: string;
  noDeadline: string;
  overdue: string;
  status: string;
  statusReport: string;
  unreported: string;
  reportedBy: (who: string, when: string) => string;
  description: string;
  showDescription: string;
  hideDescription: string;
  history: string;
  hideHistory: string;
  historyLoading: string;
  historyEmpty: string;
  historyFailed: string;
  historyStatusChanged: (from: string, to: string) => string;
  historyStatusSet: (to: string) => string;
  historyReportChanged: string;
  historyNoChange: string;
  historyTrimmed: (kept: number) => string;
  historyVersioningOff: string;
  readOnlyHint: string;
  report: string;
  reportFor: (title: string) => string;
  editorLabel: (title: string) => string;
  statusLabel: string;
  reportLabel: string;
  reportHint: string;
  characterCount: (n: number, max: number) => string;
  save: string;
  saveShortcut: string;
  close: string;
  discard: string;
  retry: string;
  stateSaving: string;
  stateSaved: (when: string) => string;
  stateUnsaved: string;
  stateNotSaved: string;
  stateWaiting: (seconds: number) => string;
  stateWaitingNow: string;
  stateDraftRestored: string;
  tooLong: (length: number, max: number) => string;
  reportRequired: (status: string) => string;
  otherTabTitle: string;
  otherTabText: string;
  useOtherTab: string;
  keepThisTab: string;
  conflictTitle: string;
  conflictIntro: string;
  conflictChoice: string;
  conflictMine: string;
  conflictTheirs: (who: string, when: string) => string;
  conflictTheirsUnknown: string;
  keepMine: string;
  takeTheirs: string;
  editFurther: string;
  emptyReport: string;
  dateTime: (date: string, time: string) => string;
  statusNames: Record<Status, string>;
};

export const reportMessages: Messages<ReportTexts> = {
  nb: {
    yourMeasures: 'Dine tiltak',
    otherMeasures: 'Andre enheters tiltak',
    allMeasures: 'Tiltak',
    measureCount: (n) => (n === 1 ? '1 tiltak' : `${n} tiltak`),
    planPicker: 'Oppfølgingsplan',
    planOption: ({ caseNumber, count, title }) =>
      `${caseNumber === '' ? '(uten saksnummer)' : caseNumber} ${count === null ? `– ${title}` : `(${count} tiltak)`}`,
    loading: 'Henter tiltakene …',
    loadFailed: 'Kunne ikke hente tiltakene.',
    refreshFailed: 'Kunne ikke oppdatere listen. Det du ser, kan være utdatert.',
    tryAgain: 'Prøv igjen',
    noMeasures: 'Planen har ingen tiltak ennå.',
    linkedNotFound: (listTitle) =>
      `Fant ikke tiltaket lenken peker til i listen «${listTitle}». Det kan være slettet eller flyttet.`,
    deletedWhileEditing:
      'Dette tiltaket er slettet fra listen mens du skrev. Teksten din er beholdt her, men kan ikke lagres på tiltaket: kopier den dit den skal.',
    shownCount: (shown, total) =>
      shown === total ? `Viser alle ${total} tiltak` : `Viser ${shown} av ${total} tiltak`,
    loadingMore: (read) => `Viser de første ${read} tiltakene, henter resten …`,
    responsible: 'Ansvarlig',
    deadline: 'Frist',
    noDeadline: 'Ingen frist',
    overdue: sentenceCase(terms.nb.overdue),
    status: 'Status',
    statusReport: sentenceCase(terms.nb.statusReport),
    unreported: 'Ikke rapportert',
    reportedBy: (who, when) => `Rapportert av ${who}, ${when}`,
    description: 'Beskrivelse',
    showDescription: 'Vis beskrivelse',
    hideDescription: 'Skjul beskrivelse',
    history: 'Historikk',
    hideHistory: 'Skjul historikk',
    historyLoading: 'Henter historikken …',
    historyEmpty: 'Ingen tidligere versjoner.',
    historyFailed: 'Kunne ikke hente historikken.',
    historyStatusChanged: (from, to) => `Status: ${from} → ${to}`,
    historyStatusSet: (to) => `Status: ${to}`,
    historyReportChanged: `${sentenceCase(terms.nb.theStatusReport)} ble endret:`,
    historyNoChange: `Ingen endring i status eller ${terms.nb.statusReport}.`,
    historyTrimmed: (kept) =>
      `Listen tar bare vare på ${kept === 1 ? 'den siste versjonen' : `de ${kept} siste versjonene`} av hvert tiltak. Eldre endringer er slettet av SharePoint og vises ikke her.`,
    historyVersioningOff:
      'Versjonshistorikk er slått av for denne listen i SharePoint. Bare den siste versjonen finnes, så tidligere endringer kan ikke vises.',
    readOnlyHint: 'Bare ansvarlig enhet kan rapportere på dette tiltaket.',
    report: 'Rapporter',
    reportFor: (title) => `Rapporter på «${title}»`,
    editorLabel: (title) => `Rapportering: ${title}`,
    statusLabel: 'Status',
    reportLabel: sentenceCase(terms.nb.statusReport),
    reportHint: 'Teksten blir avsnittet om tiltaket i notatet. Ctrl+Enter lagrer.',
    characterCount: (n, max) =>
      `${n.toLocaleString('nb-NO')} av ${max.toLocaleString('nb-NO')} tegn`,
    save: 'Lagre',
    saveShortcut: 'Ctrl+Enter',
    close: 'Lukk',
    discard: 'Forkast endringene',
    retry: 'Prøv igjen',
    stateSaving: 'Lagrer …',
    stateSaved: (when) => `Lagret ${when}`,
    stateUnsaved: 'Endringer som ikke er lagret',
    stateNotSaved: 'Ikke lagret',
    stateWaiting: terms.nb.retryingIn,
    stateWaitingNow: terms.nb.retryingNow,
    stateDraftRestored: 'Endringen er tatt vare på i denne nettleseren til den er lagret.',
    tooLong: (length, max) =>
      `${sentenceCase(terms.nb.theStatusReport)} er for lang (${length.toLocaleString('nb-NO')} tegn). Kort den ned til høyst ${max.toLocaleString('nb-NO')} tegn.`,
    reportRequired: (status) =>
      `Skriv hvorfor tiltaket er «${status}». ${sentenceCase(terms.nb.theStatusReport)} kan ikke være tom.`,
    otherTabTitle: 'Du skriver på dette tiltaket i en annen fane også',
    otherTabText: 'Teksten i den andre fanen er ikke den samme som her:',
    useOtherTab: 'Bruk teksten fra den andre fanen',
    keepThisTab: 'Behold teksten her',
    conflictTitle: 'Noen andre har lagret dette tiltaket mens du skrev',
    conflictIntro: 'Ingenting er overskrevet. Velg hvilken versjon som skal gjelde.',
    conflictChoice: 'Velg versjon',
    conflictMine: 'Din versjon (ikke lagret)',
    conflictTheirs: (who, when) => `Lagret av ${who}, ${when}`,
    conflictTheirsUnknown: 'Gjeldende versjon',
    keepMine: 'Behold min versjon',
    takeTheirs: 'Bruk den lagrede versjonen',
    editFurther: 'Rediger videre',
    emptyReport: `(ingen ${terms.nb.statusReport})`,
    dateTime: (date, time) => `${date} ${terms.nb.clockTime(time)}`,
    statusNames: statusNames.nb,
  },
  en: {
    yourMeasures: 'Your measures',
    otherMeasures: "Other units' measures",
    allMeasures: 'Measures',
    measureCount: (n) => (n === 1 ? '1 measure' : `${n} measures`),
    planPicker: 'Follow-up plan',
    planOption: ({ caseNumber, count, title }) =>
      `${caseNumber === '' ? '(no case number)' : caseNumber} ${count === null ? `– ${title}` : `(${count === 1 ? '1 measure' : `${count} measures`})`}`,
    loading: 'Loading the measures …',
    loadFailed: 'Could not load the measures.',
    refreshFailed: 'Could not refresh the list. What you see may be out of date.',
    tryAgain: 'Try again',
    noMeasures: 'The plan has no measures yet.',
    linkedNotFound: (listTitle) =>
      `The measure the link points to was not found in the list “${listTitle}”. It may have been deleted or moved.`,
    deletedWhileEditing:
      'This measure was deleted from the list while you were writing. Your text is kept here but cannot be saved to the measure: copy it to where it belongs.',
    shownCount: (shown, total) =>
      shown === total ? `Showing all ${total} measures` : `Showing ${shown} of ${total} measures`,
    loadingMore: (read) => `Showing the first ${read} measures, loading the rest …`,
    responsible: 'Responsible',
    deadline: 'Deadline',
    noDeadline: 'No deadline',
    overdue: sentenceCase(terms.en.overdue),
    status: 'Status',
    statusReport: sentenceCase(terms.en.statusReport),
    unreported: 'Not reported',
    reportedBy: (who, when) => `Reported by ${who}, ${when}`,
    description: 'Description',
    showDescription: 'Show description',
    hideDescription: 'Hide description',
    history: 'History',
    hideHistory: 'Hide history',
    historyLoading: 'Loading the history …',
    historyEmpty: 'No earlier versions.',
    historyFailed: 'Could not load the history.',
    historyStatusChanged: (from, to) => `Status: ${from} → ${to}`,
    historyStatusSet: (to) => `Status: ${to}`,
    historyReportChanged: `${sentenceCase(terms.en.theStatusReport)} was changed:`,
    historyNoChange: `No change to status or ${terms.en.statusReport}.`,
    historyTrimmed: (kept) =>
      `The list keeps only the latest ${kept === 1 ? 'version' : `${kept} versions`} of each measure. Older changes have been deleted by SharePoint and are not shown here.`,
    historyVersioningOff:
      'Version history is turned off for this list in SharePoint. Only the latest version exists, so earlier changes cannot be shown.',
    readOnlyHint: 'Only the responsible unit can report on this measure.',
    report: 'Report',
    reportFor: (title) => `Report on “${title}”`,
    editorLabel: (title) => `Reporting: ${title}`,
    statusLabel: 'Status',
    reportLabel: sentenceCase(terms.en.statusReport),
    reportHint: 'The text becomes the paragraph on this measure in the memo. Ctrl+Enter saves.',
    characterCount: (n, max) =>
      `${n.toLocaleString('en-GB')} of ${max.toLocaleString('en-GB')} characters`,
    save: 'Save',
    saveShortcut: 'Ctrl+Enter',
    close: 'Close',
    discard: 'Discard changes',
    retry: 'Retry',
    stateSaving: 'Saving …',
    stateSaved: (when) => `Saved ${when}`,
    stateUnsaved: 'Unsaved changes',
    stateNotSaved: 'Not saved',
    stateWaiting: terms.en.retryingIn,
    stateWaitingNow: terms.en.retryingNow,
    stateDraftRestored: 'The change is kept in this browser until it is saved.',
    tooLong: (length, max) =>
      `${sentenceCase(terms.en.theStatusReport)} is too long (${length.toLocaleString('en-GB')} characters). Shorten it to at most ${max.toLocaleString('en-GB')} characters.`,
    reportRequired: (status) =>
      `Say why the measure is “${status}”. ${sentenceCase(terms.en.theStatusReport)} cannot be empty.`,
    otherTabTitle: 'You are writing on this measure in another tab too',
    otherTabText: 'The text in the other tab is not the same as here:',
    useOtherTab: 'Use the text from the other tab',
    keepThisTab: 'Keep the text here',
    conflictTitle: 'Someone else saved this measure while you were writing',
    conflictIntro: 'Nothing has been overwritten. Choose which version applies.',
    conflictChoice: 'Choose a version',
    conflictMine: 'Your version (not saved)',
    conflictTheirs: (who, when) => `Saved by ${who}, ${when}`,
    conflictTheirsUnknown: 'Current version',
    keepMine: 'Keep my version',
    takeTheirs: 'Use the saved version',
    editFurther: 'Edit further',
    emptyReport: `(no ${terms.en.statusReport})`,
    dateTime: (date, time) => `${date} at ${terms.en.clockTime(time)}`,
    statusNames: statusNames.en,
  },
};
