import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMessages, type PageView } from '../../src/app/app-messages';
import { STATUSES } from '../../src/domain';
import { terms } from '../../src/domain/terms';
import { configureMessages } from '../../src/features/configure/configure-messages';
import { exportMessages } from '../../src/features/export/export-messages';
import { overviewMessages } from '../../src/features/overview/overview-messages';
import { viewMessages } from '../../src/features/overview/view-messages';
import { planMessages } from '../../src/features/plan/plan-messages';
import { errorMessages } from '../../src/features/report/error-messages';
import { reportMessages } from '../../src/features/report/report-messages';
import { cycleMessages } from '../../src/features/report/cycle-messages';
import { statusNames } from '../../src/features/shared/status-names';
import { MeasuresError, type GraphErrorKind } from '../../src/graph/errors';
import { defaultMemoSettings } from '../../src/memo/memo-settings';
import { authErrorMessages } from '../../src/platform/auth-messages';
import { readConfig } from '../../src/platform/config';
import { makeMeasure, seedMeasures } from '../support/memo/seed-measures';

// The term rules of the UI texts (docs/terms.md): every catalogue, both languages, every
// message, the function-valued ones called with sample arguments. One name per thing is kept by
// construction in src/domain/terms.ts; this test keeps the old names from coming back.

type Language = 'nb' | 'en';

const catalogues: Record<string, Record<Language, unknown>> = {
  app: appMessages,
  auth: authErrorMessages,
  configure: configureMessages,
  export: exportMessages,
  overview: overviewMessages,
  view: viewMessages,
  plan: planMessages,
  errors: errorMessages,
  report: reportMessages,
  cycle: cycleMessages,
  statusNames,
  terms,
};

const GRAPH_ERROR_KINDS: GraphErrorKind[] = [
  'conflict',
  'throttled',
  'not-found',
  'forbidden',
  'unauthorized',
  'invalid',
  'network',
  'server',
];
const PAGE_VIEWS: PageView[] = [
  'plan',
  'export',
  'configure',
  'config-problems',
  'no-site',
  'sign-in-failed',
];
const counts = [[0], [1], [2], [10500]];
const list = [['Oppfølgingstiltak']];

/**
 * Arguments to call each function-valued message with, by its path without the language. A new
 * function message fails the walk until it has samples here: every message is read.
 */
