import {
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useMessages } from '../features/i18n';
import { appMessages } from './app-messages';
import { CASEWORKER } from './demo-identity';
import type { DemoUser } from './use-demo-user';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  picker: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  select: {
    minWidth: '200px',
  },
});

/** Says the tab runs on demo data, and lets the user act as one of the plan's units or the caseworker. */
export function DemoBanner({ demo }: { demo: DemoUser }) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const selectId = useId();
  // Before the plan is read (or while it cannot be), the remembered unit is still a choice.
  const units =
    demo.choice === CASEWORKER || demo.units.includes(demo.choice)
      ? demo.units
      : [demo.choice, ...demo.units];
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.body}>
        <span>
          <MessageBarTitle>{t.demoTitle}</MessageBarTitle>
          {t.demoText}
        </span>
        <span className={styles.picker}>
          <Label htmlFor={selectId} weight="semibold">
            {t.actAs}
          </Label>
          <Select
            id={selectId}
            className={styles.select}
            size="small"
            value={demo.choice}
            onChange={(_, data) => demo.choose(data.value)}
          >
            {units.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
            <option value={CASEWORKER}>{t.caseworker}</option>
          </Select>
        </span>
        <span>{t.youAre(demo.user.displayName)}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
