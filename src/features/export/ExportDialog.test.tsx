// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCalendarDate } from '../../domain';
import { MeasuresError } from '../../graph/errors';
import type { MeasuresApi } from '../../graph/measures-api';
import type { IfNameExists } from '../../graph/save-to-drive';
import { formatNorwegianDate } from '../../domain';
import { paragraphsOf, partXml, readDocxParts } from '../../../tests/support/memo/read-docx';
import { seedMeasures } from '../../../tests/support/memo/seed-measures';
import type { SavedFile, Services } from '../shared/services';
import { OwnerScopeProvider } from '../shared/owner-scope';
import { CurrentUserContext, ServicesContext } from '../shared/services';
import { ExportDialog } from './ExportDialog';
import { plansInMemory, type PlansInMemory } from '../../../tests/support/memo/plans-in-memory';

const notUsed = () => Promise.reject(new Error('not used by the export dialog'));
const measuresApi: MeasuresApi = {
  listMeasures: notUsed,
  getMeasure: notUsed,
  updateMeasure: notUsed,
  createMeasure: notUsed,
  deleteMeasure: notUsed,
  listVersions: notUsed,
  startChanges: notUsed,
  readChanges: notUsed,
};

type Saved = { path: string; data: Blob; ifExists?: IfNameExists };

function renderDialog(
  save: (path: string, data: Blob, ifExists: IfNameExists) => Promise<SavedFile>,
  plans: PlansInMemory = plansInMemory([{}]),
) {
  const services: Services = {
    measures: measuresApi,
    plans,
    saveToDocuments: save,
    createMeasures: notUsed,
    myDepartment: () => Promise.resolve(null),
    onThrottle: () => () => undefined,
    contributions: { listContributions: () => Promise.resolve([]), saveContribution: notUsed },
  };
  const onClose = vi.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <CurrentUserContext.Provider
          value={{ displayName: 'Kristin Hoem Langsholt', role: 'caseworker', unit: null }}
        >
          <OwnerScopeProvider owner="tenant/t1/kristin" listKey="site/list" storage={localStorage}>
            <ExportDialog open onClose={onClose} caseNumber="11/10298" measures={seedMeasures()} />
          </OwnerScopeProvider>
        </CurrentUserContext.Provider>
      </ServicesContext.Provider>
    </FluentProvider>,
  );
  return { onClose, plans };
}

/**
 * Types into a field as one edit (a paste): each keystroke would re-render the preview of the
 * whole memo, which on two busy cores takes longer than the test is given.
 */
async function typeInto(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  text: string,
) {
  await user.click(field);
  await user.paste(text);
}

/** The dialog once it has read the plan's memo. */
const ready = () => screen.findByRole('textbox', { name: 'Til' });

const today = formatNorwegianDate(toCalendarDate(new Date()));

// happy-dom rejects an animation's `finished` when the dialog unmounts mid-motion, which Fluent
// leaves unhandled. Without `animate` Fluent skips motion, as it does in jsdom.
beforeAll(() => {
  for (let proto: object | null = Element.prototype; proto; proto = Object.getPrototypeOf(proto)) {
    Reflect.deleteProperty(proto, 'animate');
  }
});
beforeEach(() => localStorage.clear());
afterEach(cleanup);