const samples: Record<string, unknown[][]> = {
  'app.planLine': [
    ['11/10298', 'Oppfølgingstiltak'],
    [null, 'Oppfølgingstiltak'],
  ],
  'app.pageTitle': PAGE_VIEWS.map((view) => [view]),
  'app.youAre': [['Kari Nordmann']],
  'overview.showMeasures': [['HUM-seksjonen', 'Pågår', 3]],
  'view.chosen': [[1], [2]],
  'view.tableLabel': [[5000]],
  'view.open': [['Rapportere om gjennomføringen']],
  'report.planOption': [
    [{ caseNumber: '11/10298', count: 14, title: 'Oppfølging av evaluering av IOM' }],
    [{ caseNumber: '99/00001', count: null, title: '' }],
  ],
  'report.shownCount': [
    [14, 14],
    [3, 5000],
  ],
  'report.loadingMore': [[500], [1000]],
  'app.configProblemsIntro': [[1], [2]],
  'configure.ok': list,
  'configure.siteMissing': [['https://contoso.sharepoint.com/sites/hum']],
  'configure.listMissing': list,
  'configure.creating': list,
  'configure.created': list,
  'configure.createdColumns': [['Status, Frist']],
  'configure.createdIndexes': [['Status']],
  'configure.completed': list,
  'configure.listUnchanged': list,
  'configure.companionsMissing': [[['Oppfølgingsplaner']], [['Oppfølgingsplaner', 'Innspill']]],
  'configure.conflicting': [['Status']],
  'configure.forbidden': list,
  'export.documentNumberHint': [['11/10298']],
  'export.sectionIntroduction': [['Oppfølging overfor IOM']],
  'export.unreportedTitle': counts,
  'export.unreportedLead': counts,
  'export.includeUnreported': counts,
  'export.waiting': counts,
  'export.previewMore': counts,
  'export.downloaded': [['Notat 11-10298-26 20.12.2012.docx']],
  'report.historyTrimmed': counts,
  'export.nameTaken': [['Notat 11-10298-26 20.12.2012.docx', 'Oppfølging']],
  'export.locked': [['Notat 11-10298-26 20.12.2012.docx']],
  'export.openSaved': [['Notat 11-10298-26 20.12.2012.docx']],
  'export.approvedCount': [
    [13, 14],
    [0, 1],
  ],
  'export.leftOutTitle': counts,
  'errors.describe': GRAPH_ERROR_KINDS.map((kind) => [
    new MeasuresError(kind, kind),
    'Oppfølgingstiltak',
  ]),
  'report.measureCount': counts,
  'report.linkedNotFound': list,
  'report.reportedBy': [['Kari Nordmann', '20.12.2012 kl. 09.12']],
  'report.historyStatusChanged': [['Pågår', 'Gjennomført']],
  'report.historyStatusSet': [['Pågår']],
  'report.reportFor': [['Styrke dialogen med IOM']],
  'report.editorLabel': [['Styrke dialogen med IOM']],
  'report.characterCount': [
    [1, 10000],
    [10500, 10000],
  ],
  'report.stateSaved': [['20.12.2012 kl. 09.12']],
  'report.stateWaiting': counts,
  'report.tooLong': [[10500, 10000]],
  'report.reportRequired': [['Ikke gjennomført']],
  'report.conflictTheirs': [['Kari Nordmann', '20.12.2012 kl. 09.12']],
  'report.dateTime': [
    ['20.12.2012', '09:12'],
    ['20.12.2012', '14:05'],
  ],
  'plan.ruleProposes': [
    ['25.08.2012', '25.08.2012'],
    [null, null],
  ],
  'plan.caseNumberTaken': [['11/10298']],
  'plan.previewHeading': counts,
  'plan.rowLabel': [[1], [8]],
  'plan.needsFix': counts,
  'plan.readyToCreate': counts,
  'plan.create': counts,
  'plan.creating': [
    [0, 8],
    [8, 8],
  ],
  'plan.createdPlan': [['Oppfølging av evaluering av IOMs innsats mot menneskehandel']],
  'plan.importDone': [
    [8, 0],
    [5, 3],
  ],
  'plan.importFailed': counts,
  'plan.failedRow': [['Styrke dialogen med IOM', 'Invalid request']],
  'plan.manageHeading': [['11/10298']],
  'plan.saved': [['Styrke dialogen med IOM']],
  'plan.revisedFrom': [['31.12.2012', '25.08.2012']],
  'plan.removed': [['Styrke dialogen med IOM']],
  'plan.removeConfirm': [['Styrke dialogen med IOM']],
  'plan.conflictTheirs': [['Kari Nordmann'], ['']],
  'cycle.writeContributionFor': [['Styrke dialogen med IOM']],
  'cycle.contributionEditorLabel': [['Styrke dialogen med IOM', 'Ambassaden i Dhaka']],
  'cycle.contributionTooLong': [[10500, 10000]],
  'cycle.contributionRequired': [['Ikke aktuelt']],
  'cycle.contributionMissing': [['Ambassaden i Dhaka']],
  'cycle.contributionBy': [['Kari Nordmann', '20.12.2012 kl. 09.12']],
  'cycle.insertFor': [['Ambassaden i Dhaka']],
  'cycle.insertNone': [['Ingen rapporterer om at dette er gjort.']],
  'cycle.historyContribution': [['Ambassaden i Dhaka', 'Pågår']],
  'cycle.reviewedBy': [['Godkjent', 'Kari Nordmann', '20.12.2012 kl. 09.12']],
  'cycle.returnedTitle': [['Kari Nordmann', '20.12.2012 kl. 09.12']],
  'cycle.approveFor': [['Styrke dialogen med IOM']],
  'cycle.returnFor': [['Styrke dialogen med IOM']],
  'cycle.reviewConflictNow': [['Kari Nordmann', '20.12.2012 kl. 09.12']],
  'terms.retryingIn': counts,
  'terms.clockTime': [['09:12'], ['00:00']],
};

type Text = { path: string; text: string };

