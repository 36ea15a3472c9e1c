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
import type { TenantUser } from './use-tenant-user';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  line: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * Whom the signed-in user reports for. Until they have chosen, a prompt that says why; after,
 * a quiet line with the same picker, so a change of unit stays possible.
 */
export function ReportingFor({ tenant }: { tenant: TenantUser }) {
  const styles = useStyles();
  const t = useMessages(appMessages);
  const picker = (
    <UnitPicker
      label={t.reportingFor}
      units={tenant.units}
      choice={tenant.choice}
      onChoose={tenant.choose}
    />
  );
  const name = tenant.user.displayName;
  if (tenant.choice === null) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody className={styles.body}>
          <span>
            <MessageBarTitle>{t.chooseUnitTitle}</MessageBarTitle>
            {t.chooseUnitText}
          </span>
          {picker}
          {name !== '' && <span>{t.youAre(name)}</span>}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.line}>
      {picker}
      {name !== '' && <span>{t.youAre(name)}</span>}
    </div>
  );
}
