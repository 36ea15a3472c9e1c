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
  const [open, setOpen] = useState<'new' | 'measures' | null>(null);
  if (user.role !== 'caseworker') return null;
  // A tab set to one plan reads only that plan: a new one would not show in it.
  const canMakePlan = source.caseNumber === null;
  const shown = plan.selected;
  return (
    <div className={styles.tools}>
      {canMakePlan && (
        <Button size="small" onClick={() => setOpen('new')}>
          {t.newPlan}
        </Button>
      )}
      {shown !== null && shown !== '' && (
        <Button size="small" onClick={() => setOpen('measures')}>
          {t.manageMeasures}
        </Button>
      )}
      {open === 'new' && <NewPlanDialog onClose={() => setOpen(null)} />}
      {open === 'measures' && shown !== null && (
        <MeasuresDialog caseNumber={shown} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
