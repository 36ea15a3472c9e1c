import { resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, run on small probe sources placed (in name only) where a
// maintainer might write them. Each forbidden probe must be refused by the rule that guards that
// border, and each allowed one accepted by the whole configuration, so the rules can neither
// go quiet (an import that no longer resolves is never checked) nor refuse too much.

const root = resolve(import.meta.dirname, '../..');

type Probe = { name: string; filePath: string; code: string };

const forbidden: (Probe & { rule: string; says: string })[] = [
  {
    name: 'the app shell importing the emulator',
    filePath: 'src/app/probe.ts',
    code: "import '../../emulator/main';\n",
    rule: 'import-x/no-restricted-paths',
    says: 'never imports the emulator',
  },
  {
    name: 'a component importing MSAL',
    filePath: 'src/features/report/Probe.tsx',
    code: "import { PublicClientApplication } from '@azure/msal-browser';\nexport const probe = PublicClientApplication;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'Only platform/ uses MSAL',
  },
  {
    name: 'a .tsx file in platform/ importing teams-js',
    filePath: 'src/platform/Probe.tsx',
    code: "import { app } from '@microsoft/teams-js';\nexport const probe = app;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'Components never call Graph, MSAL or teams-js',
  },
  {
    name: 'a feature using the Graph SDK',
    filePath: 'src/features/export/probe.ts',
    code: "import type { Client } from '@microsoft/microsoft-graph-client';\nexport type Probe = Client;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'Only graph/ (and app/create-services.ts) uses the Graph SDK',
  },
  {
    name: 'an app file other than the composition root using the Graph SDK',
    filePath: 'src/app/use-probe.ts',
    code: "import type { Client } from '@microsoft/microsoft-graph-client';\nexport type Probe = Client;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'Only graph/ (and app/create-services.ts) uses the Graph SDK',
  },
  {
    name: 'a feature importing another feature',
    filePath: 'src/features/overview/probe.ts',
    code: "import { PlanView } from '../report';\nexport const probe = PlanView;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'A feature never imports another',
  },
  {
    name: 'features/shared importing a feature',
    filePath: 'src/features/shared/probe.ts',
    code: "import { ExportDialog } from '../export';\nexport const probe = ExportDialog;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'imports none of them',
  },
  {
    name: 'memo importing graph',
    filePath: 'src/memo/probe.ts',
    code: "import { toMeasure } from '../graph/field-mapping';\nexport const probe = toMeasure;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'memo/ imports only domain/',
  },
  {
    name: 'domain importing platform',
    filePath: 'src/domain/probe.ts',
    code: "import { languageFromLocale } from '../platform/host-context';\nexport const probe = languageFromLocale;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'domain/ is pure',
  },
  {
    name: 'a feature importing the app shell',
    filePath: 'src/features/report/probe.ts',
    code: "import { App } from '../../app/App';\nexport const probe = App;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'features/ must not import the app shell',
  },
  {
    // rules.ts imports dates.ts: dates.ts importing rules.ts closes the circle.
    name: 'an import cycle',
    filePath: 'src/domain/dates.ts',
    code: "import { isOverdue } from './rules';\nexport const probe = isOverdue;\n",
    rule: 'import-x/no-cycle',
    says: 'cycle',
  },
  {
    name: 'a default export',
    filePath: 'src/domain/probe.ts',
    code: 'export default function probe(): number {\n  return 1;\n}\n',
    rule: 'import-x/no-default-export',
    says: 'named exports',
  },
];

const allowed: Probe[] = [
  {
    name: 'a feature using the shared plan data, graph, memo and domain',
    filePath: 'src/features/report/probe.ts',
    code: [
      "import { isUnreported } from '../../domain';",
      "import { isMeasuresError } from '../../graph';",
      "import { notatFileName } from '../../memo/notat-file-name';",
      "import { useMeasures } from '../shared';",
      'export const probe = [isUnreported, isMeasuresError, notatFileName, useMeasures];',
      '',
    ].join('\n'),
  },
  {
    name: 'the composition root using the Graph SDK',
    filePath: 'src/app/create-services.ts',
    code: "import type { Client } from '@microsoft/microsoft-graph-client';\nexport type Probe = Client;\n",
  },
  {
    name: 'graph/ using the Graph SDK',
    filePath: 'src/graph/probe.ts',
    code: "import { GraphError } from '@microsoft/microsoft-graph-client';\nexport const probe = GraphError;\n",
  },
  {
    name: 'platform/ using MSAL and teams-js in a .ts file',
    filePath: 'src/platform/probe.ts',
    code: [
      "import type { AccountInfo } from '@azure/msal-browser';",
      "import type { app } from '@microsoft/teams-js';",
      "import type { Language } from '../domain';",
      'export type Probe = [AccountInfo, app.Context, Language];',
      '',
    ].join('\n'),
  },
  {
    name: 'the app shell importing features and platform',
    filePath: 'src/app/probe.ts',
    code: [
      "import { PlanView } from '../features/report';",
      "import { MeasuresProvider } from '../features/shared';",
      "import { readConfig } from '../platform';",
      'export const probe = [PlanView, MeasuresProvider, readConfig];',
      '',
    ].join('\n'),
  },
];

describe('the layer rules', () => {
  const results = new Map<string, Linter.LintMessage[]>();

  beforeAll(async () => {
    const eslint = new ESLint({ cwd: root });
    for (const probe of [...forbidden, ...allowed]) {
      const [result] = await eslint.lintText(probe.code, {
        filePath: resolve(root, probe.filePath),
      });
      results.set(probe.name, result?.messages ?? []);
    }
  }, 120_000);

  it.each(forbidden)('refuse $name', ({ name, rule, says }) => {
    const messages = results.get(name) ?? [];
    expect(messages.filter((message) => message.ruleId === rule)).toContainEqual(
      expect.objectContaining({ severity: 2, message: expect.stringContaining(says) }),
    );
  });

  it.each(allowed)('accept $name', ({ name }) => {
    expect(results.get(name)).toEqual([]);
  });
});