// The dialog renders the memo's preview with every change; on two cores shared by several
// sessions a test here can take longer than the unit tests' usual 20 s.
describe('ExportDialog', { timeout: 60_000 }, () => {
  it('names the measure without a report before export', async () => {
    renderDialog(notUsed);
    await ready();
    const list = screen.getByRole('list', { name: '1 tiltak mangler statusrapport' });
    expect(within(list).getByText(/^HUM-seksjonen koordinerer rapportering/)).toBeTruthy();
  });

  it('starts with the user as caseworker, today as the date, and a text about the plan', async () => {
    renderDialog(notUsed);
    await ready();
    expect(screen.getByText(/Planen har ikke noe lagret notat ennå/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Saksbehandler' })).toHaveProperty(
      'value',
      'Kristin Hoem Langsholt',
    );
    expect(screen.getByRole('textbox', { name: /^Dato/ })).toHaveProperty('value', today);
    expect(
      (screen.getByRole('textbox', { name: 'Innledning' }) as HTMLTextAreaElement).value,
    ).toMatch(/^Det vises til oppfølgingsplanen av 25\.08\.2011 \(sak 11\/10298\)/);
  });

  it('says what is wrong at the field, takes the user there and exports nothing', async () => {
    const user = userEvent.setup();
    const save =
      vi.fn<(path: string, data: Blob, ifExists: IfNameExists) => Promise<SavedFile>>(notUsed);
    renderDialog(save);
    await ready();
    const date = screen.getByRole('textbox', { name: /^Dato/ });
    await user.clear(date);
    await typeInto(user, date, '31.02.2012');
    await user.click(screen.getByRole('button', { name: 'Lagre i SharePoint' }));
    expect(
      await screen.findByText('Skriv datoen som dd.mm.åååå, for eksempel 20.12.2012.'),
    ).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(date));
  });

  it('saves the memo in the document library and shows the link to it', async () => {
    const user = userEvent.setup();
    const saved: Saved[] = [];
    renderDialog(async (path, data) => {
      saved.push({ path, data });
      return { name: path.split('/').at(-1) ?? '', webUrl: 'https://demo.sharepoint.com/x.docx' };
    });
    await ready();
    await typeInto(user, screen.getByRole('textbox', { name: 'Til' }), 'Utenriksrådets kontor');
    await typeInto(user, screen.getByRole('textbox', { name: /^Saksnr\./ }), '26');
    await user.click(screen.getByRole('button', { name: 'Lagre i SharePoint' }));

    // docx builds the memo first: on two busy cores that takes longer than findBy's default second.
    const link = await screen.findByRole(
      'link',
      { name: `Åpne «Notat 11-10298-26 ${today}.docx»` },
      { timeout: 15_000 },
    );
    expect(link.getAttribute('href')).toBe('https://demo.sharepoint.com/x.docx');
    expect(saved.map((s) => s.path)).toEqual([`Oppfølging/Notat 11-10298-26 ${today}.docx`]);
    const bytes = new Uint8Array(await (saved[0]?.data ?? new Blob()).arrayBuffer());
    const texts = paragraphsOf(partXml(await readDocxParts(bytes), 'word/document.xml')).map(
      (p) => p.text,
    );
    expect(texts).toContain('Til:');
    expect(texts).toContain('Utenriksrådets kontor');
    expect(texts).toContain('11/10298-26');
  });

  it('says in plain words why saving failed and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderDialog(() => Promise.reject(new MeasuresError('forbidden', 'Access denied')));
    await ready();
    await typeInto(user, screen.getByRole('textbox', { name: 'Via' }), 'Avdeling for FN');
    await user.click(screen.getByRole('button', { name: 'Lagre i SharePoint' }));
    expect(
      await screen.findByText(/Du har ikke tilgang til å lagre i teamets dokumentbibliotek\./),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Via' })).toHaveProperty('value', 'Avdeling for FN');
  });

  it('keeps the memo on the plan, so the next opening (by anyone) starts from it', async () => {
    const user = userEvent.setup();
    const { plans } = renderDialog(notUsed);
    await typeInto(user, await ready(), 'Utenriksrådets kontor');
    await screen.findByText(/^Lagret på planen\./, undefined, { timeout: 5000 });
    expect(JSON.parse(plans.current('11/10298')?.memoSettings ?? '{}')).toMatchObject({
      to: 'Utenriksrådets kontor',
    });
    cleanup();
    localStorage.clear();

    renderDialog(notUsed, plans);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Til' })).toHaveProperty(
        'value',
        'Utenriksrådets kontor',
      ),
    );
  });

  it('asks before replacing a file of the same name, and replaces it or saves beside it as chosen', async () => {
    const user = userEvent.setup();
    const calls: Saved[] = [];
    const fileName = `Notat 11-10298-26 ${today}.docx`;
    renderDialog(async (path, data, ifExists) => {
      calls.push({ path, data, ifExists });
      if (ifExists === 'fail') {
        throw new MeasuresError('invalid', 'The specified item name already exists.', {
          status: 409,
          code: 'nameAlreadyExists',
        });
      }
      const name = ifExists === 'rename' ? fileName.replace('.docx', ' 1.docx') : fileName;
      return { name, webUrl: `https://demo.sharepoint.com/${encodeURIComponent(name)}` };
    });
    await ready();
    await typeInto(user, screen.getByRole('textbox', { name: /^Saksnr\./ }), '26');
    const saveButton = screen.getByRole('button', { name: 'Lagre i SharePoint' });
    await user.click(saveButton);

    expect(
      await screen.findByText('Det finnes allerede en fil med dette navnet', undefined, {
        timeout: 15_000,
      }),
    ).toBeTruthy();
    expect(
      screen.getByText(new RegExp(`«${fileName}» ligger allerede i mappen Oppfølging`)),
    ).toBeTruthy();
    // Nothing is replaced without the caseworker's word, and the form waits for the answer.
    expect(calls.map((c) => c.ifExists)).toEqual(['fail']);
    expect(saveButton).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Lagre med nytt navn' }));
    await screen.findByRole('link', { name: `Åpne «Notat 11-10298-26 ${today} 1.docx»` });
    expect(calls.map((c) => c.ifExists)).toEqual(['fail', 'rename']);
    // The memo built once is the one saved on the second try.
    expect(calls[1]?.data).toBe(calls[0]?.data);

    await user.click(screen.getByRole('button', { name: 'Lagre i SharePoint' }));
    await user.click(
      await screen.findByRole('button', { name: 'Erstatt filen' }, { timeout: 15_000 }),
    );
    await screen.findByRole('link', { name: `Åpne «${fileName}»` });
    expect(calls.map((c) => c.ifExists)).toEqual(['fail', 'rename', 'fail', 'replace']);

    await user.click(screen.getByRole('button', { name: 'Lagre i SharePoint' }));
    await user.click(await screen.findByRole('button', { name: 'Avbryt' }, { timeout: 15_000 }));
    await waitFor(() =>
      expect(screen.queryByText('Det finnes allerede en fil med dette navnet')).toBeNull(),
    );
    expect(calls).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Lagre i SharePoint' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('says a file open in Word is locked, in its own words, and offers a new name', async () => {
    const user = userEvent.setup();
    const tries: IfNameExists[] = [];
    renderDialog(async (_path, _data, ifExists) => {
      tries.push(ifExists);
      if (ifExists === 'fail') {
        throw new MeasuresError('invalid', 'exists', { status: 409, code: 'nameAlreadyExists' });
      }
      if (ifExists === 'replace') {
        throw new MeasuresError('invalid', 'The resource that is being accessed is locked.', {
          status: 423,
          code: 'resourceLocked',
        });
      }
      return { name: 'Notat 1.docx', webUrl: 'https://demo.sharepoint.com/Notat%201.docx' };
    });
    await ready();
    await typeInto(user, screen.getByRole('textbox', { name: /^Saksnr\./ }), '26');
    await user.click(screen.getByRole('button', { name: 'Lagre i SharePoint' }));
    await user.click(
      await screen.findByRole('button', { name: 'Erstatt filen' }, { timeout: 15_000 }),
    );
    expect(
      await screen.findByText(
        /er åpen i Word eller låst av noen andre, så den kan ikke erstattes nå\. Lukk filen i Word og prøv igjen/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText('SharePoint godtok ikke filen.')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    await screen.findByText(/er åpen i Word/);
    await user.click(screen.getByRole('button', { name: 'Lagre med nytt navn' }));
    await screen.findByRole('link', { name: 'Åpne «Notat 1.docx»' });
    expect(tries).toEqual(['fail', 'replace', 'replace', 'rename']);
  }, 60_000);

  it('shows a save refused as stale as a conflict, and overwrites nothing until told', async () => {
    const user = userEvent.setup();
    const { plans } = renderDialog(notUsed);
    const to = await ready();
    plans.saveAsSomeoneElse('11/10298', JSON.stringify({ to: 'Utenriksministeren' }));
    const writes = plans.writes;
    await typeInto(user, to, 'Utenriksrådets kontor');
    await screen.findByText('En annen saksbehandler har lagret notatet', undefined, {
      timeout: 5000,
    });
    expect(plans.writes).toBe(writes);
    expect(screen.getByRole('list', { name: 'Dette er forskjellig på planen' }).textContent).toBe(
      'Til: «Utenriksministeren» (du har «Utenriksrådets kontor»)',
    );
    await user.click(screen.getByRole('button', { name: 'Bruk versjonen på planen' }));
    expect(screen.getByRole('textbox', { name: 'Til' })).toHaveProperty(
      'value',
      'Utenriksministeren',
    );
  });

  it('moves an older copy kept in the browser to the plan once, then removes it', async () => {
    const key = 'oppfolging.memo-form.v2:tenant/t1/kristin|site/list:11/10298';
    localStorage.setItem(key, JSON.stringify({ from: 'Seksjon for humanitære spørsmål' }));
    const { plans } = renderDialog(notUsed);
    await screen.findByText(/er flyttet til planen/);
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
    expect(JSON.parse(plans.current('11/10298')?.memoSettings ?? '{}')).toMatchObject({
      from: 'Seksjon for humanitære spørsmål',
    });
  });

  it('keeps a save the plans list refused, says so, and sends it at the next opening', async () => {
    const user = userEvent.setup();
    const plans = plansInMemory([{}]);
    plans.failWrites(new MeasuresError('server', 'Internal error', { status: 500 }));
    renderDialog(notUsed, plans);
    await typeInto(user, await ready(), 'Utenriksrådets kontor');
    expect(
      await screen.findByText('Notatet ble ikke lagret på planen.', undefined, { timeout: 5000 }),
    ).toBeTruthy();
    expect(plans.current('11/10298')?.memoSettings).toBe('');
    cleanup();
    plans.failWrites(null);

    // A reload: the draft kept in the browser goes to the plan, unchanged since it was read.
    renderDialog(notUsed, plans);
    await screen.findByText(/^Lagret på planen\./, undefined, { timeout: 5000 });
    expect(JSON.parse(plans.current('11/10298')?.memoSettings ?? '{}')).toMatchObject({
      to: 'Utenriksrådets kontor',
    });
  });
});
