import type { Messages, ReviewState } from '../../domain';
import { sentenceCase, terms } from '../../domain/terms';

/** The texts of the follow-up cycle in the plan: contributions, composing, the review round. */
export type CycleTexts = {
  /** The group of measures the user's unit is asked to contribute to. */
  contributingMeasures: string;
  /** The group of the user's own measures whose report came back. */
  returnedMeasures: string;
  contributors: string;
  yourContribution: string;
  writeContribution: string;
  writeContributionFor: (title: string) => string;
  contributionEditorLabel: (title: string, unit: string) => string;
  contributionLabel: string;
  contributionHint: string;
  noContributionYet: string;
  contributionTooLong: (length: number, max: number) => string;
  contributionRequired: (status: string) => string;
  contributionsTitle: string;
  contributionsLoading: string;
  contributionsFailed: string;
  contributionMissing: (unit: string) => string;
  contributionBy: (who: string, when: string) => string;
  insert: string;
  insertFor: (unit: string) => string;
  insertNone: (sentence: string) => string;
  insertAll: string;
  composeHint: string;
  historyContributions: string;
  historyContribution: (unit: string, status: string) => string;
  reviewStateNames: Record<ReviewState, string>;
  reviewTitle: string;
  reviewedBy: (state: string, who: string, when: string) => string;
  returnedTitle: (who: string, when: string) => string;
  returnedWithoutName: string;
  approve: string;
  approveFor: (title: string) => string;
  returnReport: string;
  returnFor: (title: string) => string;
  returnComment: string;
  returnCommentHint: string;
  returnCommentRequired: string;
  sendReturn: string;
  cancel: string;
  nothingToApprove: string;
  reviewSaving: string;
  reviewFailed: string;
  reviewCommentKept: string;
  reviewCommentRestored: string;
  reviewRetry: string;
  reviewConflictTitle: string;
  reviewConflictText: string;
  reviewConflictRead: string;
  reviewConflictNow: (who: string, when: string) => string;
  reviewAgain: string;
};

