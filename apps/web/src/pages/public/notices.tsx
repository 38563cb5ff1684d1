import { useMemo } from 'react';
import { Alert, Button, Card, Descriptions, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { localized } from '../../i18n';
import { PageHeading } from '../../layout/page-heading';

export type PublicNotice = Schemas['PublicNoticeDto'];

const PAGE_SIZE = 100;

/** The cycle a notice belongs to, as a filter key: the API names it in both languages, not by id. */
export const cycleKey = (n: PublicNotice) => `${n.cycleNameZh}|${n.cycleNameEn}`;

/** The notices open now, page by page (shared with the objection page, which finds its entry here). */
export function useOpenNotices() {
  return useInfiniteQuery({
    queryKey: ['public', 'notices'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/public/notices', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function NoticeEntry({ notice }: { notice: PublicNotice }) {
  const { t } = useTranslation();
  const name = notice.name ?? t('notices.unknown');
  return (
    <List.Item>
      <Card
        size="small"
        style={{ width: '100%' }}
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {name}
          </Typography.Title>
        }
        extra={
          <Link to={`/notices/${notice.id}/objection`} aria-label={t('notices.objectAbout', { name })}>
            {t('notices.object')}
          </Link>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }}>
          <Descriptions.Item label={t('notices.level')}>{levelLabel(t, notice.level)}</Descriptions.Item>
          <Descriptions.Item label={t('notices.specialty')}>{specialtyLabel(t, notice.specialty)}</Descriptions.Item>
          <Descriptions.Item label={t('notices.employer')}>{notice.employer ?? t('notices.unknown')}</Descriptions.Item>
          <Descriptions.Item label={t('notices.cycle')}>{localized({ 'zh-CN': notice.cycleNameZh, en: notice.cycleNameEn })}</Descriptions.Item>
          <Descriptions.Item label={t('notices.period')}>
            <Space size={4} wrap>
              <span>{t('notices.periodValue', { start: notice.startDate, end: notice.endDate })}</span>
              <Tag>{t('notices.workingDays', { count: notice.workingDays })}</Tag>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </List.Item>
  );
}

/**
 * The public notice (公示), for anyone: who passed the committee and is posted now, with the
 * period; each entry leads to the real-name objection form. The cycle filter works on the
 * notices loaded (the API lists open notices only, so there are few).
 */
export function NoticesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const notices = useOpenNotices();
  const all = useMemo(() => (notices.data?.pages ?? []).flatMap((p) => p.items), [notices.data]);
  const cycles = useMemo(() => {
    const seen = new Map<string, PublicNotice>();
    for (const n of all) if (!seen.has(cycleKey(n))) seen.set(cycleKey(n), n);
    return [...seen.entries()].map(([value, n]) => ({ value, label: i18n.language === 'en' ? n.cycleNameEn : n.cycleNameZh }));
  }, [all, i18n.language]);
  const cycle = params.get('cycle') ?? '';
  const shown = cycle ? all.filter((n) => cycleKey(n) === cycle) : all;

  return (
    <div className="tp-stack">
      <PageHeading>{t('notices.title')}</PageHeading>
      <Typography.Paragraph>{t('notices.intro')}</Typography.Paragraph>
      <Space wrap size="middle">
        <label htmlFor="notice-cycle">{t('notices.cycle')}</label>
        <Select
          id="notice-cycle"
          style={{ minWidth: 240, maxWidth: '100%' }}
          value={cycle}
          options={[{ value: '', label: t('notices.allCycles') }, ...cycles]}
          onChange={(value) => setParams(value ? { cycle: value } : {}, { replace: true })}
        />
        <Link to="/verify">{t('notices.verifyLink')}</Link>
      </Space>
      {notices.error && <Alert type="error" showIcon title={errorText(t, notices.error)} />}
      <List
        loading={notices.isLoading}
        dataSource={shown}
        locale={{ emptyText: <Empty description={t('notices.empty')} /> }}
        renderItem={(n) => <NoticeEntry notice={n} />}
      />
      {notices.hasNextPage && (
        <Button onClick={() => void notices.fetchNextPage()} loading={notices.isFetchingNextPage}>
          {t('notices.loadMore')}
        </Button>
      )}
    </div>
  );
}