/** Every text a catalogue can produce in one language, each with where it came from. */
function textsOf(name: string, value: unknown, path = name): Text[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    const args = samples[path.replace(/\[\d+\]/g, '')];
    if (!args) throw new Error(`No sample arguments for ${path}: add them to the samples table.`);
    return args.flatMap((a, i) =>
      textsOf(name, (value as (...x: unknown[]) => unknown)(...a), `${path}(${i})`),
    );
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(name, v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => textsOf(name, v, `${path}.${key}`));
  }
  throw new Error(`${path} is neither text nor a message: ${String(value)}`);
}

/** The shape of a catalogue: its keys, recursively, and where a message is a function. */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, v]) => [key, shapeOf(v)] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return typeof value;
}

/** What the build's configuration check says for a broken .env, in both languages. */
function configProblemTexts(language: Language): Text[] {
  const result = readConfig(
    {
      VITE_CLIENT_ID: 'not-a-guid',
      VITE_TENANT_ID: 'not a domain',
      VITE_SITE: 'nowhere',
      VITE_LIST: 'x'.repeat(300),
      VITE_SCOPES: 'Sites.ReadWrite.All <script>',
      VITE_GRAPH_BASE_URL: 'ftp://graph',
    },
    { origin: 'https://tab.example.org' },
  );
  if (result.ok) throw new Error('expected configuration problems');
  const missing = readConfig(
    { VITE_SITE: 'contoso.sharepoint.com:/sites/hum' },
    {
      origin: 'https://tab.example.org',
    },
  );
  const all = [...result.problems, ...(missing.ok ? [] : missing.problems)];
  return all.map((p) => ({ path: `config.${p.variable}`, text: p.message[language] }));
}

function manifestTexts(language: Language): Text[] {
  const read = (file: string) => JSON.parse(readFileSync(`manifest/${file}`, 'utf8')) as unknown;
  if (language === 'nb') {
    return Object.entries(read('nb-no.json') as Record<string, string>)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, text]) => ({ path: `manifest.nb.${key}`, text }));
  }
  const manifest = read('manifest.json') as {
    name: Record<string, string>;
    description: Record<string, string>;
  };
  return [
    ...textsOf('manifest.name', manifest.name, 'manifest.name'),
    ...textsOf('manifest.description', manifest.description, 'manifest.description'),
  ];
}

/** The memo's first draft is Norwegian whatever the UI language; its texts follow the nb rules. */
function memoDefaultTexts(): Text[] {
  const today = new Date(2012, 11, 20);
  const drafts = [
    defaultMemoSettings({ caseNumber: '11/10298', measures: seedMeasures(), userName: 'A', today }),
    defaultMemoSettings({
      caseNumber: '',
      measures: [makeMeasure({ status: 'Gjennomført' })],
      userName: 'A',
      today,
    }),
  ];
  return drafts.flatMap((draft, i) =>
    (['subject', 'introduction', 'closing'] as const).map((key) => ({
      path: `memo[${i}].${key}`,
      text: draft[key],
    })),
  );
}

function allTexts(language: Language): Text[] {
  return [
    ...Object.entries(catalogues).flatMap(([name, catalogue]) =>
      textsOf(name, catalogue[language]),
    ),
    ...configProblemTexts(language),
    ...manifestTexts(language),
    ...(language === 'nb' ? memoDefaultTexts() : []),
  ];
}

/** The texts that break a rule, as "path: text", so a failure names the message to mend. */
function breaking(language: Language, rule: RegExp): string[] {
  return allTexts(language)
    .filter(({ text }) => rule.test(text))
    .map(({ path, text }) => `${path}: ${text}`);
}

