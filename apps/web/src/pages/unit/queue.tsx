import { Alert, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { formatDate, formatDateTime } from '../../i18n';

/** Files waiting for the officer's units, oldest submission first. */
export function UnitQueuePage() {
  const { t, i18n } = useTranslation();
  const list = useInfiniteQuery({
    queryKey: ['unit-files'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/unit/files', { params: { query: { limit: 50, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="tp-stack">
      <Typography.Title level={1}>{t('unit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('unit.intro')}</Typography.Paragraph>
      {list.error && <Alert type="error" title={errorText(t, list.error)} />}
      {!list.isLoading && rows.length === 0 && !list.error && <Empty description={<span className="tp-empty">{t('unit.empty')}</span>} />}
      {rows.length > 0 && (
        <List
          dataSource={rows}
          renderItem={(row) => {
            const reference = row.referenceNumber ?? '—';
            return (
              <List.Item data-testid="unit-file">
                <div>
                  <Link to={`/unit/${row.applicationId}`} aria-label={t('unit.open', { reference, name: row.applicantName ?? '' })}>
                    <strong>{reference}</strong> · {row.applicantName}
                  </Link>
                  <div>
                    {levelLabel(t, row.level)} · {specialtyLabel(t, row.specialty)}
                    {row.unit && ` · ${i18n.language === 'en' ? row.unit.nameEn : row.unit.nameZh}`}
                  </div>
                  <Space wrap size={[8, 4]}>
                    <span>
                      {t('unit.submittedAt')}: {formatDateTime(row.submittedAt)}
                    </span>
                    {row.crossProvincial && <Tag>{t('unit.crossProvincial')}</Tag>}
                    <span>{row.posting ? t('unit.postingUntil', { date: formatDate(row.posting.endDate) }) : t('unit.noPosting')}</span>
                  </Space>
                </div>
              </List.Item>
            );
          }}
        />
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('unit.loadMore')}
        </Button>
      )}
    </div>
  );
}
