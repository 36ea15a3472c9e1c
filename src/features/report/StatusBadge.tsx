import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { Status } from '../../domain';
import { useMessages } from '../shared/i18n';
import { reportMessages } from './report-messages';

const STATUS_COLOR: Record<Status, NonNullable<BadgeProps['color']>> = {
  'Ikke påbegynt': 'informative',
  Pågår: 'brand',
  Gjennomført: 'success',
  'Ikke gjennomført': 'danger',
  'Ikke aktuelt': 'subtle',
};

export function StatusBadge({ status }: { status: Status }) {
  const t = useMessages(reportMessages);
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[status]}>
      {t.statusNames[status]}
    </Badge>
  );
}
