// Builds probe/ (the platform modules on a page of their own) with Vite, as production would:
// teams-js ends up in a chunk of its own that only a dynamic import loads.
import { resolve } from 'node:path';
import { build } from 'vite';

export type BuiltProbe = {
  folder: string;
  /** The path of the chunk that holds teams-js, e.g. `/assets/index-abc123.js`. */
  teamsJsChunk: string;
};

type OutputFile = { type: string; fileName: string; code?: string };

export async function buildProbe(outDir: string): Promise<BuiltProbe> {
  const root = resolve(import.meta.dirname, 'probe');
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: OutputFile[] }[];
  const files = outputs.flatMap((output) => output.output ?? []);
  const teamsJs = files.find(
    (file) => file.type === 'chunk' && file.code?.includes('res.cdn.office.net/teams-js'),
  );
  if (!teamsJs) throw new Error('The probe build has no teams-js chunk.');
  return { folder: outDir, teamsJsChunk: `/${teamsJs.fileName}` };
}
