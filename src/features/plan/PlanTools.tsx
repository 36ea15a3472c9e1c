import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../shared/i18n';
import { usePlanChoice, usePlanSource } from '../shared/MeasuresProvider';
import { useCurrentUser } from '../shared/services';
import { MeasuresDialog } from './MeasuresDialog';
import { NewPlanDialog } from './NewPlanDialog';
import { planMessages } from './plan-messages';

const useStyles = makeStyles({
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // No box (and no gap in the toolbar) when there are no buttons; the same element, so the
  // dialogs inside it are not mounted anew.
  noTools: { display: 'contents' },
});

/**
 * The caseworker's ways into building the plan, beside the plan picker: a new plan from a plan
 * document, and the shown plan's measures one by one. Nothing for other roles.
 */
export function PlanTools() {
  const styles = useStyles();
  const t = useMessages(planMessages);
  const user = useCurrentUser();
  const source = usePlanSource();
  const plan = usePlanChoice();
  // A dialog stays mounted after it closes, so Fluent gives the page back to screen readers as it
  // means to; each opening mounts a fresh one (a new key) over the closed one.
  const [open, setOpen] = useState<{ which: 'new' | 'measures' | null; session: number }>({
    which: null,
    session: 0,
  });
  const [last, setLast] = useState<'new' | 'measures' | null>(null);
  const show = (which: 'new' | 'measures') => {
    setLast(which);
    setOpen((current) => ({ which, session: current.session + 1 }));
  };
  const close = () => setOpen((current) => ({ ...current, which: null }));
  const caseworker = user.role === 'caseworker';
  // A tab set to one plan reads only that plan: a new one would not show in it.
  const canMakePlan = caseworker && source.caseNumber === null;
  const shown = plan.selected;
  // Only the buttons depend on the role: the closed dialog stays mounted when the role changes
  // (the shell keeps this component), since one unmounted while Fluent is still closing it would
  // leave the page hidden from screen readers (aria-hidden on the root).
  return (
    <div className={caseworker ? styles.tools : styles.noTools}>
      {canMakePlan && (
        <Button size="small" onClick={() => show('new')}>
          {t.newPlan}
        </Button>
      )}
      {caseworker && shown !== null && shown !== '' && (
        <Button size="small" onClick={() => show('measures')}>
          {t.manageMeasures}
        </Button>
      )}
      {last === 'new' && (
        <NewPlanDialog key={open.session} open={open.which === 'new'} onClose={close} />
      )}
      {last === 'measures' && shown !== null && (
        <MeasuresDialog
          key={open.session}
          caseNumber={shown}
          open={open.which === 'measures'}
          onClose={close}
        />
      )}
    </div>
  );
}
