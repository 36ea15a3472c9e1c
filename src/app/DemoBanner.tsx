import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useMessages } from '../features/shared';
import { appMessages } from './app-messages';
import { UnitPicker } from './UnitPicker';
import type { DemoUser } from './use-demo-user';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    // Fits a 320 px side panel: the picker and the text wrap instead of pushing the page wider.
    minWidth: 0,
    overflowWrap: 'anywhere',
    '& > *': { maxWidth: '100%', minWidth: 0 },
  },
});

/** Says the tab runs on demo data, and lets the user act as one of the plan's units or the caseworker. */
export function DemoBanner({ demo }: { demo: DemoUser }) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody className={styles.body}>
        <span>
          <MessageBarTitle>{t.demoTitle}</MessageBarTitle>
          {t.demoText}
        </span>
        <UnitPicker
          label={t.actAs}
          units={demo.units}
          choice={demo.choice}
          onChoose={demo.choose}
        />
        <span>{t.youAre(demo.user.displayName)}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
