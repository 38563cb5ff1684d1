import { useState } from 'react';
import { Alert, Button, Card, Empty, List, Segmented, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { formatDate } from '../../i18n';
import { cycleName, DueDate, ReviewStatusTag, useCycles, type ReviewStatus } from './shared';
import { PageHeading } from '../../layout/page-heading';

type Item = Schemas['ReviewListItemDto'];
const FILTERS = ['all', 'assigned', 'draft', 'submitted', 'declined'] as const;
type Filter = (typeof FILTERS)[number];

/** The reviewer's assignments by cycle: open, in progress, submitted, declined; each with its deadline. */
export function AssignmentsPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const cycles = useCycles();
  const list = useInfiniteQuery({
    queryKey: ['my-reviews', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/reviews', { params: { query: { limit: 100, cursor: pageParam, status: filter === 'all' ? undefined : (filter as ReviewStatus) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Per cycle, in the order the newest assignment of each appears.
  const byCycle = new Map<string, Item[]>();
  for (const row of rows) byCycle.set(row.cycleId, [...(byCycle.get(row.cycleId) ?? []), row]);

  return (
    <div className="tp-stack">
      <PageHeading>{t('reviewer.title')}</PageHeading>
      <div className="tp-page-actions">
        <Link to="/reviews/conflicts">{t('reviewer.conflictsLink')}</Link>
      </div>
      <div>
        <span id="review-filter-label" className="tp-sr-only">
          {t('reviewer.filter')}
        </span>
        <Segmented<Filter>
          aria-labelledby="review-filter-label"
          className="tp-wrap-segmented"
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('reviewer.all') : t(`reviewer.statuses.${f}`) }))}
        />
      </div>
      {list.error && <Alert type="error" title={errorText(t, list.error)} />}
      {!list.isLoading && rows.length === 0 && !list.error && (
        <Empty description={<span className="tp-empty">{filter === 'all' ? t('reviewer.empty') : t('reviewer.emptyFilter')}</span>} />
      )}
      {[...byCycle].map(([cycleId, items]) => {
        const cycle = cycles.data?.items.find((c) => c.id === cycleId);
        return (
          <Card
            key={cycleId}
            size="small"
            title={<Typography.Title level={2} className="tp-card-heading">{cycleName(i18n.language, cycle) ?? t('reviewer.unknownCycle', { id: cycleId.slice(0, 8) })}</Typography.Title>}
          >
            {cycle && (
              <Typography.Paragraph type="secondary">
                {t('reviewer.reviewDeadline')}: {cycle.reviewDeadline ? formatDate(cycle.reviewDeadline) : t('reviewer.noDeadline')}
              </Typography.Paragraph>
            )}
            <List
              dataSource={items}
              renderItem={(row) => {
                const reference = row.file?.referenceNumber ?? t('reviewer.noReference');
                return (
                  <List.Item data-testid="assignment" className="tp-assignment">
                    <div className="tp-assignment-body">
                      <Link to={`/reviews/${row.id}`} aria-label={t('reviewer.openReview', { reference })}>
                        <strong>{reference}</strong>
                      </Link>
                      <div>
                        {row.file && `${levelLabel(t, row.file.level)} · ${specialtyLabel(t, row.file.specialty)}`}
                      </div>
                      <Space wrap size={[8, 4]}>
                        <ReviewStatusTag status={row.status} />
                        <DueDate review={row} />
                        {row.total !== null && (
                          <span>
                            {t('reviewer.total')}: {row.total}
                          </span>
                        )}
                      </Space>
                    </div>
                  </List.Item>
                );
              }}
            />
          </Card>
        );
      })}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('reviewer.loadMore')}
        </Button>
      )}
    </div>
  );
}