export const cycleMessages: Messages<CycleTexts> = {
  nb: {
    contributingMeasures: 'Bidrag fra deg',
    returnedMeasures: 'Returnert til deg',
    contributors: 'Bidragsytere',
    yourContribution: `Ditt ${terms.nb.contribution}`,
    writeContribution: `Skriv ${terms.nb.contribution}`,
    writeContributionFor: (title) => `Skriv ${terms.nb.contribution} til «${title}»`,
    contributionEditorLabel: (title, unit) =>
      `${sentenceCase(terms.nb.contribution)} fra ${unit}: ${title}`,
    contributionLabel: `Ditt ${terms.nb.contribution}`,
    contributionHint: `Ansvarlig enhet og ${terms.nb.caseOfficer} setter ${terms.nb.contribution}et inn i ${terms.nb.theStatusReport}. Ctrl+Enter lagrer.`,
    noContributionYet: `Ikke skrevet ${terms.nb.contribution} ennå.`,
    contributionTooLong: (length, max) =>
      `${sentenceCase(terms.nb.contribution)}et er for langt (${length.toLocaleString('nb-NO')} tegn). Kort det ned til høyst ${max.toLocaleString('nb-NO')} tegn.`,
    contributionRequired: (status) =>
      `Skriv hvorfor tiltaket er «${status}» for enheten din. ${sentenceCase(terms.nb.contribution)}et kan ikke være tomt.`,
    contributionsTitle: `${sentenceCase(terms.nb.contribution)} fra bidragsyterne`,
    contributionsLoading: `Henter ${terms.nb.contribution} …`,
    contributionsFailed: `Kunne ikke hente ${terms.nb.contribution}.`,
    contributionMissing: (unit) => `${unit} har ikke skrevet ${terms.nb.contribution} ennå.`,
    contributionBy: (who, when) => `Skrevet av ${who}, ${when}`,
    insert: 'Sett inn',
    insertFor: (unit) => `Sett inn ${terms.nb.contribution}et fra ${unit}`,
    insertNone: (sentence) => `Sett inn «${sentence}»`,
    insertAll: 'Sett sammen alt',
    composeHint: `Sett inn et ${terms.nb.contribution} der markøren står i ${terms.nb.theStatusReport}, som en setning som nevner enheten.`,
    historyContributions: sentenceCase(terms.nb.contribution),
    historyContribution: (unit, status) => `${unit} · ${status}`,
    reviewStateNames: {
      'Ikke vurdert': 'Ikke vurdert',
      Godkjent: 'Godkjent',
      Returnert: 'Returnert',
    },
    reviewTitle: 'Vurdering',
    reviewedBy: (state, who, when) => `${state} av ${who}, ${when}`,
    returnedTitle: (who, when) => `Returnert av ${who}, ${when}`,
    returnedWithoutName: 'Returnert',
    approve: 'Godkjenn',
    approveFor: (title) => `Godkjenn ${terms.nb.theStatusReport} for «${title}»`,
    returnReport: 'Returner',
    returnFor: (title) => `Returner ${terms.nb.theStatusReport} for «${title}»`,
    returnComment: 'Hva må endres?',
    returnCommentHint: `Enheten ser kommentaren øverst sammen med ${terms.nb.theStatusReport}.`,
    returnCommentRequired: `Skriv hva som må endres før du returnerer ${terms.nb.theStatusReport}.`,
    sendReturn: 'Returner med kommentar',
    cancel: 'Avbryt',
    nothingToApprove: `Det er ingen ${terms.nb.statusReport} å godkjenne ennå.`,
    reviewSaving: 'Lagrer vurderingen …',
    reviewFailed: 'Vurderingen ble ikke lagret.',
    reviewCommentKept:
      'Kommentaren er tatt vare på i denne nettleseren, også om du laster siden på nytt. Prøv igjen når SharePoint svarer.',
    reviewCommentRestored:
      'Returen er ikke sendt ennå. Kommentaren er hentet fra forrige gang du skrev den.',
    reviewRetry: 'Prøv igjen',
    reviewConflictTitle: `${sentenceCase(terms.nb.theStatusReport)} er endret siden du leste den`,
    reviewConflictText: 'Vurderingen er ikke lagret. Les den nye versjonen og vurder igjen.',
    reviewConflictRead: 'Versjonen du vurderte',
    reviewConflictNow: (who, when) => `Nå: lagret av ${who}, ${when}`,
    reviewAgain: 'Vurder den nye versjonen',
  },
  en: {
    contributingMeasures: 'Your input',
    returnedMeasures: 'Returned to you',
    contributors: 'Contributors',
    yourContribution: `Your ${terms.en.contribution}`,
    writeContribution: `Write ${terms.en.contribution}`,
    writeContributionFor: (title) => `Write ${terms.en.contribution} on “${title}”`,
    contributionEditorLabel: (title, unit) =>
      `${sentenceCase(terms.en.contribution)} from ${unit}: ${title}`,
    contributionLabel: `Your ${terms.en.contribution}`,
    contributionHint: `The lead unit and the ${terms.en.caseOfficer} insert your ${terms.en.contribution} into ${terms.en.theStatusReport}. Ctrl+Enter saves.`,
    noContributionYet: `No ${terms.en.contribution} written yet.`,
    contributionTooLong: (length, max) =>
      `Your ${terms.en.contribution} is too long (${length.toLocaleString('en-GB')} characters). Shorten it to at most ${max.toLocaleString('en-GB')}.`,
    contributionRequired: (status) =>
      `Say why the measure is “${status}” for your unit. Your ${terms.en.contribution} cannot be empty.`,
    contributionsTitle: `${sentenceCase(terms.en.contribution)} from the ${terms.en.contributor}s`,
    contributionsLoading: `Reading the ${terms.en.contribution} …`,
    contributionsFailed: `Could not read the ${terms.en.contribution}.`,
    contributionMissing: (unit) => `${unit} has not written any ${terms.en.contribution} yet.`,
    contributionBy: (who, when) => `Written by ${who}, ${when}`,
    insert: 'Insert',
    insertFor: (unit) => `Insert the ${terms.en.contribution} from ${unit}`,
    insertNone: (sentence) => `Insert “${sentence}”`,
    insertAll: 'Compose all',
    composeHint: `Insert ${terms.en.contribution} at the cursor in ${terms.en.theStatusReport}, as a sentence naming the unit.`,
    historyContributions: sentenceCase(terms.en.contribution),
    historyContribution: (unit, status) => `${unit} · ${status}`,
    reviewStateNames: {
      'Ikke vurdert': 'Not reviewed',
      Godkjent: 'Approved',
      Returnert: 'Returned',
    },
    reviewTitle: 'Review',
    reviewedBy: (state, who, when) => `${state} by ${who}, ${when}`,
    returnedTitle: (who, when) => `Returned by ${who}, ${when}`,
    returnedWithoutName: 'Returned',
    approve: 'Approve',
    approveFor: (title) => `Approve ${terms.en.theStatusReport} for “${title}”`,
    returnReport: 'Return',
    returnFor: (title) => `Return ${terms.en.theStatusReport} for “${title}”`,
    returnComment: 'What needs to change?',
    returnCommentHint: `The unit sees the comment first, with ${terms.en.theStatusReport}.`,
    returnCommentRequired: `Say what needs to change before you return ${terms.en.theStatusReport}.`,
    sendReturn: 'Return with comment',
    cancel: 'Cancel',
    nothingToApprove: `There is no ${terms.en.statusReport} to approve yet.`,
    reviewSaving: 'Saving the review …',
    reviewFailed: 'The review was not saved.',
    reviewCommentKept:
      'Your comment is kept in this browser, also if you reload the page. Try again when SharePoint answers.',
    reviewCommentRestored:
      'The return has not been sent yet. The comment is the one you wrote last time.',
    reviewRetry: 'Try again',
    reviewConflictTitle: `${sentenceCase(terms.en.theStatusReport)} changed since you read it`,
    reviewConflictText: 'The review is not saved. Read the new version and review again.',
    reviewConflictRead: 'The version you reviewed',
    reviewConflictNow: (who, when) => `Now: saved by ${who}, ${when}`,
    reviewAgain: 'Review the new version',
  },
};
