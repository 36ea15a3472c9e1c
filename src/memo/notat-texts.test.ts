import { describe, expect, it } from 'vitest';
import { isMemoLanguage, NOTAT_TEXTS } from './notat-texts';

describe('the memo’s own words', () => {
  it('open a nynorsk memo with the instruction’s sentence in full, naming the plan and its case', () => {
    const { defaults } = NOTAT_TEXTS.nn;
    const plan = defaults.plan('25.08.2011');
    expect(plan).toBe('oppfølgingsplanen av 25.08.2011');
    expect(defaults.plan(null)).toBe('oppfølgingsplanen');
    expect(defaults.introduction(plan, defaults.caseReference('11/10298'))).toBe(
      'Det blir vist til oppfølgingsplanen av 25.08.2011 (sak 11/10298). I samsvar med Norads ' +
        'instruks for evalueringsverksemda i norsk bistandsforvaltning skal den saksansvarlege ' +
        'eininga rapportere om kva tiltak som er sette i verk for å følgje opp avgjerdene i ' +
        'samband med evalueringa. Nedanfor følgjer ei oppsummering av oppfølginga av dei ' +
        'einskilde punkta i oppfølgingsplanen.',
    );
  });

  it('describe the case number the same way in bokmål and nynorsk', () => {
    expect(NOTAT_TEXTS.nb.caseNumberDescription('11/10298')).toBe('Saksnr. 11/10298');
    expect(NOTAT_TEXTS.nn.caseNumberDescription('11/10298')).toBe('Saksnr. 11/10298');
  });

  it('know bokmål and nynorsk as the memo’s languages, and nothing else', () => {
    expect(isMemoLanguage('nb')).toBe(true);
    expect(isMemoLanguage('nn')).toBe(true);
    expect(isMemoLanguage('en')).toBe(false);
    expect(isMemoLanguage('')).toBe(false);
    expect(isMemoLanguage(null)).toBe(false);
  });
});
