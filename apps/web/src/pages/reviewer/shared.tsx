import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { DISPLAY_ZONE, formatDate } from '../../i18n';

export type Review = Schemas['ReviewDto'];
export type ReviewStatus = Review['status'];
export type Cycle = Schemas['CycleDto'];

/** The review statuses whose review can still change (the API's OPEN_REVIEW_STATUSES). */
export const OPEN_STATUSES: readonly ReviewStatus[] = ['assigned', 'draft'];
/** The statuses that hold the reviewer's slot on the file: its file can be read. */
export const ACTIVE_STATUSES: readonly ReviewStatus[] = ['assigned', 'draft', 'submitted'];

export const REVIEW_STATUS_COLORS: Readonly<Record<ReviewStatus, string>> = {
  assigned: 'processing',
  // Solid warning (white on gold) fails contrast; purple reads as "in progress" and passes.
  draft: 'purple',
  submitted: 'success',
  declined: 'default',
  withdrawn: 'default',
  superseded: 'default',
};

export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <Tag variant="solid" color={REVIEW_STATUS_COLORS[status]}>
      {t(`reviewer.statuses.${status}`)}
    </Tag>
  );
}

/** Whole days from today to the due date, both in Shanghai time (negative: overdue). */
export function daysLeft(dueAt: string, now: Date = new Date()): number {
  const due = dayjs(dueAt).tz(DISPLAY_ZONE).startOf('day');
  const today = dayjs(now).tz(DISPLAY_ZONE).startOf('day');
  return Math.round(due.diff(today, 'day', true));
}

/** The due date with the days left, or "overdue" while the review is still open after it. */
export function DueDate({ review }: { review: Pick<Review, 'dueAt' | 'status'> }) {
  const { t } = useTranslation();
  if (!review.dueAt) return <span>{t('reviewer.noDeadline')}</span>;
  const open = OPEN_STATUSES.includes(review.status);
  const overdue = open && new Date(review.dueAt).getTime() < Date.now();
  const days = daysLeft(review.dueAt);
  return (
    <span className="tp-due">
      {t('reviewer.due', { date: formatDate(review.dueAt) })}{' '}
      {overdue ? (
        <Tag variant="solid" color="error" data-testid="overdue">
          {days < 0 ? t('reviewer.overdueBy', { count: -days }) : t('reviewer.overdue')}
        </Tag>
      ) : open ? (
        <Tag>{days === 0 ? t('reviewer.dueToday') : t('reviewer.daysLeft', { count: days })}</Tag>
      ) : null}
    </span>
  );
}

/** Every cycle (names and review deadlines), for labels; reviewers may read them. */
export function useCycles() {
  return useQuery({ queryKey: ['cycles', 'all'], queryFn: () => unwrap(api.GET('/api/v1/cycles', { params: { query: { limit: 100 } } })), staleTime: 60_000 });
}

export function cycleName(language: string, cycle: Pick<Cycle, 'nameZh' | 'nameEn' | 'code'> | undefined): string | undefined {
  return cycle ? `${language === 'en' ? cycle.nameEn : cycle.nameZh} (${cycle.code})` : undefined;
}
