import type { Document } from 'docx';
import type { Measure } from '../domain';
import type { MemoSettings } from './memo-settings';
import { buildNotatModel } from './notat-model';
import { renderNotatDocx } from './render-docx';

export { purposeLine } from './notat-model';

/**
 * The notat (DESIGN.md, "The notat") for a plan's measures as a docx Document: the notat model
 * (notat-model.ts) rendered for Word. Pure: the same measures and settings give the same
 * document, in Node, in the browser and in the memo worker.
 */
export function buildNotat(input: { measures: Measure[]; settings: MemoSettings }): Document {
  return renderNotatDocx(buildNotatModel(input));
}