describe('the message catalogues', () => {
  it.each(Object.keys(catalogues))('%s has an English twin of every Norwegian message', (name) => {
    const catalogue = catalogues[name];
    if (!catalogue) throw new Error(name);
    expect(shapeOf(catalogue.en)).toEqual(shapeOf(catalogue.nb));
  });

  it('produce only real text: no «undefined», no objects, no empty messages', () => {
    for (const language of ['nb', 'en'] as const) {
      expect(breaking(language, /undefined|\[object|NaN|^\s*$/)).toEqual([]);
    }
  });
});

describe('the Norwegian texts', () => {
  it('say «pålogging» and «Logg på», never «innlogging»', () => {
    expect(breaking('nb', /innlogg|logg inn/i)).toEqual([]);
    expect(allTexts('nb').some(({ text }) => text.includes('«Logg på»'))).toBe(true);
  });

  it('say «over fristen», never «forfalt» or «forsinket»', () => {
    expect(breaking('nb', /forfalt|forfalte|forsinket/i)).toEqual([]);
  });

  it("call the unit's text «statusrapport», not a bare «rapport»", () => {
    expect(breaking('nb', /\brapport(en|ene)?\b/i)).toEqual([]);
  });

  it('write «for eksempel», never the abbreviation «f.eks.»', () => {
    expect(breaking('nb', /f\.eks|bl\.a\.|ca\. /i)).toEqual([]);
  });

  it('write times as «kl. 09.12»', () => {
    expect(breaking('nb', /\d{1,2}:\d{2}/)).toEqual([]);
    expect(reportMessages.nb.dateTime('20.12.2012', '09:12')).toBe('20.12.2012 kl. 09.12');
  });

  it('write seconds out, by count', () => {
    expect(breaking('nb', /\d+ s\b/)).toEqual([]);
    expect(terms.nb.retryingIn(1)).toBe('SharePoint er opptatt. Prøver igjen om 1 sekund …');
    expect(terms.nb.retryingIn(5)).toBe('SharePoint er opptatt. Prøver igjen om 5 sekunder …');
  });

  it('group thousands with a no-break space («10 000»)', () => {
    expect(reportMessages.nb.tooLong(10500, 10000)).toBe(
      'Statusrapporten er for lang (10\u00a0500 tegn). Kort den ned til høyst 10\u00a0000 tegn.',
    );
  });
});

describe('the English texts', () => {
  it('name the product «Oppfølging», as the manifest does', () => {
    expect(breaking('en', /\bFollow-up\b(?! plan)/)).toEqual([]);
    expect(appMessages.en.appName).toBe('Oppfølging');
  });

  it('say «Case officer», never «Caseworker»', () => {
    expect(breaking('en', /case ?worker/i)).toEqual([]);
  });

  it('call the statuses «Completed» and «Not completed», not «Done»', () => {
    expect(breaking('en', /\bdone\b/i)).toEqual([]);
    expect(statusNames.en.Gjennomført).toBe('Completed');
    expect(statusNames.en['Ikke gjennomført']).toBe('Not completed');
  });

  it('write «for example», never «e.g.»', () => {
    expect(breaking('en', /\be\.g\.|\bi\.e\./i)).toEqual([]);
  });
});

describe('one text for each thing', () => {
  it.each(['nb', 'en'] as const)(
    'SharePoint busy or unavailable reads the same on every screen (%s)',
    (language) => {
      const unavailable = terms[language].unavailable;
      expect(configureMessages[language].problems.throttled).toBe(unavailable);
      expect(exportMessages[language].saveProblems.throttled).toBe(unavailable);
      expect(errorMessages[language].describe(new MeasuresError('throttled', ''), 'L')).toBe(
        unavailable,
      );
      expect(exportMessages[language].waiting(3)).toBe(reportMessages[language].stateWaiting(3));
    },
  );

  it.each(['nb', 'en'] as const)(
    'the status names are the same in the editor and the overview (%s)',
    (language) => {
      for (const status of STATUSES) {
        expect(reportMessages[language].statusNames[status]).toBe(
          terms[language].statusNames[status],
        );
        expect(overviewMessages[language].statusNames[status]).toBe(
          terms[language].statusNames[status],
        );
      }
      expect(reportMessages[language].overdue).toBe(overviewMessages[language].overdue);
    },
  );
});

describe('counts', () => {
  it('say singular and plural by count in the unreported notice', () => {
    expect(exportMessages.nb.unreportedTitle(1)).toBe('1 tiltak mangler statusrapport');
    expect(exportMessages.nb.unreportedLead(1)).toBe('Det gjelder dette tiltaket:');
    expect(exportMessages.nb.unreportedLead(3)).toBe('Det gjelder disse tiltakene:');
    expect(exportMessages.nb.includeUnreported(1)).toBe(
      'Ta det med i notatet som «Ikke rapportert.»',
    );
    expect(exportMessages.nb.includeUnreported(3)).toBe(
      'Ta dem med i notatet som «Ikke rapportert.»',
    );
    expect(exportMessages.en.unreportedTitle(1)).toBe('1 measure has no status report');
    expect(exportMessages.en.unreportedTitle(3)).toBe('3 measures have no status report');
  });
});
