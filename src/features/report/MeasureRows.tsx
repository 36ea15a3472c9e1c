import { makeStyles, tokens } from '@fluentui/react-components';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { DATA_LANGUAGE } from '../../domain/terms';
import { useLanguage, useMessages } from '../shared/i18n';
import { MeasureItem } from './MeasureItem';
import { estimateRowHeight, type PlanRow } from './plan-rows';
import { reportMessages } from './report-messages';

/**
 * Up to this many measures every row is rendered (find in page works, nothing jumps); above it
 * only the rows near the screen are, so 5,000 measures cost what 50 do.
 */
export const RENDER_ALL_UP_TO = 150;
const OVERSCAN = 6;

const useStyles = makeStyles({
  list: { position: 'relative', width: '100%' },
  // Groups are landmarks for screen readers, not boxes: the rows are positioned in the list.
  group: { display: 'contents' },
  row: {
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    paddingBottom: tokens.spacingVerticalS,
    boxSizing: 'border-box',
  },
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    width: '100%',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  groupHeading: {
    margin: 0,
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalS,
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  sectionHeading: {
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  count: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  measure: {
    // A measure brought into view (a deep link, the keyboard) is not hidden under the sticky heading.
    scrollMarginTop: '48px',
  },
});

export type MeasureRowsProps = {
  rows: readonly PlanRow[];
  today: Date;
  linkedId: string | null;
  /** Called once the linked measure is on screen (only some rows are rendered at a time). */
  onLinkedShown?: () => void;
  /** Measures whose editor is open: their rows stay rendered, so focus and text stay. */
  editing: ReadonlySet<string>;
  onEditingChange: (measureId: string, open: boolean) => void;
  /** Measures deleted in the list while their editor was open: the editor says so. */
  deleted: ReadonlySet<string>;
};

function rowIndexOf(element: Element | null): number | null {
  const row = element?.closest('[data-index]');
  const index = row?.getAttribute('data-index');
  return index == null ? null : Number(index);
}

/** The distance from the top of the page to the list, kept up to date as things above it change size. */
function useOffsetTop(ref: React.RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setOffset((old) => (Math.abs(old - top) < 1 ? old : top));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return offset;
}

/**
 * The plan's rows in a virtualised list over the page's own scrolling (a Teams tab scrolls as a
 * page). Headings of the section being read stick to the top. Rows the user is working in (an
 * open editor, the element with focus) are kept rendered when they scroll away.
 */
export function MeasureRows({
  rows,
  today,
  linkedId,
  onLinkedShown,
  editing,
  onEditingChange,
  deleted,
}: MeasureRowsProps) {
  const styles = useStyles();
  const t = useMessages(reportMessages);
  const language = useLanguage();
  const listRef = useRef<HTMLDivElement>(null);
  const offsetTop = useOffsetTop(listRef);
  const [focused, setFocused] = useState<number | null>(null);
  const measureCount = useMemo(() => rows.filter((r) => r.kind === 'measure').length, [rows]);
  const renderAll = measureCount <= RENDER_ALL_UP_TO;

  const stickyIndexes = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'measure' ? [] : [index])),
    [rows],
  );
  const pinned = useMemo(() => {
    const indexes = new Set<number>();
    rows.forEach((row, index) => {
      if (row.kind === 'measure' && (editing.has(row.measure.id) || deleted.has(row.measure.id)))
        indexes.add(index);
    });
    if (focused !== null && focused < rows.length) indexes.add(focused);
    return indexes;
  }, [rows, editing, deleted, focused]);
  const activeSticky = useRef(0);

  const rangeExtractor = useCallback(
    (range: Range) => {
      // The heading over the first row on screen is the one that sticks.
      let active = 0;
      for (const index of stickyIndexes) {
        if (index > range.startIndex) break;
        active = index;
      }
      activeSticky.current = active;
      const indexes = new Set([active, ...defaultRangeExtractor(range), ...pinned]);
      return [...indexes].sort((a, b) => a - b);
    },
    [stickyIndexes, pinned],
  );

  // Stable while the rows are: a new getItemKey makes the virtualizer lay out every row again,
  // on every scroll step, which at 5,000 measures is most of the time spent scrolling.
  const estimates = useMemo(() => rows.map(estimateRowHeight), [rows]);
  const estimateSize = useCallback((index: number) => estimates[index] ?? 160, [estimates]);
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: renderAll ? rows.length : OVERSCAN,
    scrollMargin: offsetTop,
    rangeExtractor,
  });

  // A deep link: bring its row into range; the measure then scrolls itself into view and takes focus.
  const linkedIndex = useMemo(
    () => (linkedId === null ? -1 : rows.findIndex((r) => r.key === linkedId)),
    [rows, linkedId],
  );
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (linkedIndex < 0 || linkedId === null || scrolledTo.current === linkedId) return;
    scrolledTo.current = linkedId;
    virtualizer.scrollToIndex(linkedIndex, { align: 'start' });
  }, [linkedIndex, linkedId, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const groups = new Map<number, ReactNode[]>();
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    const isSticky = row.kind !== 'measure' && item.index === activeSticky.current;
    const content = renderRow(row);
    const element = (
      <div
        key={item.key}
        data-index={item.index}
        ref={virtualizer.measureElement}
        className={isSticky ? styles.sticky : styles.row}
        style={isSticky ? undefined : { transform: `translateY(${item.start - offsetTop}px)` }}
      >
        {content}
      </div>
    );
    const list = groups.get(row.group) ?? [];
    list.push(element);
    groups.set(row.group, list);
  }

  function renderRow(row: PlanRow): ReactNode {
    switch (row.kind) {
      case 'group':
        return (
          <h2 className={styles.groupHeading}>
            {row.heading}
            <span className={styles.count}>{t.measureCount(row.count)}</span>
          </h2>
        );
      case 'section':
        return (
          <h3 className={styles.sectionHeading} lang={DATA_LANGUAGE}>
            {row.label}
            <span className={styles.count} lang={language}>
              {' '}
              · {t.measureCount(row.count)}
            </span>
          </h3>
        );
      case 'measure':
        return (
          <div className={styles.measure}>
            <MeasureItem
              measure={row.measure}
              canEdit={row.editable}
              today={today}
              linked={row.measure.id === linkedId}
              onLinkedShown={row.measure.id === linkedId ? onLinkedShown : undefined}
              position={row.position}
              setSize={row.total}
              deleted={deleted.has(row.measure.id)}
              onEditingChange={onEditingChange}
            />
          </div>
        );
    }
  }

  const groupHeadings = useMemo(() => rows.filter((r) => r.kind === 'group'), [rows]);
  return (
    <div
      ref={listRef}
      className={styles.list}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event) => setFocused(rowIndexOf(event.target as Element))}
    >
      {groupHeadings.map((row) =>
        row.kind === 'group' ? (
          // Named in words, not by its heading: the heading is not rendered once scrolled away.
          <section
            key={row.key}
            className={styles.group}
            aria-label={`${row.heading} ${t.measureCount(row.count)}`}
          >
            {groups.get(row.group)}
          </section>
        ) : null,
      )}
    </div>
  );
}
