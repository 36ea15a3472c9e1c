// A build plugin: what the tab needs before it can render, in one chunk (and what it shares with
// the sign-in pages in a second). Left to itself the bundler cuts the tab's start into some twenty
// files (each module it shares with a lazy chunk gets its own), and twenty files gzip 8 KiB worse
// than two (174.0 against 165.6 KiB): compression starts afresh in each.
import type { Plugin } from 'vite';

type ModuleGraph = {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { isEntry: boolean; importedIds: readonly string[] } | null;
};

/** Every module reached from `roots` by static imports, the roots themselves left out. */
function staticallyReached(graph: ModuleGraph, roots: readonly string[]): Set<string> {
  const reached = new Set<string>();
  const queue = roots.flatMap((id) => graph.getModuleInfo(id)?.importedIds ?? []);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

/**
 * Two chunk groups: `tab-start`, every module the tab's page (`tabPage`, matched on the HTML
 * entry's path) imports statically, and `sign-in`, what the other pages (the sign-in windows)
 * share with it. The sign-in group is formed first, so those pages load only it and not the tab;
 * the pages' own scripts stay in their entry chunks, so no page runs another page's start.
 */
export function initialChunks(tabPage: RegExp) {
  let tab = new Set<string>();
  let signIn = new Set<string>();
  const plugin: Plugin = {
    name: 'oppfolging:initial-chunks',
    apply: 'build',
    buildEnd() {
      const graph = this as unknown as ModuleGraph;
      const pages = [...graph.getModuleIds()].filter((id) => graph.getModuleInfo(id)?.isEntry);
      // A page's scripts: what its HTML imports. They are the pages' entries, never grouped.
      const scriptsOf = (page: string) => graph.getModuleInfo(page)?.importedIds ?? [];
      const scripts = new Set(pages.flatMap(scriptsOf));
      const tabScripts = pages.filter((id) => tabPage.test(id)).flatMap(scriptsOf);
      const otherScripts = pages.filter((id) => !tabPage.test(id)).flatMap(scriptsOf);
      const fromOthers = staticallyReached(graph, otherScripts);
      tab = staticallyReached(graph, tabScripts);
      for (const id of scripts) tab.delete(id);
      signIn = new Set([...tab].filter((id) => fromOthers.has(id)));
      for (const id of signIn) tab.delete(id);
    },
  };
  // Only what the build keeps of the static imports: a barrel (Fluent's) reaches every component.
  const tags: ['$initial'] = ['$initial'];
  const groups = [
    { name: 'sign-in', priority: 1, tags, test: (id: string) => signIn.has(id) },
    { name: 'tab-start', tags, test: (id: string) => tab.has(id) },
  ];
  return { plugin, groups };
}
